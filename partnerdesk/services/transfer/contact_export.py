"""Exporting the live contacts to a CSV or vCard file chosen by its extension."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.exports.contacts import (
    CSV_ENCODING,
    ContactRecord,
    write_contacts_csv,
    write_contacts_vcard,
)
from partnerdesk.services.errors import UnsupportedExportError
from partnerdesk.store.models import Contact

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

EXPORT_FORMATS = {".csv": "csv", ".vcf": "vcard", ".vcard": "vcard"}


def export_format_for(path: Path) -> str:
    """``csv`` or ``vcard`` from the extension (any case); UnsupportedExportError otherwise."""
    found = EXPORT_FORMATS.get(Path(path).suffix.casefold())
    if found is None:
        raise UnsupportedExportError(
            f"PartnerDesk can export contacts to .csv or .vcf files, not to {Path(path).name}."
        )
    return found


def contact_records(session: Session) -> list[ContactRecord]:
    """Every contact not in the Trash, by name."""
    contacts = session.scalars(
        select(Contact)
        .where(Contact.deleted_at.is_(None))
        .options(joinedload(Contact.organization))
        .order_by(func.lower(Contact.full_name), Contact.id)
    ).unique()
    return [
        ContactRecord(
            full_name=contact.full_name,
            given_name=contact.given_name,
            family_name=contact.family_name,
            organization=_live_organization_name(contact),
            role_title=contact.role_title,
            emails=tuple(LabelledValue(e.address, e.label) for e in contact.emails),
            phones=tuple(LabelledValue(p.number, p.label) for p in contact.phones),
            notes=contact.background,
            is_key_leader=contact.is_key_leader,
            is_decision_maker=contact.is_decision_maker,
        )
        for contact in contacts
    ]


def export_contacts(database: Database, path: Path) -> int:
    """Write the contacts to ``path`` (replacing it only once complete); returns how many."""
    path = Path(path)
    file_format = export_format_for(path)
    with database.session() as session:
        records = contact_records(session)
    encoding = CSV_ENCODING if file_format == "csv" else "utf-8"
    # Written beside the target and renamed, so a failure never leaves half a file.
    handle, temporary = tempfile.mkstemp(prefix=".partnerdesk-", dir=path.parent or None)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            if file_format == "csv":
                write_contacts_csv(records, stream)
            else:
                write_contacts_vcard(records, stream)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(records)


def _live_organization_name(contact: Contact) -> str:
    organization = contact.organization
    if organization is None or organization.deleted_at is not None:
        return ""
    return organization.name

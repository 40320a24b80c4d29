"""Exporting the live contacts: CSV for PartnerDesk and Excel, for Google Contacts or for
Outlook; one vCard file (Google, Apple, Thunderbird) or one card per contact, in a .zip
or a folder (classic Outlook reads only the first card of a file)."""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.core.translation import translate
from partnerdesk.exports.contacts import (
    CSV_ENCODING,
    ContactRecord,
    contact_vcard_for_outlook,
    vcard_file_name,
    write_contacts_csv,
    write_contacts_vcard,
    write_google_csv,
    write_outlook_csv,
)
from partnerdesk.services.errors import UnsupportedExportError
from partnerdesk.store.models import Contact

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

EXPORT_FORMATS = {".csv": "csv", ".vcf": "vcard", ".vcard": "vcard", ".zip": "zip"}


class ContactFileFormat(StrEnum):
    """What an export writes; the command line's ``--format`` takes these values."""

    PARTNERDESK = "partnerdesk"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    VCARD = "vcard"
    VCARD_PER_CONTACT = "vcard-per-contact"

    @property
    def label(self) -> str:
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    ContactFileFormat.PARTNERDESK: "PartnerDesk and Excel (CSV)",
    ContactFileFormat.GOOGLE: "Google Contacts (CSV)",
    ContactFileFormat.OUTLOOK: "Outlook and Outlook.com (CSV)",
    ContactFileFormat.VCARD: "vCard, one file (Google, Apple, Thunderbird)",
    ContactFileFormat.VCARD_PER_CONTACT: "vCard, one file per contact in a .zip (for Outlook)",
}
_BY_EXTENSION = {
    "csv": ContactFileFormat.PARTNERDESK,
    "vcard": ContactFileFormat.VCARD,
    "zip": ContactFileFormat.VCARD_PER_CONTACT,
}
_CSV_WRITERS: dict[ContactFileFormat, Callable[[Sequence[ContactRecord], TextIO], None]] = {
    ContactFileFormat.PARTNERDESK: write_contacts_csv,
    ContactFileFormat.GOOGLE: write_google_csv,
    ContactFileFormat.OUTLOOK: write_outlook_csv,
}


def export_format_for(path: Path) -> str:
    """``csv``, ``vcard`` or ``zip`` from the extension (any case); UnsupportedExportError
    otherwise."""
    found = EXPORT_FORMATS.get(Path(path).suffix.casefold())
    if found is None:
        raise UnsupportedExportError(
            translate(
                "Refusals",
                "PartnerDesk can export contacts to .csv or .vcf files, not to {name} "
                "(or to a .zip of vCards, one per contact).",
            ).format(name=Path(path).name)
        )
    return found


def chosen_format(path: Path, file_format: ContactFileFormat | str | None) -> ContactFileFormat:
    """The format asked for, checked against the file's extension; by default the one
    the extension says. Raises UnsupportedExportError when the two disagree."""
    if file_format is None:
        return _BY_EXTENSION[export_format_for(path)]
    chosen = ContactFileFormat(file_format)
    suffix = Path(path).suffix.casefold()
    if chosen in _CSV_WRITERS and suffix != ".csv":
        raise UnsupportedExportError(
            translate("Refusals", "A {label} file is a .csv file: name it so.").format(
                label=chosen.label
            )
        )
    if chosen is ContactFileFormat.VCARD and suffix not in (".vcf", ".vcard"):
        raise UnsupportedExportError(
            translate("Refusals", "A vCard file is a .vcf file: name it so.")
        )
    if chosen is ContactFileFormat.VCARD_PER_CONTACT and suffix not in ("", ".zip"):
        raise UnsupportedExportError(
            translate(
                "Refusals",
                "One vCard per contact is written into a .zip file or a folder: give a "
                "name ending in .zip, or a folder's.",
            )
        )
    return chosen


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


def export_contacts(
    database: Database, path: Path, file_format: ContactFileFormat | str | None = None
) -> int:
    """Write the contacts to ``path`` (replacing it only once complete); returns how many.

    ``file_format`` as ContactFileFormat; by default the extension says (.csv: PartnerDesk's
    own CSV, .vcf: one vCard file, .zip: one vCard per contact).
    """
    path = Path(path)
    chosen = chosen_format(path, file_format)
    if chosen is ContactFileFormat.VCARD_PER_CONTACT and path.suffix.casefold() != ".zip":
        _refuse_a_folder_in_use(path)
    with database.session() as session:
        records = contact_records(session)
    if chosen is ContactFileFormat.VCARD_PER_CONTACT:
        if path.suffix.casefold() == ".zip":
            _replace_atomically(path, lambda temporary: _write_zip(records, temporary))
        else:
            _write_folder(records, path)
        return len(records)
    encoding = CSV_ENCODING if chosen in _CSV_WRITERS else "utf-8"

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding=encoding, newline="") as stream:
            _CSV_WRITERS.get(chosen, write_contacts_vcard)(records, stream)

    _replace_atomically(path, write)
    return len(records)


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Written beside the target and renamed, so a failure never leaves half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".partnerdesk-", dir=path.parent or None)
    os.close(handle)
    try:
        write(Path(temporary))
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_zip(records: Sequence[ContactRecord], target: Path) -> None:
    taken: set[str] = set()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for record in records:
            archive.writestr(vcard_file_name(record, taken), contact_vcard_for_outlook(record))


def _refuse_a_folder_in_use(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UnsupportedExportError(
            translate(
                "Refusals",
                "{folder} is not an empty folder: choose a new or empty folder for the "
                "cards, so no file of yours is replaced.",
            ).format(folder=folder)
        )


def _write_folder(records: Sequence[ContactRecord], folder: Path) -> None:
    folder.mkdir(parents=False, exist_ok=True)
    taken: set[str] = set()
    for record in records:
        card = folder / vcard_file_name(record, taken)
        card.write_text(contact_vcard_for_outlook(record), encoding="utf-8", newline="")


def _live_organization_name(contact: Contact) -> str:
    organization = contact.organization
    if organization is None or organization.deleted_at is not None:
        return ""
    return organization.name

"""Merging import rows into stored contacts: plain queries in, bulk statements out.

Loading ORM objects and flushing them one by one took seconds for a few thousand
merges; this reads the fields a merge touches, merges in Python (the rules are in
imports/merging.py) and writes with one UPDATE and two INSERTs per chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_rows import ContactCandidate
from partnerdesk.imports.matching import normalise_name
from partnerdesk.imports.merging import FILLED_FIELDS, merge_scalars, new_emails, new_phones
from partnerdesk.store.bulk_rows import chunks, insert_with_ids
from partnerdesk.store.models import Contact, ContactEmail, ContactPhone, utc_now
from partnerdesk.store.search_index import reindexing_in_bulk

MERGED_FIELDS = (
    *FILLED_FIELDS,
    "organization_id",
    "background",
    "is_key_leader",
    "is_decision_maker",
    # A name made up from an e-mail address is replaced by a real one (issue 20).
    "full_name",
)
_CHUNK = 500


@dataclass
class StoredContact:
    """What a merge may change in a stored contact, as plain values."""

    id: int
    row_version: int
    given_name: str
    family_name: str
    role_title: str
    organization_id: int | None
    background: str
    is_key_leader: bool
    is_decision_maker: bool
    full_name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    next_email_position: int = 0
    next_phone_position: int = 0

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in MERGED_FIELDS}


def load_stored_contacts(session: Session, ids: list[int]) -> dict[int, StoredContact]:
    """The live contacts among ``ids`` (one that was trashed meanwhile is left out)."""
    found: dict[int, StoredContact] = {}
    columns = [getattr(Contact, name) for name in ("id", "row_version", *MERGED_FIELDS)]
    for chunk in chunks(ids, _CHUNK):
        for row in session.execute(
            select(*columns).where(Contact.id.in_(chunk), Contact.deleted_at.is_(None))
        ):
            found[row.id] = StoredContact(*row)
        for contact_id, address, position in session.execute(
            select(ContactEmail.contact_id, ContactEmail.address, ContactEmail.position).where(
                ContactEmail.contact_id.in_(chunk)
            )
        ):
            if contact_id in found:
                stored = found[contact_id]
                stored.emails.append(address)
                stored.next_email_position = max(stored.next_email_position, position + 1)
        for contact_id, number, position in session.execute(
            select(ContactPhone.contact_id, ContactPhone.number, ContactPhone.position).where(
                ContactPhone.contact_id.in_(chunk)
            )
        ):
            if contact_id in found:
                stored = found[contact_id]
                stored.phones.append(number)
                stored.next_phone_position = max(stored.next_phone_position, position + 1)
    return found


def merge_into_stored(
    session: Session,
    merges: Mapping[int, list[ContactCandidate]],
    targets: Mapping[int, StoredContact],
    organization_ids: Mapping[str, int],
    advance: Callable[[int], None],
) -> dict[int, dict[str, Any]]:
    """Merge each stored contact's rows; returns {contact id: what undo needs}."""
    snapshots: dict[int, dict[str, Any]] = {}
    for chunk in chunks(list(merges.items()), _CHUNK):
        updates: list[dict[str, Any]] = []
        emails: list[tuple[int, dict[str, Any]]] = []
        phones: list[tuple[int, dict[str, Any]]] = []
        for contact_id, candidates in chunk:
            stored = targets[contact_id]
            before = stored.values()
            for candidate in candidates:
                merge_scalars(stored, candidate)
                if stored.organization_id is None and candidate.organization_name:
                    key = normalise_name(candidate.organization_name)
                    stored.organization_id = organization_ids.get(key)
                for item in new_emails(stored.emails, candidate.emails):
                    emails.append((contact_id, _row(stored, "address", item, "email")))
                    stored.emails.append(item.value)
                for item in new_phones(stored.phones, candidate.phones):
                    phones.append((contact_id, _row(stored, "number", item, "phone")))
                    stored.phones.append(item.value)
            after = stored.values()
            changed = {
                name: [before[name], after[name]] for name in before if before[name] != after[name]
            }
            snapshots[contact_id] = {"fields": changed, "added_emails": [], "added_phones": []}
            if changed:
                updates.append(_update_row(stored, after))
        # Changed contacts are searched by their new role and notes: indexed in one pass.
        changed_ids = [row["target_id"] for row in updates]
        with reindexing_in_bulk(session.connection(), Contact.__tablename__, changed_ids):
            _write_updates(session, updates)
        for key, model, added in (
            ("added_emails", ContactEmail, emails),
            ("added_phones", ContactPhone, phones),
        ):
            new_ids = insert_with_ids(session, model, [row for _, row in added])
            for (contact_id, _), new_id in zip(added, new_ids, strict=True):
                snapshots[contact_id][key].append(new_id)
        advance(len(chunk))
    return snapshots


def _row(stored: StoredContact, column: str, item: LabelledValue, kind: str) -> dict[str, Any]:
    position_field = f"next_{kind}_position"
    position = getattr(stored, position_field)
    setattr(stored, position_field, position + 1)
    return {"contact_id": stored.id, column: item.value, "label": item.label, "position": position}


def _update_row(stored: StoredContact, after: dict[str, Any]) -> dict[str, Any]:
    row = {f"new_{name}": value for name, value in after.items()}
    return {**row, "target_id": stored.id, "seen_version": stored.row_version}


def _write_updates(session: Session, updates: list[dict[str, Any]]) -> None:
    """One executemany UPDATE; the row version guards against a concurrent edit."""
    if not updates:
        return
    table = Contact.__table__  # a Table, though typed as any FromClause
    assert isinstance(table, Table)
    statement = (
        update(table)
        .where(table.c.id == bindparam("target_id"))
        .where(table.c.row_version == bindparam("seen_version"))
        .values(
            {name: bindparam(f"new_{name}") for name in MERGED_FIELDS}
            | {"row_version": table.c.row_version + 1, "updated_at": utc_now()}
        )
    )
    result = session.execute(statement, updates)
    if result.rowcount not in (-1, len(updates)):  # type: ignore[attr-defined]
        raise StaleDataError(
            "A contact this import merges into was changed by someone else meanwhile; "
            "nothing was imported. Import the file again."
        )

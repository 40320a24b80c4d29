"""Undoing an import as a whole: what it created goes to the Trash, merges are reverted.

A merged field is put back only if it still holds what the import wrote, so an edit
made after the import is not thrown away by the undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import ImportUndoError
from partnerdesk.services.records.trash import move_to_trash
from partnerdesk.store.models import Contact, ImportBatch, ImportedRecord, utc_now

_CHUNK = 500


def revert_batch(session: Session, batch_id: int) -> Changes:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise ImportUndoError(
            translate("Refusals", "There is no import number {batch_id} to undo.").format(
                batch_id=batch_id
            )
        )
    if batch.undone_at is not None:
        raise ImportUndoError(
            translate(
                "Refusals",
                "The import of {file_name} was already undone ({undone_at:%Y-%m-%d "
                "%H:%M} UTC); there is nothing left to undo.",
            ).format(file_name=batch.file_name, undone_at=batch.undone_at)
        )
    records = session.scalars(
        select(ImportedRecord).where(ImportedRecord.batch_id == batch_id)
    ).all()
    created = {
        kind: [r.record_id for r in records if r.record_kind == kind and r.action == "created"]
        for kind in (RecordKind.CONTACT, RecordKind.ORGANIZATION)
    }
    for kind, ids in created.items():
        for chunk in _chunks(ids):
            move_to_trash(session, kind, list(chunk))
    merged = {r.record_id: r.previous for r in records if r.action == "merged"}
    for chunk in _chunks(list(merged)):
        for contact in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            _revert_merge(contact, merged[contact.id])
    batch.undone_at = utc_now()
    session.flush()
    return Changes(frozenset({RecordKind.CONTACT, RecordKind.ORGANIZATION}), trash=True)


def _revert_merge(contact: Contact, previous: dict[str, Any]) -> None:
    for name, (before, after) in previous.get("fields", {}).items():
        if getattr(contact, name) == after:
            setattr(contact, name, before)
    added_emails = set(previous.get("added_emails", []))
    added_phones = set(previous.get("added_phones", []))
    # Removing them from the collections deletes them (delete-orphan cascade).
    contact.emails = [email for email in contact.emails if email.id not in added_emails]
    contact.phones = [phone for phone in contact.phones if phone.id not in added_phones]


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]

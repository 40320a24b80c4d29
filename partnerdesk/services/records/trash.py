"""Deleting moves records to the Trash; only "Empty trash" removes them for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.records.listing import MODEL_BY_KIND
from partnerdesk.store.models import (
    Contact,
    ImportedRecord,
    Organization,
    OutreachNote,
    PartnershipRequest,
    utc_now,
)

if TYPE_CHECKING:
    from sqlalchemy import CursorResult

    from partnerdesk.services.database_access import Database

_TITLE_COLUMN = {
    RecordKind.ORGANIZATION: Organization.name,
    RecordKind.CONTACT: Contact.full_name,
    RecordKind.NOTE: OutreachNote.subject,
    RecordKind.REQUEST: PartnershipRequest.title,
}


@dataclass(frozen=True)
class TrashedItem:
    kind: RecordKind
    id: int
    title: str
    deleted_at: datetime


def move_to_trash(session: Session, kind: RecordKind, ids: list[int]) -> Changes:
    model = MODEL_BY_KIND[kind]
    session.execute(
        update(model)
        .where(model.id.in_(ids), model.deleted_at.is_(None))
        .values(deleted_at=utc_now(), row_version=model.row_version + 1)
        .execution_options(synchronize_session=False)
    )
    return Changes(frozenset({kind}), trash=True)


def restore(session: Session, kind: RecordKind, ids: list[int]) -> Changes:
    model = MODEL_BY_KIND[kind]
    session.execute(
        update(model)
        .where(model.id.in_(ids))
        .values(deleted_at=None, row_version=model.row_version + 1)
        .execution_options(synchronize_session=False)
    )
    return Changes(frozenset({kind}), trash=True)


def trashed_items(session: Session) -> list[TrashedItem]:
    """Everything in the Trash, most recently deleted first."""
    items: list[TrashedItem] = []
    for kind, title_column in _TITLE_COLUMN.items():
        model = MODEL_BY_KIND[kind]
        query = select(model.id, title_column, model.deleted_at).where(
            model.deleted_at.is_not(None)
        )
        for record_id, title, deleted_at in session.execute(query):
            items.append(TrashedItem(kind, record_id, title or "(untitled)", deleted_at))
    items.sort(key=lambda item: item.deleted_at, reverse=True)
    return items


def empty_trash(session: Session) -> int:
    """Remove every trashed record for good; returns how many were removed."""
    removed = 0
    # Notes and requests first: they point at organizations and contacts.
    for kind in (RecordKind.NOTE, RecordKind.REQUEST, RecordKind.CONTACT, RecordKind.ORGANIZATION):
        model = MODEL_BY_KIND[kind]
        # SQLite may hand a removed record's id to a new one; an import's undo must then
        # not mistake the new record for one it created.
        session.execute(
            delete(ImportedRecord)
            .where(
                ImportedRecord.record_kind == kind.value,
                ImportedRecord.record_id.in_(
                    select(model.id).where(model.deleted_at.is_not(None)).scalar_subquery()
                ),
            )
            .execution_options(synchronize_session=False)
        )
        result = session.execute(
            delete(model)
            .where(model.deleted_at.is_not(None))
            .execution_options(synchronize_session=False)
        )
        removed += cast("CursorResult[Any]", result).rowcount or 0
    return removed


# The use cases the window and the command line call: each in a transaction of its own.


def move_records_to_trash(database: Database, kind: RecordKind, ids: list[int]) -> Changes:
    with database.session() as session:
        return move_to_trash(session, kind, ids)


def restore_records(database: Database, items: list[tuple[RecordKind, int]]) -> Changes:
    """Bring back records of any kinds from the Trash, all or none."""
    changes = Changes()
    with database.session() as session:
        for kind in {kind for kind, _id in items}:
            ids = [record_id for item_kind, record_id in items if item_kind is kind]
            changes = changes | restore(session, kind, ids)
    return changes


def empty_the_trash(database: Database) -> Changes:
    with database.session() as session:
        empty_trash(session)
    return Changes.everything()


def read_trash(database: Database) -> list[TrashedItem]:
    with database.session() as session:
        return trashed_items(session)

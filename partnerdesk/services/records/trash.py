"""Deleting moves records to the Trash; only "Empty trash" removes them for good."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.contacts import ContactForm, save_contact
from partnerdesk.services.records.listing import MODEL_BY_KIND
from partnerdesk.services.records.notes import NoteForm, save_note
from partnerdesk.services.records.organizations import OrganizationForm, save_organization
from partnerdesk.services.records.requests import RequestForm, save_request
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


EditedForm = OrganizationForm | ContactForm | NoteForm | RequestForm


def restore_with_edits(
    database: Database, kind: RecordKind, record_id: int, form: EditedForm, changed_by: str = ""
) -> Changes:
    """Bring back a record a colleague moved to the Trash while this user edited it, with
    the edit saved over it: both or neither, in one transaction.

    ``form.row_version`` is the version the user was told is in the Trash; if anyone has
    touched the record since (restored it, edited it), the save is refused as usual.
    """
    with database.session() as session:
        record = session.get(MODEL_BY_KIND[kind], record_id)
        if record is None:
            raise RecordMissingError(
                translate("Refusals", "It is no longer in the Trash: someone emptied it.")
            )
        restored = Changes()
        if record.deleted_at is not None and record.row_version == form.row_version:
            record.deleted_at = None
            session.flush()  # the version moves on, as for any other save
            form = replace(form, row_version=record.row_version)
            restored = Changes(frozenset({kind}), trash=True)
        return restored | _save_form(session, kind, record_id, form, changed_by)


def _save_form(
    session: Session, kind: RecordKind, record_id: int, form: EditedForm, changed_by: str
) -> Changes:
    if isinstance(form, OrganizationForm):
        return save_organization(session, form, record_id)[1]
    if isinstance(form, ContactForm):
        return save_contact(session, form, record_id)[1]
    if isinstance(form, NoteForm):
        return save_note(session, form, record_id)[1]
    return save_request(session, form, record_id, changed_by)[1]

"""Deleting is never final until the user empties the trash."""

from __future__ import annotations

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows, list_rows
from partnerdesk.services.records.trash import empty_trash, move_to_trash, restore, trashed_items
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization, OutreachNote


def _sample(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session)


def test_trashed_records_leave_the_lists_and_come_back(database: Database) -> None:
    _sample(database)
    with database.session() as session:
        before = count_rows(session, RecordKind.CONTACT)
        victim = list_rows(session, RecordKind.CONTACT)[0]
        changes = move_to_trash(session, RecordKind.CONTACT, [victim.id])
    assert RecordKind.CONTACT in changes.kinds and changes.trash
    with database.session() as session:
        assert count_rows(session, RecordKind.CONTACT) == before - 1
        assert [(item.kind, item.id) for item in trashed_items(session)] == [
            (RecordKind.CONTACT, victim.id)
        ]
        assert trashed_items(session)[0].title == victim.values["name"]
        restore(session, RecordKind.CONTACT, [victim.id])
    with database.session() as session:
        assert count_rows(session, RecordKind.CONTACT) == before
        assert trashed_items(session) == []


def test_trashing_bumps_the_row_version(database: Database) -> None:
    with database.session() as session:
        session.add(Organization(name="Oakwood Senior Center"))
    with database.session() as session:
        organization = session.query(Organization).one()
        version = organization.row_version
        move_to_trash(session, RecordKind.ORGANIZATION, [organization.id])
    with database.session() as session:
        assert session.query(Organization).one().row_version == version + 1


def test_emptying_the_trash_removes_only_trashed_records(database: Database) -> None:
    _sample(database)
    with database.session() as session:
        organization_id = next(
            row.id
            for row in list_rows(session, RecordKind.ORGANIZATION)
            if row.values["name"] == "Riverbend Health System"
        )
        note_count = count_rows(session, RecordKind.NOTE)
        move_to_trash(session, RecordKind.ORGANIZATION, [organization_id])
    with database.session() as session:
        assert empty_trash(session) == 1
    with database.session() as session:
        assert session.get(Organization, organization_id) is None
        assert trashed_items(session) == []
        # Its people and notes stay, no longer linked to the removed organization.
        assert count_rows(session, RecordKind.NOTE) == note_count
        orphans = session.query(Contact).filter(Contact.organization_id.is_(None)).count()
        assert orphans >= 3
        assert session.query(OutreachNote).filter(OutreachNote.organization_id.is_(None)).count()


def test_emptying_the_trash_forgets_imported_records_for_good(database: Database) -> None:
    from pathlib import Path

    from partnerdesk.services.transfer.contact_import import apply_import, preview_import
    from partnerdesk.store.models import ImportedRecord

    source = Path(__file__).resolve().parents[2] / "data" / "imports" / "google_contacts.csv"
    apply_import(database, preview_import(database, source))
    with database.session() as session:
        contact = session.query(Contact).first()
        assert contact is not None
        move_to_trash(session, RecordKind.CONTACT, [contact.id])
        trashed_id = contact.id
    with database.session() as session:
        empty_trash(session)
    with database.session() as session:
        left = session.query(ImportedRecord).filter_by(record_kind="contact").all()
        assert trashed_id not in {record.record_id for record in left}
        assert left, "the other imported contacts are still remembered"


def test_the_windows_trash_use_cases_own_their_transactions(database: Database) -> None:
    from partnerdesk.services.records.trash import (
        empty_the_trash,
        move_records_to_trash,
        read_trash,
        restore_records,
    )

    _sample(database)
    with database.session() as session:
        contact_id = list_rows(session, RecordKind.CONTACT)[0].id
    changes = move_records_to_trash(database, RecordKind.CONTACT, [contact_id])
    assert changes.trash and RecordKind.CONTACT in changes.kinds
    assert [(item.kind, item.id) for item in read_trash(database)] == [
        (RecordKind.CONTACT, contact_id)
    ]
    assert RecordKind.CONTACT in restore_records(database, [(RecordKind.CONTACT, contact_id)]).kinds
    assert read_trash(database) == []
    move_records_to_trash(database, RecordKind.CONTACT, [contact_id])
    assert empty_the_trash(database).trash
    assert read_trash(database) == []

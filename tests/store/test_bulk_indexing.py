"""Rows added with the search indexed in one pass are found exactly as rows added one by one."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import bindparam, delete, insert, text, update
from sqlalchemy.orm import Session

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.search import search
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact
from partnerdesk.store.search_index import indexing_in_bulk, reindexing_in_bulk

QUERIES = ["maria", "m", "lop", "nurse", "clinic", "josé", "jose", "garcía lopez", "volunteer"]


def _people() -> list[dict[str, Any]]:
    names = ["María García López", "Jose Lopez", "Mariam Okafor", "Lopez Mario", "Ana Ng"]
    roles = ["Nurse", "Clinic director", "Volunteer lead", "", "Nurse practitioner"]
    return [
        {
            "id": 100 + number,
            "full_name": f"{names[number % 5]} {number}",
            "role_title": roles[number % 5],
            "background": f"Met at the clinic fair, year {2000 + number}. José helped.",
            "row_version": 1,
        }
        for number in range(40)
    ]


def _contact_triggers(session: Session) -> set[str]:
    return set(
        session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'contacts%'")
        ).scalars()
    )


def _found(database: Database) -> dict[str, list[tuple[int, str, str]]]:
    with database.session() as session:
        return {
            query: [
                (hit.id, hit.title, hit.snippet)
                for hit in search(session, query).hits.get(RecordKind.CONTACT, [])
            ]
            for query in QUERIES
        }


def test_bulk_indexed_contacts_are_found_as_if_added_one_by_one(database: Database) -> None:
    with database.session() as session:
        session.execute(insert(Contact.__table__), _people())
    one_by_one = _found(database)
    assert one_by_one["maria"] and one_by_one["jose"]  # the queries do find people

    with database.session() as session:
        session.execute(delete(Contact.__table__))
    assert not any(_found(database).values())

    with database.session() as session, indexing_in_bulk(session.connection(), "contacts"):
        session.execute(insert(Contact.__table__), _people())
    assert _found(database) == one_by_one


@pytest.mark.sqlite_only
def test_the_index_keeps_following_the_table_after_a_bulk_insert(database: Database) -> None:
    with database.session() as session:
        with indexing_in_bulk(session.connection(), "contacts"):
            session.execute(insert(Contact.__table__), _people()[:10])
        # Rows added after the block are indexed by the trigger again.
        session.execute(insert(Contact.__table__), _people()[10:])
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )
    with database.session() as session:
        assert len(search(session, "volunteer", limit=100).hits[RecordKind.CONTACT]) == 8


@pytest.mark.sqlite_only
def test_a_failed_bulk_insert_leaves_the_trigger_in_place(database: Database) -> None:
    # A caller that catches the failure and commits what it had must not lose the
    # trigger (one that lets the error through is rolled back, trigger and all).
    with (
        database.session() as session,
        pytest.raises(RuntimeError),
        indexing_in_bulk(session.connection(), "contacts"),
    ):
        raise RuntimeError("the import failed half-way")
    with database.session() as session:
        assert "contacts_fts_after_insert" in _contact_triggers(session)
        session.execute(insert(Contact.__table__), _people()[:5])
    with database.session() as session:
        assert search(session, "clinic").hits[RecordKind.CONTACT]


def test_bulk_reindexed_updates_are_found_as_if_updated_one_by_one(database: Database) -> None:
    table = Contact.__table__
    changes = [
        {"target": 100 + number, "role": f"Outreach nurse {number}", "notes": "Met in Zürich"}
        for number in range(0, 40, 3)
    ]
    statement = (
        update(table)
        .where(table.c.id == bindparam("target"))
        .values(role_title=bindparam("role"), background=bindparam("notes"))
    )
    later = update(table).where(table.c.id == 101).values(role_title="Retired")

    def searched() -> dict[str, list[tuple[int, str, str]]]:
        with database.session() as session:
            return {
                query: [
                    (hit.id, hit.title, hit.snippet)
                    for hit in search(session, query).hits.get(RecordKind.CONTACT, [])
                ]
                for query in [*QUERIES, "outreach", "zurich", "fair", "retired"]
            }

    with database.session() as session:
        session.execute(insert(table), _people())
        session.execute(statement, changes)
        session.execute(later)
    one_by_one = searched()
    assert one_by_one["outreach"] and one_by_one["zurich"] and one_by_one["retired"]

    with database.session() as session:
        session.execute(delete(table))
        session.execute(insert(table), _people())
    with database.session() as session:
        ids = [change["target"] for change in changes]
        with reindexing_in_bulk(session.connection(), "contacts", ids):
            session.execute(statement, changes)
        session.execute(later)  # after the block, the trigger indexes updates again
    assert searched() == one_by_one
    if database.engine.dialect.name == "sqlite":
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
            )


@pytest.mark.sqlite_only
def test_a_failed_bulk_update_leaves_the_trigger_in_place(database: Database) -> None:
    with database.session() as session:
        session.execute(insert(Contact.__table__), _people()[:5])
    with (
        database.session() as session,
        pytest.raises(RuntimeError),
        reindexing_in_bulk(session.connection(), "contacts", [100, 101]),
    ):
        raise RuntimeError("the import failed half-way")
    with database.session() as session:
        assert "contacts_fts_after_update" in _contact_triggers(session)
        session.execute(
            update(Contact.__table__).where(Contact.__table__.c.id == 100).values(role_title="Chef")
        )
    with database.session() as session:
        assert [hit.id for hit in search(session, "chef").hits[RecordKind.CONTACT]] == [100]

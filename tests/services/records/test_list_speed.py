"""What keeps lists, search and imports fast on a large store, checked on a small one.

Timings are for the benchmarks (bench/); these tests pin down the causes: the query plans
SQLite chooses, the search index's prefixes, and bulk inserts sent as few statements.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

import partnerdesk.services.records.search as search_service
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import ListOptions, _filtered, count_rows, list_rows
from partnerdesk.services.records.search import search
from partnerdesk.services.records.today import today_overview
from partnerdesk.store.bulk_rows import insert_with_ids
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, ImportBatch, Organization
from partnerdesk.store.search_index import INDEXED_TABLES


def _plan(database: Database, kind: RecordKind, options: ListOptions | None = None) -> str:
    query = _filtered(kind, "", options).limit(200)
    sql = str(query.compile(database.engine, compile_kwargs={"literal_binds": True}))
    with database.engine.connect() as connection:
        rows = connection.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
    return "\n".join(str(row[3]) for row in rows)


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 index
def test_each_list_reads_its_first_page_in_index_order(database: Database) -> None:
    for kind in RecordKind:
        plan = _plan(database, kind)
        assert "_list_order" in plan, f"{kind}: {plan}"
        # Only the correlated lookups (first e-mail, first phone) may sort, never the list.
        sorts = plan.count("USE TEMP B-TREE FOR ORDER BY")
        lookups = plan.count("CORRELATED SCALAR SUBQUERY") if kind is RecordKind.CONTACT else 0
        assert sorts <= lookups, f"{kind} sorts its whole list:\n{plan}"


def test_deep_pages_and_counts_match_a_plain_reading(database: Database) -> None:
    with database.session() as session:
        session.add_all(Organization(name=f"Org {n % 7}") for n in range(30))
        session.flush()
        session.add_all(
            Contact(full_name=f"{'ab'[n % 2].upper()}person {n:02d}", organization_id=1 + n % 30)
            for n in range(90)
        )
    with database.session() as session:
        everyone = list_rows(session, RecordKind.CONTACT)
        pages = [
            list_rows(session, RecordKind.CONTACT, offset=o, limit=25) for o in (0, 25, 50, 75)
        ]
        assert [row.id for page in pages for row in page] == [row.id for row in everyone]
        assert count_rows(session, RecordKind.CONTACT) == len(everyone) == 90
        assert count_rows(session, RecordKind.CONTACT, text_filter="org 3") == 12
        by_organization = ListOptions(sort_key="organization", descending=True)
        ordered = list_rows(session, RecordKind.CONTACT, options=by_organization)
        deep = list_rows(session, RecordKind.CONTACT, offset=40, limit=30, options=by_organization)
        assert [row.id for row in deep] == [row.id for row in ordered[40:70]]


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 index
def test_the_search_index_has_one_letter_prefixes(database: Database) -> None:
    with database.engine.connect() as connection:
        for indexed in INDEXED_TABLES:
            sql = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :name"),
                {"name": indexed.fts_table},
            ).scalar_one()
            assert "prefix='1 2 3'" in sql


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 index
def test_bulk_inserts_reach_the_search_index_in_few_statements(database: Database) -> None:
    statements = 0  # INSERTs into contacts SQLite runs (an executemany runs one per row)

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        nonlocal statements
        if statement.startswith("INSERT INTO contacts "):
            statements += len(parameters) if isinstance(parameters, list) else 1

    with database.session() as session:
        session.add(ImportBatch(file_name="people.csv", file_format="csv"))
        session.flush()  # insert_with_ids needs the write lock this takes
        event.listen(database.engine, "before_cursor_execute", record)
        try:
            ids = insert_with_ids(
                session,
                Contact,
                [{"full_name": f"Zoë Person{n}", "row_version": 1} for n in range(2500)],
            )
        finally:
            event.remove(database.engine, "before_cursor_execute", record)
    # One statement per row would flush the search index 2,500 times (bulk_rows.py).
    assert 0 < statements <= 5
    with database.session() as session:
        assert session.get(Contact, ids[1234]).full_name == "Zoë Person1234"
        assert search(session, "person1234").hits[RecordKind.CONTACT][0].id == ids[1234]
        assert len(search(session, "z").hits[RecordKind.CONTACT]) == 50
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 index
def test_today_reads_only_open_follow_ups(database: Database) -> None:
    captured: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if "follow_up_due" in statement and statement.lstrip().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.session() as session:
            today_overview(session)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    statement, parameters = captured[0]
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    assert "ix_outreach_notes_open_follow_ups" in " ".join(str(row[3]) for row in plan)


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 index
def test_a_word_matching_many_records_ranks_only_the_newest_matches(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_service, "RANK_WINDOW", 3)
    with database.session() as session:
        session.add_all(Contact(full_name=f"Ana Person{n}") for n in range(10))
        session.add(Contact(full_name="Bob Nobody"))
    with database.session() as session:
        hits = search(session, "ana").hits[RecordKind.CONTACT]
        assert sorted(hit.title for hit in hits) == ["Ana Person7", "Ana Person8", "Ana Person9"]
        assert [hit.title for hit in search(session, "bob").hits[RecordKind.CONTACT]] == [
            "Bob Nobody"
        ]
        assert search(session, "zzz").total == 0

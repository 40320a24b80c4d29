"""The search on a shared PostgreSQL database reads stored documents along an index.

A one-letter search used to take half a minute over 40,000 notes: the planner tested the
notes one by one, folding each one's text again. Timings are for bench/
(bench_shared_database.py); these tests pin down the plans PostgreSQL chooses, on a few
thousand records with fresh statistics, for the statements the search really sends.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.search import search_store
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, OutreachNote

pytestmark = pytest.mark.postgresql_only

NOTES = 3000
CONTACTS = 1500
# Every note has words starting with "s"; only a few mention the rare word.
RARE_WORD = "Quillfeather"


@pytest.fixture
def busy_database(database: Database) -> Database:
    start = date(2020, 1, 1)
    with database.session() as session:
        session.add_all(
            OutreachNote(
                happened_on=start + timedelta(days=number % 1500),
                subject=f"Screening visit {number}",
                summary="Spoke with staff about the shelter"
                + (f" and {RARE_WORD}." if number % 997 == 0 else "."),
            )
            for number in range(NOTES)
        )
        session.add_all(
            Contact(full_name=f"Sam Person{number}", role_title="Social worker")
            for number in range(CONTACTS)
        )
    with database.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("ANALYZE outreach_notes, contacts")
        )
    return database


def _plans_of_search(database: Database, query: str) -> Iterator[tuple[str, str]]:
    """(statement, its plan) for each statement the search sends."""
    captured: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        search_store(database, query)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    # Replayed in one transaction, as the search sent them (with its settings).
    with database.engine.begin() as connection:
        for statement, parameters in captured:
            if "to_tsquery" not in statement:
                connection.exec_driver_sql(statement, parameters)
                continue
            rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters).scalars()
            yield statement, "\n".join(rows)


def _plans_for(database: Database, query: str, table: str) -> list[str]:
    return [plan for statement, plan in _plans_of_search(database, query) if table in statement]


def _tests_stored_documents(plan: str, table: str) -> None:
    # Folding text while searching (the 0005 expression) was the half minute.
    assert "partnerdesk_fold" not in plan and "to_tsvector" not in plan, plan
    assert f"Seq Scan on {table}" not in plan, plan


def test_a_one_letter_search_reads_the_newest_notes_first(busy_database: Database) -> None:
    # One statement: the newest notes filled the page, the index was not needed.
    [plan] = _plans_for(busy_database, "s", "outreach_notes")
    _tests_stored_documents(plan, "outreach_notes")
    # Newest first along the primary key, stopping when the page is full: no gathering
    # and sorting of thousands of matches.
    assert "Index Scan Backward using pk_outreach_notes" in plan, plan
    assert "ix_outreach_notes_search" not in plan, plan


def test_a_one_letter_search_ranks_only_the_newest_contacts(busy_database: Database) -> None:
    [plan] = _plans_for(busy_database, "s", "contacts")
    _tests_stored_documents(plan, "contacts")
    assert "Index Scan Backward using pk_contacts" in plan, plan


def test_a_rare_word_is_looked_up_in_the_full_text_index(busy_database: Database) -> None:
    newest, through_index = _plans_for(busy_database, "quill", "outreach_notes")
    # The newest notes were read first, then, the page not full, the index was asked.
    assert "Index Scan Backward using pk_outreach_notes" in newest, newest
    _tests_stored_documents(through_index, "outreach_notes")
    assert "Bitmap Index Scan on ix_outreach_notes_search" in through_index, through_index


def test_results_are_the_newest_matches_whatever_the_plan(busy_database: Database) -> None:
    with busy_database.session() as session:
        newest = session.scalars(
            text("SELECT id FROM outreach_notes ORDER BY id DESC LIMIT 50")
        ).all()
    found = search_store(busy_database, "s")
    assert [hit.id for hit in found.hits[RecordKind.NOTE]] == list(newest)
    rare = search_store(busy_database, "QUILLFÉATHER")  # accents and case folded
    assert len(rare.hits[RecordKind.NOTE]) == len(range(0, NOTES, 997))
    assert all(RARE_WORD in hit.snippet for hit in rare.hits[RecordKind.NOTE])


def test_the_quick_folding_folds_every_letter_as_the_full_one(database: Database) -> None:
    """0006's partnerdesk_fold() skips translate() for text nothing in which can fold."""
    from partnerdesk.store.search_index import fold_function_statement

    full = fold_function_statement(quick_path=False).replace(
        "FUNCTION partnerdesk_fold(", "FUNCTION pg_temp.full_fold("
    )
    letters = [chr(code) for code in range(1, 0x10000) if not 0xD800 <= code <= 0xDFFF]
    texts = [*letters, "Cafe\u0301", "A\u030a", "\u212b", "ÉCOLE", "it’s — fine", "Nguyễn"]
    with database.engine.begin() as connection:
        connection.exec_driver_sql(full)
        differing = connection.execute(
            text(
                "SELECT t FROM unnest(CAST(:texts AS text[])) AS t "
                "WHERE partnerdesk_fold(t) <> pg_temp.full_fold(t)"
            ),
            {"texts": texts},
        ).scalars()
        assert list(differing) == []

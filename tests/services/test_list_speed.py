"""What keeps lists, search and imports fast on a large store, checked on a small one.

Timings are for the benchmarks (bench/); these tests pin down the causes: the query plans
SQLite chooses, the search index's prefixes, and bulk inserts sent as few statements.
"""

from __future__ import annotations

from sqlalchemy import event

from partnerdesk.services.bulk_rows import insert_with_ids
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.search import search
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, ImportBatch


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
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )

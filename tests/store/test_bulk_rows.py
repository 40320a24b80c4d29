"""Rows written by insert_rows read back exactly as rows SQLAlchemy's own INSERT writes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text

from partnerdesk.store.bulk_rows import insert_rows, insert_with_ids
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, ImportBatch, ImportedRecord, Organization


def _contacts(first_id: int, organization_id: int) -> list[dict[str, Any]]:
    return [
        {
            "id": first_id + number,
            "organization_id": organization_id if number % 2 else None,
            "full_name": f"Zoë Núñez {number}",
            "background": "Line one\nLine two" if number % 3 else "",
            "is_key_leader": number % 4 == 0,
            "row_version": 1,
        }
        for number in range(30)
    ]


def _read(database: Database, table: Any, ids: range) -> list[tuple[Any, ...]]:
    with database.session() as session:
        rows = session.execute(select(table).where(table.c.id.in_(ids)).order_by(table.c.id))
        return [tuple(row)[1:] for row in rows]  # without the id


def test_rows_read_back_as_sqlalchemy_writes_them(database: Database) -> None:
    with database.session() as session:
        organization_id = insert_with_ids(
            session, Organization, [{"name": "Clínica del Pueblo", "row_version": 1}]
        )[0]
        batch = ImportBatch(file_name="people.csv", file_format="csv")
        session.add(batch)
        session.flush()
        session.execute(insert(Contact.__table__), _contacts(1000, organization_id))
        insert_rows(session, Contact, _contacts(2000, organization_id))
        records = [
            {
                "batch_id": batch.id,
                "record_kind": "contact",
                "record_id": number,
                "action": "merged",
                "previous": {"fields": {"role_title": ["", "Nurse"]}, "added_emails": [number]},
            }
            for number in range(5)
        ]
        session.execute(insert(ImportedRecord.__table__), records)
        insert_rows(
            session, ImportedRecord, [{**record, "action": "created"} for record in records]
        )

    by_sqlalchemy = _read(database, Contact.__table__, range(1000, 1030))
    by_insert_rows = _read(database, Contact.__table__, range(2000, 2030))
    columns = [column.key for column in Contact.__table__.c][1:]
    moments = {columns.index("created_at"), columns.index("updated_at")}
    assert [
        [value for index, value in enumerate(row) if index not in moments] for row in by_insert_rows
    ] == [
        [value for index, value in enumerate(row) if index not in moments] for row in by_sqlalchemy
    ]
    for row in by_insert_rows:
        for index in moments:
            assert row[index].tzinfo is not None
            assert abs(row[index] - datetime.now(UTC)).total_seconds() < 60
    with database.session() as session:
        kept = session.scalars(select(ImportedRecord).order_by(ImportedRecord.id)).all()
        assert [record.previous for record in kept[:5]] == [record.previous for record in kept[5:]]
        if database.engine.dialect.name == "sqlite":
            # The same text in the file too, not only the same values read back.
            stored = session.execute(
                text("SELECT id, created_at FROM contacts WHERE id IN (1000, 2000) ORDER BY id")
            ).all()
            assert [len(moment) for _, moment in stored] == [26, 26]  # no "+00:00"

"""Bulk inserts that return their new ids in order, quickly on SQLite too.

On SQLite a table with a full-text index must not be filled one statement per row: an
INSERT that fires the index's trigger opens a savepoint, and FTS5 writes its pending
index to disk at every savepoint, so 10,000 rows sent as 10,000 statements (an
``executemany``) leave 10,000 tiny index segments to merge, several times slower than
the rows themselves. ``insert_rows`` sends multi-row INSERTs instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session


def insert_with_ids(session: Session, model: Any, values: list[dict[str, Any]]) -> list[int]:
    """Insert rows of ``model`` and return their ids, in the order of ``values``.

    SQLAlchemy returns ordered ids from SQLite only one row at a time, which is slow for
    thousands of rows. The caller must already have written in this transaction: SQLite
    then holds its write lock for us, nobody else can add rows meanwhile, and the ids
    after the current maximum are ours to give. Other databases return them in order
    from one bulk statement.
    """
    if not values:
        return []
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, values).all())
    first = (session.scalar(select(func.max(model.id))) or 0) + 1
    ids = list(range(first, first + len(values)))
    insert_rows(
        session, model, [{**row, "id": new_id} for row, new_id in zip(values, ids, strict=True)]
    )
    return ids


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` into the table of ``model`` (a mapped class or a Table), in bulk.

    Asking for RETURNING makes SQLAlchemy send multi-row INSERTs ("insertmanyvalues")
    instead of one statement per row; the returned ids are not needed.
    """
    if not rows:
        return
    # The Core table, not the ORM entity: the ORM's per-row bookkeeping costs a third.
    table = getattr(model, "__table__", model)
    statement = insert(table)
    if "id" in table.c:
        statement = statement.returning(table.c.id)
    session.execute(statement, list(rows))


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

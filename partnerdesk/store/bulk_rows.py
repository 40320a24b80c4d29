"""Bulk inserts that return their new ids in order, quickly on SQLite too.

On SQLite a table with a full-text index must not be filled one statement per row: an
INSERT that fires the index's trigger opens a savepoint, and FTS5 writes its pending
index to disk at every savepoint, so 10,000 rows sent as 10,000 statements (an
``executemany``) leave 10,000 tiny index segments to merge, several times slower than
the rows themselves. ``insert_rows`` sends multi-row INSERTs instead.

On SQLite those INSERTs are written here rather than by SQLAlchemy: its insertmanyvalues
prepares every row's parameters one by one through the compiler (about 40 µs a row
of a contact), which was a third of writing an import. The values are the same: each
column's own bind processing and Python-side default, as SQLAlchemy applies them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Table, func, insert, select
from sqlalchemy.orm import Session

# SQLite's limit on parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32),
# and as many rows per statement as SQLAlchemy's insertmanyvalues sends.
_SQLITE_MAX_PARAMETERS = 32_766
_ROWS_PER_STATEMENT = 1000


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

    Every row must have the keys of the first. Columns left out get their default; a
    default computed in Python (a timestamp) is computed once for all the rows.
    """
    if not rows:
        return
    # The Core table, not the ORM entity: the ORM's per-row bookkeeping costs a third.
    table: Table = getattr(model, "__table__", model)
    connection = session.connection()
    if connection.dialect.name == "sqlite" and _sqlite_insert(connection, table, rows):
        return
    # Asking for RETURNING makes SQLAlchemy send multi-row INSERTs ("insertmanyvalues")
    # instead of one statement per row; the returned ids are not needed.
    statement = insert(table)
    if "id" in table.c:
        statement = statement.returning(table.c.id)
    session.execute(statement, list(rows))


def _sqlite_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> bool:
    """Multi-row INSERTs with the parameters made here; False if a default needs SQLAlchemy."""
    keys = list(rows[0])
    if not keys:
        return False
    given = [table.c[key] for key in keys]
    defaulted: list[tuple[Column[Any], Any]] = []
    for column in table.c:
        if column.key in rows[0] or column.default is None:
            continue  # left to the database: NULL or its server default, as SQLAlchemy does
        default: Any = column.default
        if default.is_scalar:
            defaulted.append((column, default.arg))
        elif default.is_callable:
            defaulted.append((column, default.arg(None)))  # wrapped to take a context
        else:
            return False  # a sequence or SQL expression: SQLAlchemy renders those
    dialect = connection.dialect
    columns = [*given, *(column for column, _ in defaulted)]
    constants = tuple(
        value if (process := _bind_processor(column, dialect)) is None else process(value)
        for column, value in defaulted
    )
    processors = [
        (index, process)
        for index, column in enumerate(given)
        if (process := _bind_processor(column, dialect)) is not None
    ]
    pick: Callable[[dict[str, Any]], Any] = operator.itemgetter(*keys)
    single = len(keys) == 1
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in columns)
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    size = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_MAX_PARAMETERS // len(columns)))
    prefix = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) VALUES "
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        parameters: list[Any] = []
        for row in chunk:
            picked = pick(row)
            values = [picked] if single else list(picked)
            for index, process in processors:
                values[index] = process(values[index])
            parameters += values
            parameters += constants
        connection.exec_driver_sql(prefix + ", ".join([marks] * len(chunk)), tuple(parameters))
    return True


def _bind_processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a value of ``column`` before the driver sees it (None: nothing).

    The dialect's own type: a UtcDateTime's is the timezone conversion and then SQLite's
    text format, without which sqlite3 would store "+00:00" after each time.
    """
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

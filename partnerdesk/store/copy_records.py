"""Copy every record from one PartnerDesk database into another (a laptop's file into a
new shared database), in one transaction: the target ends with all of it or none of it.

Rows keep their ids, so links between records (a note's organization, an MOU's versions)
stay as they were; afterwards PostgreSQL's id counters are moved past the copied ids, or
the next record anyone adds would collide with a copied one.

Into PostgreSQL the rows go by COPY, and the tables' indexes (the search's among them)
are dropped first and built again once every row is in: building an index over 40,000
notes at once is far quicker than growing it a row at a time. All of it is in the one
transaction, so a stopped copy leaves the indexes as they were too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text

from partnerdesk.core.translation import Messages, translate
from partnerdesk.store.errors import StoreError
from partnerdesk.store.models import Base

# Rows read (and written, between two looks at progress and Cancel) at a time: large
# enough to be quick over a network, small enough that a 200,000-note store never sits
# in memory at once.
BATCH_ROWS = 5000
# Memory PostgreSQL may use to build each index again after the copy, for this
# transaction only (its default, 64 MB, makes the search indexes spill to disk).
INDEX_BUILD_MEMORY = "256MB"

# The tables that hold what people wrote. The question bank and the capacities are
# shipped lists a new database is given at start; the copy replaces them with the
# laptop's own (reworded, added or retired) versions.
RECORD_TABLES = (
    "organizations",
    "contacts",
    "outreach_notes",
    "partnership_requests",
    "mous",
    "partner_profiles",
    "partner_history",
)

# The counts as people read them, in the reader's language (plural forms: one message
# per table, written out so that lupdate sees each; %Ln marks the thousands).
copy_counts = Messages("copy_counts")
TABLE_WORDS: dict[str, Callable[[int], str]] = {
    "organizations": lambda n: copy_counts.tr("%Ln organization(s)", "", n),
    "contacts": lambda n: copy_counts.tr("%Ln contact(s)", "", n),
    "outreach_notes": lambda n: copy_counts.tr("%Ln note(s)", "", n),
    "partnership_requests": lambda n: copy_counts.tr("%Ln request(s)", "", n),
    "mous": lambda n: copy_counts.tr("%Ln MOU(s)", "", n),
    "partner_profiles": lambda n: copy_counts.tr("%Ln profile(s)", "", n),
    "partner_history": lambda n: copy_counts.tr("%Ln partner history entry(s)", "", n),
}


class TargetNotEmptyError(StoreError):
    """The target already holds records: copying into it would mix two stores."""


class CopyStoppedError(StoreError):
    """The user stopped the copy; the target was left as it was."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "CopyRecords", "The copy was stopped. The shared database was left as it was."
            )
        )


@dataclass(frozen=True)
class CopyResult:
    rows_by_table: dict[str, int]

    def summary(self) -> str:
        """'12 organizations, 40 contacts, …': what a user would count."""
        parts = []
        for table, words in TABLE_WORDS.items():
            count = self.rows_by_table.get(table, 0)
            if count:
                parts.append(words(count))
        return ", ".join(parts) if parts else translate("CopyRecords", "no records")


def record_counts(connection: Connection) -> dict[str, int]:
    """How many rows each record table holds (trashed ones included)."""
    tables = Base.metadata.tables
    return {
        name: int(connection.execute(select(func.count()).select_from(tables[name])).scalar_one())
        for name in RECORD_TABLES
    }


def not_empty_refusal(found: CopyResult) -> str:
    """Why a database that holds records does not get a copy."""
    return translate(
        "CopyRecords",
        "The shared database already holds records ({summary}). PartnerDesk "
        "copies only into an empty database, so nothing is doubled or overwritten. Use "
        "the shared database as it is, or ask whoever set up the server for an empty one.",
    ).format(summary=found.summary())


def holds_records(engine: Engine) -> bool:
    with engine.connect() as connection:
        return any(record_counts(connection).values())


def copy_all_records(
    source: Engine,
    target: Engine,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> CopyResult:
    """Copy every row of ``source`` into ``target`` (both at the same schema revision).

    Refuses (TargetNotEmptyError) when the target already holds records, so nothing is
    ever doubled or overwritten. ``progress(done, total)`` counts rows.
    """
    tables = Base.metadata.sorted_tables
    with source.connect() as reading:
        totals = {
            table.name: int(reading.execute(select(func.count()).select_from(table)).scalar_one())
            for table in tables
        }
        grand_total = sum(totals.values())
        done = 0
        with target.begin() as writing:
            existing = record_counts(writing)
            if any(existing.values()):
                raise TargetNotEmptyError(not_empty_refusal(CopyResult(existing)))
            # Shipped lists given to the new database at start make way for the copy.
            for table in reversed(tables):
                writing.execute(table.delete())
            postgres = writing.dialect.name == "postgresql"
            rebuild = _drop_indexes(writing, [table.name for table in tables]) if postgres else []
            write = _copy_rows if postgres else _insert_rows
            if progress is not None:
                progress(0, grand_total)
            for table in tables:
                for rows in _batches(reading, table):
                    if should_stop is not None and should_stop():
                        raise CopyStoppedError
                    write(writing, table, rows)
                    done += len(rows)
                    if progress is not None:
                        progress(done, grand_total)
            if postgres:
                writing.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'")
                for definition in rebuild:
                    if should_stop is not None and should_stop():
                        raise CopyStoppedError
                    writing.exec_driver_sql(definition)
                for table in tables:
                    _move_id_counter_past_copied_rows(writing, table)
                # A new database has no statistics: without them the planner reads every
                # row for a search (15 s over 200,000 notes) instead of using its index.
                writing.exec_driver_sql("ANALYZE")
    return CopyResult(totals)


def _batches(connection: Connection, table: Table) -> Iterator[Sequence[Any]]:
    """The rows of ``table`` in the order of its columns, as Python values."""
    key = list(table.primary_key.columns)
    result = connection.execute(select(table).order_by(*key))
    while chunk := result.fetchmany(BATCH_ROWS):
        yield chunk


def _insert_rows(connection: Connection, table: Table, rows: Sequence[Any]) -> None:
    names = [column.key for column in table.c]
    connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])


def _copy_rows(connection: Connection, table: Table, rows: Sequence[Any]) -> None:
    """PostgreSQL's COPY, the quickest way in: no statement per row, nothing returned.

    Each value is first converted as an INSERT would (a choice to its text, a moment to
    UTC, a JSON mapping to its text); the driver then writes it in COPY's text form.
    """
    dialect = connection.dialect
    processors = [
        (index, process)
        for index, column in enumerate(table.c)
        if (process := column.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in table.c)
    statement = f"COPY {dialect.identifier_preparer.format_table(table)} ({names}) FROM STDIN"
    cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                values = list(row)
                for index, process in processors:
                    values[index] = process(values[index])
                copy.write_row(values)
    finally:
        cursor.close()


def _drop_indexes(connection: Connection, tables: list[str]) -> list[str]:
    """Drop the indexes of ``tables`` that no constraint needs; returns how to make them.

    Primary keys and unique constraints keep theirs: the rows are checked against them as
    they arrive. Whatever other indexes the schema has (a later migration's too) are read
    from the database itself, so each is built again exactly as it was.
    """
    found = connection.execute(
        text(
            "SELECT index_class.relname, pg_get_indexdef(ix.indexrelid) "
            "FROM pg_index ix "
            "JOIN pg_class index_class ON index_class.oid = ix.indexrelid "
            "JOIN pg_class table_class ON table_class.oid = ix.indrelid "
            "JOIN pg_namespace space ON space.oid = table_class.relnamespace "
            "WHERE space.nspname = current_schema() AND table_class.relname = ANY(:tables) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)"
        ),
        {"tables": tables},
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for name, _ in found:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    return [definition for _, definition in found]


def _move_id_counter_past_copied_rows(connection: Connection, table: Table) -> None:
    key = list(table.primary_key.columns)
    if len(key) != 1 or not key[0].autoincrement:
        return
    column = key[0].name
    sequence = connection.execute(
        text("SELECT pg_get_serial_sequence(:table, :column)"),
        {"table": table.name, "column": column},
    ).scalar()
    if sequence is None:
        return
    # setval(…, false): the next id handed out is max + 1 (or 1 for an empty table).
    connection.execute(
        text(
            f"SELECT setval(:sequence, COALESCE((SELECT MAX({column}) FROM {table.name}), 0)"
            " + 1, false)"
        ),
        {"sequence": sequence},
    )

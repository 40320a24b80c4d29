"""Writing the benchmark dataset: rows from the main thread, the search index beside them.

The builder's time went on three things of about equal size: inventing rows (Python),
having SQLAlchemy prepare each row's parameters (Python), and SQLite storing rows and
indexing their text (C). Here the parameters are made directly, with each column's own
bind processing and default as SQLAlchemy applies them, so the stored values are the
same; and the search index of a table is filled a chunk at a time by a second thread,
one ``INSERT … SELECT`` per chunk, while the main thread invents the next chunk. SQLite
releases Python's lock for the whole of that statement, so the two use both cores.
(A thread writing the rows themselves gained little: those are a statement per row,
and each one waits for the lock the main thread holds while it invents text.)

SQLite takes one writer at a time, so the main thread waits for the index thread before
it writes. The index thread also runs FTS5's own integrity check of each table's index
once the table is complete (an ``INSERT`` too, so it takes the same turn); rows of tables
without a search index that are ready meanwhile are kept and written after it.

While a table is written, its search index's insert trigger is dropped; it is created
again, from its own text in the schema, before the index is checked.
"""

from __future__ import annotations

import itertools
import operator
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Column, Connection, Engine, Table

from partnerdesk.store.search_index import IndexedTable, indexed_table

CHUNK = 20_000  # rows per transaction: keeps the WAL small while writing
# FTS5 writes its pending terms to disk as a new segment whenever they pass this size (1 MB
# by default), and merges the segments as they pile up. For the bulk fill only, a larger
# buffer makes fewer, larger segments to merge: a third less indexing time for the notes.
# The setting is put back to FTS5's default afterwards, as the app has it.
BULK_HASH_SIZE = 32 * 1024 * 1024
DEFAULT_HASH_SIZE = 1024 * 1024

Parameters = list[tuple[Any, ...]]


class DatasetWriter:
    def __init__(self, engine: Engine, log: Callable[[str], None]) -> None:
        if engine.dialect.name != "sqlite":
            raise ValueError("the benchmark dataset is a SQLite data folder")
        self.engine = engine
        self.log = log
        self._indexer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")
        self._turn: Future[None] | None = None  # the index thread's last job
        self._held: list[tuple[str, Parameters]] = []  # rows ready while it ran
        self._dropped: dict[str, str] = {}  # insert trigger → its CREATE statement
        self._caches: dict[str, dict[Any, Any]] = {}
        self.index_seconds = 0.0  # on the index thread, alongside the main one
        self.check_seconds = 0.0  # of that, FTS5's integrity checks
        self.waited_seconds = 0.0  # the main thread's wait for its turn to write

    def write(self, model: Any, rows: Iterable[dict[str, Any]], what: str) -> int:
        """Insert ``rows`` (dicts with the same keys) into the table of ``model``."""
        table: Table = getattr(model, "__table__", model)
        indexed = indexed_table(table.name)
        started, written, indexed_up_to = time.perf_counter(), 0, 0
        iterator = iter(rows)
        plan: _InsertPlan | None = None
        while chunk := list(itertools.islice(iterator, CHUNK)):
            plan = plan or _InsertPlan(table, chunk[0], self.engine, self._caches)
            parameters = plan.parameters(chunk)
            written += len(chunk)
            if indexed is None and self._turn is not None and not self._turn.done():
                self._held.append((plan.statement, parameters))
                continue
            self._wait_for_turn()
            with self.engine.begin() as connection:
                if indexed is None:
                    connection.exec_driver_sql(plan.statement, parameters)
                    continue
                if f"{indexed.fts_table}_after_insert" not in self._dropped:
                    indexed_up_to = self._drop_insert_trigger(connection, indexed)
                connection.exec_driver_sql(plan.statement, parameters)
                last_id = _largest_id(connection, indexed)
            self._turn = self._indexer.submit(self._index, indexed, indexed_up_to, last_id)
            indexed_up_to = last_id
        if indexed is not None and written:
            self._turn = self._indexer.submit(self._finish_index, indexed)
        self.log(f"{written:,} {what} in {time.perf_counter() - started:.1f} s")
        return written

    def finish(self) -> None:
        """Write what is held and wait for the index thread; raises if a check failed."""
        self._wait_for_turn()
        self.log(
            f"search index {self.index_seconds:.1f} s on its own thread, of which the "
            f"checks {self.check_seconds:.1f} s; rows waited {self.waited_seconds:.1f} s for it"
        )

    def close(self) -> None:
        """Stop the index thread; an insert trigger still dropped (a failed build) is put back."""
        try:
            self._indexer.shutdown(wait=True, cancel_futures=True)
        finally:
            if self._dropped:
                with self.engine.begin() as connection:
                    for statement in self._dropped.values():
                        connection.exec_driver_sql(statement)
                self._dropped.clear()

    def _wait_for_turn(self) -> None:
        if self._turn is not None:
            started = time.perf_counter()
            turn, self._turn = self._turn, None
            turn.result()
            self.waited_seconds += time.perf_counter() - started
        if self._held:
            with self.engine.begin() as connection:
                for statement, parameters in self._held:
                    connection.exec_driver_sql(statement, parameters)
            self._held.clear()

    def _drop_insert_trigger(self, connection: Connection, indexed: IndexedTable) -> int:
        trigger = f"{indexed.fts_table}_after_insert"
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
        ).scalar()
        if found is None:
            raise RuntimeError(f"the search index of {indexed.table} has no insert trigger")
        connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        self._dropped[trigger] = found
        _set_hash_size(connection, indexed, BULK_HASH_SIZE)
        return _largest_id(connection, indexed)  # the rows up to it were indexed by the trigger

    # On the index thread ---------------------------------------------------------
    def _index(self, indexed: IndexedTable, after: int, up_to: int) -> None:
        started, columns = time.perf_counter(), ", ".join(indexed.columns)
        with self.engine.begin() as connection:
            connection.exec_driver_sql(
                f"INSERT INTO {indexed.fts_table}(rowid, {columns}) "
                f"SELECT id, {columns} FROM {indexed.table} WHERE id > ? AND id <= ?",
                (after, up_to),
            )
        self.index_seconds += time.perf_counter() - started

    def _finish_index(self, indexed: IndexedTable) -> None:
        trigger, fts = f"{indexed.fts_table}_after_insert", indexed.fts_table
        with self.engine.begin() as connection:
            connection.exec_driver_sql(self._dropped[trigger])
            _set_hash_size(connection, indexed, DEFAULT_HASH_SIZE)  # all connections re-read it
            # ...and leave no trace of it: the app's index has no hash size stored.
            connection.exec_driver_sql(f"DELETE FROM {fts}_config WHERE k = 'hashsize'")
        del self._dropped[trigger]
        started = time.perf_counter()
        # FTS5's own check, compared against the content table: raises if they differ.
        with self.engine.begin() as connection:
            connection.exec_driver_sql(
                f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
            )
        self.check_seconds += time.perf_counter() - started
        self.index_seconds += time.perf_counter() - started


def _largest_id(connection: Connection, indexed: IndexedTable) -> int:
    return connection.exec_driver_sql(f"SELECT max(id) FROM {indexed.table}").scalar() or 0


def _set_hash_size(connection: Connection, indexed: IndexedTable, size: int) -> None:
    fts = indexed.fts_table
    connection.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {size})")


class _InsertPlan:
    """One INSERT for rows with the keys of ``first``, and how to make its parameters."""

    def __init__(
        self,
        table: Table,
        first: dict[str, Any],
        engine: Engine,
        caches: dict[str, dict[Any, Any]],
    ) -> None:
        dialect = engine.dialect
        keys = list(first)
        given = [table.c[key] for key in keys]
        defaulted: list[tuple[Column[Any], Any]] = []
        for column in table.c:
            if column.key in first or column.default is None:
                continue  # NULL or the server's default, as SQLAlchemy leaves it
            default: Any = column.default
            if not default.is_scalar:
                raise ValueError(f"give {table.name}.{column.key}: its default is computed")
            defaulted.append((column, default.arg))
        columns = [*given, *(column for column, _ in defaulted)]
        quote = dialect.identifier_preparer.quote
        self.statement = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
            f"({', '.join(quote(column.name) for column in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        self._pick = operator.itemgetter(*keys)
        self._single = len(keys) == 1
        self._constants = tuple(
            process(value) if (process := _processor(column, engine, caches)) else value
            for column, value in defaulted
        )
        self._processors = [
            (index, process)
            for index, column in enumerate(given)
            if (process := _processor(column, engine, caches)) is not None
        ]

    def parameters(self, rows: list[dict[str, Any]]) -> Parameters:
        pick, constants, processors = self._pick, self._constants, self._processors
        if self._single:
            picked: Parameters = [(pick(row),) for row in rows]
        else:
            picked = list(map(pick, rows))
        if not processors and not constants:
            return picked
        made = []
        for values in picked:
            if processors:
                listed = list(values)
                for index, process in processors:
                    listed[index] = process(listed[index])
                values = tuple(listed)
            made.append(values + constants if constants else values)
        return made


def _processor(
    column: Column[Any], engine: Engine, caches: dict[str, dict[Any, Any]]
) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a value of ``column`` before sqlite3 sees it (None: nothing).

    A UtcDateTime's is the conversion to UTC and then SQLite's text format (sqlite3 alone
    would store "+00:00" after each time). The values repeat (days, choices, a row's
    created and updated moments), so each is worked out once per column type: a dict
    look-up is several times cheaper.
    """
    dialect = engine.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    done = caches.setdefault(repr(column.type), {})

    def remembered(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            result = done[value] = process(value)
            return result
        except TypeError:  # not hashable (a JSON document)
            return process(value)

    return remembered

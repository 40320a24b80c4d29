#!/usr/bin/env python3
"""Benchmark 9: search and lists on a shared PostgreSQL database, beside the laptop's file.

Starts a PostgreSQL server of its own (local_postgres.py: a temporary cluster on a free
loopback port, removed afterwards), copies the dataset into it as Settings → "Use a
shared database…" does (store/copy_records.py, which analyses the tables at the end),
vacuums it as autovacuum soon would, and then times, in turn on the data folder's SQLite
file and on the server:

- the search box's search (services/records/search.py) for 1, 3 and 8 letters, the
  words of bench_search.py: p50 and p95. Target: p95 ≤ 50 ms on PostgreSQL;
- (not timed) that both find the same newest notes, and as many hits of each kind;
- each list's first page as a list view reads it when it opens (the count of its rows,
  then its first 100 rows: services/records/listing.py): the median. Target: ≤ 2× SQLite.

Any dataset size works (bench/make_dataset.py makes one); the targets are for the
benchmark data (10,000 organizations, 200,000 notes). Without PostgreSQL installed the
benchmark says so and measures nothing. ``--database-url URL`` measures a database of
your own instead (one already holding a copy of the data folder's records).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import local_postgres
from bench_search import QUERIES
from benchkit import Figure, arguments, check_data_dir, emit, median, percentile
from sqlalchemy import create_engine, text

from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import RecordLister
from partnerdesk.services.records.search import search_store
from partnerdesk.store.copy_records import copy_all_records
from partnerdesk.store.database import Database, open_database

SEARCH_TARGET_P95_MS = 50.0
LIST_TARGET_RATIO = 2.0
PAGE_ROWS = 100  # ui/record_table_model.py's PAGE_SIZE
LISTS = (
    (RecordKind.ORGANIZATION, "Organizations"),
    (RecordKind.CONTACT, "Contacts"),
    (RecordKind.NOTE, "Notes"),
    (RecordKind.REQUEST, "Requests"),
)
STORES = ("SQLite", "PostgreSQL")


def copy_to_server(
    server: local_postgres.LocalPostgres, laptop: Database, folder: Path
) -> Database:
    """A new database on ``server`` holding a copy of ``laptop``'s records; ``folder``
    stands in for the data folder a computer keeps beside a shared database."""
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE DATABASE partnerdesk"))
    admin.dispose()
    shared = open_database(DataLocation(folder, server.url("partnerdesk")))
    started = time.perf_counter()
    result = copy_all_records(laptop.engine, shared.engine)
    # As the server's autovacuum does within a minute or so of a copy this size: marks
    # the pages all-visible, so counting a list's rows reads its index alone.
    with shared.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
    print(
        f"  copied {result.summary()} into PostgreSQL {server.version} "
        f"in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    return shared


def first_page(database: Database, kind: RecordKind) -> Callable[[], object]:
    lister = RecordLister(database, kind)

    def read() -> object:
        lister.count()
        return lister.page(0, PAGE_ROWS)

    return read


def _search(database: Database, word: str) -> object:
    return search_store(database, word)


def _open_list(database: Database, kind: RecordKind) -> object:
    return first_page(database, kind)()


def check_same_results(databases: dict[str, Database], word: str) -> None:
    """Both stores find the same newest notes, and as many hits of each kind.

    (Organizations, contacts and requests are ranked among the newest matches by each
    store's own measure of relevance, so which ones come first may differ.)
    """
    found = {store: search_store(database, word) for store, database in databases.items()}
    laptop, shared = (found[store] for store in STORES)
    notes = [[hit.id for hit in results.hits[RecordKind.NOTE]] for results in (laptop, shared)]
    counts = [{kind: len(hits) for kind, hits in r.hits.items()} for r in (laptop, shared)]
    if notes[0] != notes[1] or counts[0] != counts[1]:
        sys.exit(f'The stores found different results for "{word}": {counts}')


def measure(databases: dict[str, Database], repeat: int) -> dict[tuple[str, str], list[float]]:
    """Milliseconds per (store, what); the stores take turns, so both see the same load."""
    times: dict[tuple[str, str], list[float]] = {}
    actions: list[tuple[str, str, Callable[[Database], object]]] = []
    for length, words in QUERIES.items():
        for word in words:
            actions.append((f"search {length}", word, partial(_search, word=word)))
    for kind, _title in LISTS:
        actions.append((f"list {kind.value}", "", partial(_open_list, kind=kind)))
    # Once unmeasured: the first query of each kind compiles its SQL and warms the caches.
    for _what, _word, action in actions:
        for database in databases.values():
            action(database)
    for words in QUERIES.values():
        for word in words:
            check_same_results(databases, word)
    for _ in range(repeat):
        for what, _word, action in actions:
            for store, database in databases.items():
                started = time.perf_counter()
                action(database)
                elapsed = (time.perf_counter() - started) * 1000
                times.setdefault((store, what), []).append(elapsed)
    return times


def report(times: dict[tuple[str, str], list[float]], as_json: bool) -> None:
    for length, words in QUERIES.items():
        letters = "1 letter" if length == 1 else f"{length} letters"
        shown = ", ".join(f'"{word}"' for word in words)
        samples = {store: times[(store, f"search {length}")] for store in STORES}
        for share, label in ((0.5, "p50"), (0.95, "p95")):
            emit(
                Figure(
                    f"PostgreSQL: search, {letters}, {label}",
                    percentile(samples["PostgreSQL"], share),
                    "ms",
                    f"p95 ≤ {SEARCH_TARGET_P95_MS:g} ms" if label == "p95" else "—",
                    limit=SEARCH_TARGET_P95_MS if label == "p95" else None,
                    baseline=percentile(samples["SQLite"], share),
                    baseline_name="SQLite",
                    note=shown if label == "p95" else "",
                ),
                as_json,
            )
    for kind, title in LISTS:
        samples = {store: times[(store, f"list {kind.value}")] for store in STORES}
        emit(
            Figure(
                f"PostgreSQL: the {title} list's first page",
                median(samples["PostgreSQL"]),
                "ms",
                f"≤ {LIST_TARGET_RATIO:g}× SQLite",
                baseline=median(samples["SQLite"]),
                baseline_name="SQLite",
                ratio_limit=LIST_TARGET_RATIO,
                note=f"its row count and first {PAGE_ROWS} rows",
            ),
            as_json,
        )


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.split("\n\n")[0], repeat=10)
    parser.add_argument(
        "--database-url",
        help="measure this PostgreSQL database instead, already holding a copy of DIR "
        "(no server is started, nothing is copied)",
    )
    options = parser.parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    laptop = open_database(DataLocation(data_dir))
    try:
        with tempfile.TemporaryDirectory() as folder:
            if options.database_url:
                times = _measure_on(
                    laptop, DataLocation(Path(folder), options.database_url), options.repeat
                )
            else:
                try:
                    server = local_postgres.start()
                except local_postgres.PostgresUnavailableError as error:
                    print(
                        f"Not measured: no PostgreSQL server could be started. {error}",
                        file=sys.stderr,
                    )
                    return 0
                try:
                    copy_to_server(server, laptop, Path(folder)).close()
                    location = DataLocation(Path(folder), server.url("partnerdesk"))
                    times = _measure_on(laptop, location, options.repeat)
                finally:
                    server.stop()
    finally:
        laptop.close()
    report(times, options.json)
    return 0


def _measure_on(
    laptop: Database, location: DataLocation, repeat: int
) -> dict[tuple[str, str], list[float]]:
    shared = open_database(location)
    try:
        return measure({"SQLite": laptop, "PostgreSQL": shared}, repeat)
    finally:
        shared.close()


if __name__ == "__main__":
    sys.exit(main())

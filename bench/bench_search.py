#!/usr/bin/env python3
"""Benchmark 2: search as you type, through the service the search box calls.

For 1-, 3- and 8-letter queries (each typed as its own search, as the box does after a
pause), p50 and p95 over several words and runs. Baseline: the raw FTS5 queries alone
(the same MATCH, ranking window, order and limit on each index, through sqlite3, without
joins, snippets or Python objects). Target: p95 ≤ 30 ms.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import time

from benchkit import Figure, arguments, check_data_dir, emit, median, percentile

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.records.search import (
    RANK_WINDOW,
    RESULTS_PER_KIND,
    match_expression,
    search,
)
from partnerdesk.store.database import open_database

TARGET_P95_MS = 30.0
# Words a user of the dataset would type: names, places, topics (dataset_words.py).
QUERIES = {
    1: ["m", "s", "f", "r", "h"],
    3: ["mar", "foo", "hos", "ref", "vol"],
    8: ["referral", "hospital", "screenin", "neighbor", "coalitio"],
}


def _raw(fts: str, ranked: bool) -> str:
    """The full-text part of the service's query for one kind (search.py), alone."""
    if not ranked:
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH :match ORDER BY rowid DESC LIMIT :limit"
    newest = (
        f"SELECT min(rowid) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :match "
        "ORDER BY rowid DESC LIMIT :window)"
    )
    return (
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH :match AND rowid >= ({newest}) "
        "ORDER BY rank LIMIT :limit"
    )


RAW_QUERIES = [
    _raw("organizations_fts", ranked=True),
    _raw("contacts_fts", ranked=True),
    _raw("outreach_notes_fts", ranked=False),
    _raw("partnership_requests_fts", ranked=True),
]


def raw_search(connection: sqlite3.Connection, query: str) -> int:
    parameters = {
        "match": match_expression(query),
        "limit": RESULTS_PER_KIND,
        "window": RANK_WINDOW,
    }
    return sum(len(connection.execute(sql, parameters).fetchall()) for sql in RAW_QUERIES)


def main(argv: list[str] | None = None) -> int:
    options = arguments(__doc__.split("\n\n")[0], repeat=20).parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    database = open_database(DataLocation(data_dir))
    raw_file = f"file:{data_dir / DATABASE_FILE_NAME}?mode=ro"
    service_ms: dict[int, list[float]] = {length: [] for length in QUERIES}
    raw_ms: dict[int, list[float]] = {length: [] for length in QUERIES}
    hits: dict[int, list[int]] = {length: [] for length in QUERIES}
    try:
        with contextlib.closing(sqlite3.connect(raw_file, uri=True)) as raw:
            # Interleaved, so both see the same machine load.
            for _ in range(options.repeat):
                for length, words in QUERIES.items():
                    for word in words:
                        started = time.perf_counter()
                        with database.session() as session:
                            results = search(session, word)
                        service_ms[length].append((time.perf_counter() - started) * 1000)
                        hits[length].append(results.total)
                        started = time.perf_counter()
                        raw_search(raw, word)
                        raw_ms[length].append((time.perf_counter() - started) * 1000)
    finally:
        database.close()
    for length, words in QUERIES.items():
        letters = "1 letter" if length == 1 else f"{length} letters"
        shown = ", ".join(f'"{word}"' for word in words)
        note = f"{shown}; {median(hits[length]):.0f} hits shown"
        for share, label in ((0.5, "p50"), (0.95, "p95")):
            target = f"p95 ≤ {TARGET_P95_MS:g} ms" if label == "p95" else "—"
            emit(
                Figure(
                    f"Search, {letters}, {label}",
                    percentile(service_ms[length], share),
                    "ms",
                    target,
                    limit=TARGET_P95_MS if label == "p95" else None,
                    baseline=percentile(raw_ms[length], share),
                    baseline_name="raw FTS5",
                    note=note if label == "p95" else "",
                ),
                options.json,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

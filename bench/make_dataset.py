#!/usr/bin/env python3
"""Build a large, realistic PartnerDesk data folder for the benchmarks.

    bench/make_dataset.py --orgs 10000 --contacts 50000 --notes 200000 --requests 2000 --out DIR

Everything goes through the store: the folder is created by ``open_database`` (so the
schema is the app's own, migrations and search triggers included) and rows are written
into the SQLAlchemy models' tables with their own value conversions and defaults. The
full-text index is filled beside the rows, a chunk at a time, and each table's index is
checked by FTS5 against the table (dataset_writer.py). The same ``--seed`` always gives
the same data.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from dataset_records import DatasetBuilder

from partnerdesk.paths import DataLocation
from partnerdesk.services.sample_data.loading import store_has_data
from partnerdesk.store.database import open_database

DEFAULT_TODAY = date(2026, 11, 23)


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--notes", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=DEFAULT_TODAY,
        help="the day dates are counted from (fixed, so a seed always gives the same file)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the data folder to create")
    arguments = parser.parse_args(argv)
    if arguments.orgs < 2 or min(arguments.contacts, arguments.notes, arguments.requests) < 1:
        parser.error("at least 2 organizations and 1 contact, note and request are needed")
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    started = time.perf_counter()
    location = DataLocation(arguments.out.expanduser().resolve())
    database = open_database(location)
    try:
        with database.session() as session:
            if store_has_data(session):
                print(f"{location.data_dir} already holds records; choose an empty folder.")
                return 1
        builder = DatasetBuilder(
            database, random.Random(arguments.seed), arguments.today, log=_progress
        )
        try:
            counts = builder.build(
                organizations=arguments.orgs,
                contacts=arguments.contacts,
                notes=arguments.notes,
                requests=arguments.requests,
            )
        finally:
            builder.writer.close()
    finally:
        database.close()
    elapsed = time.perf_counter() - started
    checked = builder.writer.check_seconds
    size_mb = location.database_file.stat().st_size / 1e6 if location.database_file else 0
    summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
    print(f"Built {location.data_dir} in {elapsed:.1f} s ({size_mb:.0f} MB): {summary}")
    print(
        f"Search index: consistent with the records (checked in {checked:.1f} s of that, "
        "partly while the next rows were made)"
    )
    return 0


def _progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())

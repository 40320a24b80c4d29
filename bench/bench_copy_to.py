#!/usr/bin/env python3
"""Copy a laptop's data into an empty shared database, as Settings → Use a shared
database… (and ``partnerdesk copy-to``) does, against a PostgreSQL this script starts.

    bench/make_dataset.py --orgs 2000 --contacts 10000 --notes 40000 --requests 400 --out DIR
    bench/bench_copy_to.py --data-dir DIR [--repeat 3]

Each run gets a new, empty database on the same throwaway server (initdb in a temporary
folder, on loopback, with the server's usual durability settings) and is timed from the
start of ``set_up_shared_database`` (tables created by the migrations, then every record
copied, the search data and statistics made) to its return. The figure is the median;
the copy alone (without creating the tables) is given beside it. Needs PostgreSQL's
programs (initdb, pg_ctl), as the tests do.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import local_postgres
from benchkit import Figure, arguments, check_data_dir, emit, median
from local_postgres import LocalPostgres

from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.shared_setup import set_up_shared_database
from partnerdesk.store.database import open_database

# Twice as fast as before this was measured in issue 22 (83 s for 40,000 notes there;
# the "before" of this machine is in docs/performance.md).
TARGET = "at least 2× faster than before"


def new_database(server: LocalPostgres, number: int) -> str:
    from sqlalchemy import create_engine, text

    name = f"copy_{number}"
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.url(name)


def main() -> int:
    parser = arguments(__doc__.split("\n\n")[0], repeat=3)
    options = parser.parse_args()
    data_dir = check_data_dir(options.data_dir)
    laptop = open_database(DataLocation(data_dir))
    try:
        server = local_postgres.start(durable=True)
    except local_postgres.PostgresUnavailableError as error:
        laptop.close()
        sys.exit(str(error))
    whole: list[float] = []
    copying: list[float] = []
    try:
        for number in range(1, options.repeat + 1):
            url = new_database(server, number)
            started = time.perf_counter()
            copy_started: list[float] = []

            def progress(done: int, total: int, started: list[float] = copy_started) -> None:
                if not started:
                    started.append(time.perf_counter())

            with tempfile.TemporaryDirectory() as settings:
                ready = set_up_shared_database(Path(settings), url, laptop, progress=progress)
            ended = time.perf_counter()
            whole.append(ended - started)
            copying.append(ended - copy_started[0])
            if not options.json:
                print(f"  {whole[-1]:.2f} s ({ready.describe()})", flush=True)
    finally:
        laptop.close()
        server.stop()
    emit(
        Figure(
            "Copy this computer's data into an empty shared database (Settings, copy-to)",
            median(whole),
            "s",
            TARGET,
            note=f"the copy alone {median(copying):.2f} s; median of {len(whole)}",
        ),
        options.json,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

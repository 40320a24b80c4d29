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

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchkit import Figure, arguments, check_data_dir, emit, median

from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.shared_setup import set_up_shared_database
from partnerdesk.store.database import open_database

# Twice as fast as before this was measured in issue 22 (83 s for 40,000 notes there;
# the "before" of this machine is in docs/performance.md).
TARGET = "at least 2× faster than before"


class Server:
    """A PostgreSQL cluster in a temporary folder, stopped (and removed) at the end."""

    def __init__(self) -> None:
        bin_dirs = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
        found = [d for d in bin_dirs if (d / "initdb").exists()]
        on_path = shutil.which("initdb")
        if not found and not on_path:
            sys.exit("PostgreSQL's initdb was not found (apt-get install postgresql).")
        self.bin = found[0] if found else Path(str(on_path)).parent
        self.folder = Path(tempfile.mkdtemp(prefix="partnerdesk-bench-pg-"))
        self.run_as: list[str] = []
        if os.geteuid() == 0:  # initdb and pg_ctl refuse to run as root
            self.run_as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.folder, "postgres", "postgres")
        with contextlib.closing(socket.socket()) as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        data = str(self.folder / "data")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
        self._run("initdb", "-D", data, "-A", "trust", "-U", "bench", "-E", "UTF8")
        self._run(
            "pg_ctl", "-D", data, "-l", str(self.folder / "log"), "-w", "-o", options, "start"
        )
        self._numbers = iter(range(1, 1000))

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(
            [*self.run_as, str(self.bin / program), *args], capture_output=True, text=True
        )
        if done.returncode != 0:
            self.stop()
            sys.exit(f"{program} failed:\n{done.stderr}{done.stdout}")

    def new_database(self) -> str:
        from sqlalchemy import create_engine, text

        name = f"copy_{next(self._numbers)}"
        admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://bench@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        data = str(self.folder / "data")
        subprocess.run(
            [*self.run_as, str(self.bin / "pg_ctl"), "-D", data, "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def main() -> int:
    parser = arguments(__doc__.split("\n\n")[0], repeat=3)
    options = parser.parse_args()
    data_dir = check_data_dir(options.data_dir)
    laptop = open_database(DataLocation(data_dir))
    server = Server()
    whole: list[float] = []
    copying: list[float] = []
    try:
        for _ in range(options.repeat):
            url = server.new_database()
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

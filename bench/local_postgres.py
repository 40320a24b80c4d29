"""A throwaway PostgreSQL server for a benchmark: started in a temporary folder on a free
loopback port, stopped (and its folder removed) when the benchmark ends.

The same steps as tests/postgres_server.py, kept here because the benchmarks do not
import the tests. initdb and pg_ctl refuse to run as root; as root they run as the
``postgres`` user. The server is tuned as a developer's laptop server would be for a
benchmark: durability off (the cluster lives minutes), memory settings left as shipped,
so the figures are what a default server gives. ``start(durable=True)`` keeps the
server's usual durability, for timing writes (copying into a shared database) as an
office's server would take them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "bench"


class PostgresUnavailableError(RuntimeError):
    """The server could not be started; the message says why."""


@dataclass
class LocalPostgres:
    directory: Path
    port: int
    bin_dir: Path
    run_as: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @property
    def version(self) -> str:
        done = subprocess.run(
            [str(self.bin_dir / "postgres"), "--version"], capture_output=True, text=True
        )
        return done.stdout.strip().removeprefix("postgres (PostgreSQL) ")

    def stop(self) -> None:
        data = str(self.directory / "data")
        subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", data, "-m", "fast", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def find_bin_dir() -> Path:
    """The newest installed PostgreSQL's programs (Debian's layout), or those on PATH."""
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailableError(
        "PostgreSQL's initdb was not found (apt-get install postgresql installs it)."
    )


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(*, durable: bool = False) -> LocalPostgres:
    bin_dir = find_bin_dir()
    directory = Path(tempfile.mkdtemp(prefix="partnerdesk-bench-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(directory, "postgres", "postgres")
    server = LocalPostgres(directory, _free_port(), bin_dir, run_as)
    data, log = str(directory / "data"), str(directory / "log")
    options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {directory}"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    initdb = [str(bin_dir / "initdb"), "-D", data, "-A", "trust", "-U", SUPERUSER]
    steps = [
        [*initdb, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
        [str(bin_dir / "pg_ctl"), "-D", data, "-l", log, "-w", "-o", options, "start"],
    ]
    for step in steps:
        done = subprocess.run([*run_as, *step], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log_file = directory / "log"
            details = done.stderr + done.stdout
            details += log_file.read_text() if log_file.exists() else ""
            server.stop()
            raise PostgresUnavailableError(f"{step[0]} failed:\n{details}")
    return server


@contextlib.contextmanager
def running() -> Iterator[LocalPostgres]:
    server = start()
    try:
        yield server
    finally:
        server.stop()

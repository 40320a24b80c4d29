"""A throwaway PostgreSQL server on loopback for the tests (see ../shared/stack.md).

Started once per test run when PARTNERDESK_TEST_POSTGRES=1, stopped at the end. initdb
and pg_ctl refuse to run as root, so as root they run as the ``postgres`` user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

POSTGRES_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SUPERUSER = "test"


class PostgresUnavailableError(RuntimeError):
    """The server could not be started; the message says why."""


@dataclass
class PostgresServer:
    directory: Path
    port: int
    bin_dir: Path
    run_as: list[str]

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        data = str(self.directory / "data")
        subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _find_bin_dir() -> Path:
    for candidate in POSTGRES_BIN_DIRS:
        if (candidate / "initdb").exists():
            return candidate
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailableError(
        "PostgreSQL's initdb was not found (apt-get install postgresql installs it)."
    )


PASSWORD_ROLE = "needs_password"


def _require_passwords_for_some_users(hba: Path, run_as: list[str]) -> None:
    """Members of PASSWORD_ROLE must give a password, so "wrong password" can be tested."""
    line = f"host all +{PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
    content = line + hba.read_text()
    hba.write_text(content)
    if run_as:
        shutil.chown(hba, "postgres", "postgres")


def start_server() -> PostgresServer:
    bin_dir = _find_bin_dir()
    directory = Path(tempfile.mkdtemp(prefix="partnerdesk-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(directory, "postgres", "postgres")
    port = _free_port()
    server = PostgresServer(directory, port, bin_dir, run_as)
    data, log = str(directory / "data"), str(directory / "log")
    # Durability settings off: the cluster lives for one test run.
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {directory} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    initdb = [str(bin_dir / "initdb"), "-D", data, "-A", "trust", "-U", SUPERUSER]
    steps = [
        [*initdb, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
        [str(bin_dir / "pg_ctl"), "-D", data, "-l", log, "-w", "-o", options, "start"],
    ]
    for number, step in enumerate(steps):
        if number == 1:
            _require_passwords_for_some_users(directory / "data" / "pg_hba.conf", run_as)
        done = subprocess.run([*run_as, *step], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log_file = directory / "log"
            details = done.stderr + done.stdout
            details += log_file.read_text() if log_file.exists() else ""
            server.stop()
            raise PostgresUnavailableError(f"{step[0]} failed:\n{details}")
    return server

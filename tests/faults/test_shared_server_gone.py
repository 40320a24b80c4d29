"""The shared PostgreSQL server stopping in the middle of an import (issue 16, item 10)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_server import PostgresServer, start_server

from .harness import contacts_csv, failures_shown

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own: it is stopped (immediately, as by a crash) mid-import."""
    server = start_server()
    yield server
    server.stop()


def test_an_import_when_the_server_goes_away_gets_a_sentence(
    own_server: PostgresServer, tmp_path: Path
) -> None:
    command = [
        sys.executable,
        "-m",
        "partnerdesk",
        "--data-dir",
        str(tmp_path / "laptop"),
        "--database-url",
        own_server.url(),
    ]
    loaded = subprocess.run([*command, "demo"], capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, loaded.stderr
    csv = contacts_csv(tmp_path / "many.csv", 4000, "Shared")
    importing = subprocess.Popen(
        [*command, "import", str(csv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _wait_for_a_long_transaction(own_server)
    subprocess.run(
        [
            *own_server.run_as,
            str(own_server.bin_dir / "pg_ctl"),
            "-D",
            str(own_server.directory / "data"),
            "-m",
            "immediate",
            "stop",
        ],
        capture_output=True,
        check=False,
    )
    out, err = importing.communicate(timeout=120)
    assert importing.returncode == 1, out
    assert "Nothing from this command was saved" in err
    assert not failures_shown(out + err)


def _wait_for_a_long_transaction(server: PostgresServer, limit: float = 60) -> None:
    """Until the import has been writing (in its transaction) for a moment."""
    import psycopg

    deadline = time.monotonic() + limit
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as watcher:
        while time.monotonic() < deadline:
            writing = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'PartnerDesk' "
                "AND now() - xact_start > interval '300 milliseconds'"
            ).fetchone()
            if writing and writing[0]:
                return
            time.sleep(0.05)
    pytest.fail("the import never started writing")

"""Asking the tests for PostgreSQL and not getting it fails the run; it never skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_asking_for_postgresql_without_a_server_fails_the_run() -> None:
    environment = os.environ | {
        "PARTNERDESK_TEST_POSTGRES_URL": "postgresql+psycopg://nobody@127.0.0.1:1/postgres"
    }
    command = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/store/test_database.py"]
    done = subprocess.run(
        [sys.executable, *command, "-k", "reopening"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "PostgreSQL was asked for" in done.stdout + done.stderr

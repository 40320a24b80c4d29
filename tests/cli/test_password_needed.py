"""A command run unattended on the shared database chosen in Settings, with no password
store and no terminal to ask in: it says a password is needed and how to give it
(issue 22, item 8), instead of "the server refused the user name or password"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk.shared_database import SharedServer, save_server
from tests.postgres_databases import PostgresDatabases

pytestmark = pytest.mark.postgresql_only


def test_a_scheduled_command_without_a_password_says_how_to_give_one(
    postgres: PostgresDatabases, postgres_url: str, tmp_path: Path
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    with_password = postgres.user_with_password("clerk_issue22", "Tuesday-Rooms-22", database)
    server, _password = SharedServer.from_address(with_password)
    laptop = tmp_path / "laptop"
    save_server(laptop, server)
    environment = {
        key: value for key, value in os.environ.items() if key not in ("PGPASSWORD", "PGPASSFILE")
    }
    environment |= {
        "PARTNERDESK_DATA_DIR": str(laptop),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PGPASSFILE": str(tmp_path / "no-pgpass"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "list", "organizations"],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,  # no terminal to ask in
        timeout=120,
    )
    assert result.returncode == 1
    assert "needs the password of clerk_issue22" in result.stderr
    assert "PGPASSWORD" in result.stderr
    assert "refused" not in result.stderr and "Traceback" not in result.stderr

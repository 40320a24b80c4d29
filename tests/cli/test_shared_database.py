"""The commands against a shared PostgreSQL database, as a support script would run them."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.paths import DATABASE_URL_ENV
from partnerdesk.shared_database import SharedServer, save_server
from tests.cli.test_commands import run_cli
from tests.postgres_databases import PostgresDatabases

pytestmark = pytest.mark.postgresql_only
NO_KEYRING = "keyring.backends.fail.Keyring"


@pytest.fixture
def empty_url(postgres: PostgresDatabases) -> Iterator[str]:
    url = postgres.create_database(empty=True)
    yield url
    postgres.drop_database(url)


def test_check_demo_list_and_export_on_the_shared_database(empty_url: str, tmp_path: Path) -> None:
    home = {"PARTNERDESK_DATA_DIR": str(tmp_path / "laptop")}
    checked = run_cli("--database-url", empty_url, "check", env=home)
    assert checked.returncode == 0, checked.stderr
    assert "the shared database" in checked.stdout and "up to date" in checked.stdout

    loaded = run_cli("--database-url", empty_url, "demo", env=home)
    assert loaded.returncode == 0, loaded.stderr

    # The URL from the environment works the same as the option.
    listed = run_cli("list", "requests", "--json", env=home | {DATABASE_URL_ENV: empty_url})
    assert listed.returncode == 0, listed.stderr
    requests = json.loads(listed.stdout)
    assert {"vetting", "declined"} <= {request["stage"] for request in requests}

    report = tmp_path / "vetting.docx"
    request_id = str(requests[0]["id"])
    exported = run_cli(
        "--database-url", empty_url, "export", "vetting", request_id, str(report), env=home
    )
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(report) as document:
        assert requests[0]["title"].split()[0] in document.read("word/document.xml").decode()
    # Nothing of the shared data lands on the laptop.
    assert not (tmp_path / "laptop" / "partnerdesk.sqlite3").exists()


def test_check_explains_a_missing_database(postgres: PostgresDatabases, tmp_path: Path) -> None:
    result = run_cli(
        "--database-url",
        postgres.url_for("no_such_partners"),
        "check",
        env={"PARTNERDESK_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "no database called no_such_partners" in result.stderr
    assert "Traceback" not in result.stderr


def test_commands_follow_the_shared_database_chosen_in_settings(
    empty_url: str, tmp_path: Path
) -> None:
    """What the app's Settings chose (kept in the data folder) is where commands look too."""
    laptop = tmp_path / "laptop"
    server, _password = SharedServer.from_address(empty_url)
    save_server(laptop, server)
    # No password store in the child process (and never the machine's own keyring):
    # this test server lets the user in without one.
    home = {"PARTNERDESK_DATA_DIR": str(laptop), "PYTHON_KEYRING_BACKEND": NO_KEYRING}
    assert run_cli("demo", env=home).returncode == 0
    listed = run_cli("list", "organizations", "--json", env=home)
    assert listed.returncode == 0, listed.stderr
    assert "Riverbend Health System" in {row["name"] for row in json.loads(listed.stdout)}
    assert not (laptop / "partnerdesk.sqlite3").exists()

    # An address given on the command line still wins over the setting.
    elsewhere = run_cli("--database-url", f"sqlite:///{tmp_path / 'other.db'}", "demo", env=home)
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert (tmp_path / "other.db").exists()


def test_a_data_folder_and_a_database_address_together(empty_url: str, tmp_path: Path) -> None:
    """The folder keeps this computer's log and settings; the records live on the server."""
    laptop = tmp_path / "laptop"
    result = run_cli("--data-dir", str(laptop), "--database-url", empty_url, "demo")
    assert result.returncode == 0, result.stderr
    assert (laptop / "partnerdesk.log").exists()
    assert not (laptop / "partnerdesk.sqlite3").exists()

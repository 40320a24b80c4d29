"""``partnerdesk copy-to URL``: this computer's data into an empty shared database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.paths import DataLocation
from partnerdesk.shared_database import saved_server
from partnerdesk.store.copy_records import record_counts
from partnerdesk.store.database import open_database
from partnerdesk.store.engine import open_engine
from partnerdesk.store.models import Organization
from tests.postgres_databases import PostgresDatabases

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def empty_url(postgres: PostgresDatabases) -> Iterator[str]:
    url = postgres.create_database(empty=True)
    yield url
    postgres.drop_database(url)


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A data folder holding the sample records."""
    folder = tmp_path / "laptop"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def _counts(url: str) -> dict[str, int]:
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            return record_counts(connection)
    finally:
        engine.dispose()


def test_copy_to_copies_everything_and_says_so(
    laptop: Path, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(laptop), "copy-to", empty_url, "--yes"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Copying ") and "organizations" in out[0]
    assert "  100% copied, preparing the search…" in out
    assert out[-2].startswith("Copied ") and out[-2].endswith("to the shared database.")
    local = open_database(DataLocation(laptop))
    try:
        with local.engine.connect() as connection:
            assert _counts(empty_url) == record_counts(connection)
    finally:
        local.close()
    assert saved_server(laptop) is None  # this computer still uses its own data


def test_a_database_holding_records_is_refused_and_left_alone(
    laptop: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = open_database(DataLocation(laptop / "other", postgres_url))
    with shared.session() as session:
        session.add(Organization(name="Already There Co-op"))
    shared.close()
    capsys.readouterr()

    assert main(["--data-dir", str(laptop), "copy-to", postgres_url, "--yes"]) == 1

    captured = capsys.readouterr()
    assert "already holds records (1 organization)" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _counts(postgres_url)["organizations"] == 1


def test_without_yes_it_asks_and_copies_nothing_when_no_one_can_answer(
    laptop: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(laptop), "copy-to", postgres_url]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert set(_counts(postgres_url).values()) == {0}


def test_wrong_usage_exits_2(laptop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = laptop.parent / "other.sqlite3"
    assert main(["--data-dir", str(laptop), "copy-to", f"sqlite:///{other}", "--yes"]) == 2
    assert "not the address of a PostgreSQL database" in capsys.readouterr().err
    assert not other.exists()

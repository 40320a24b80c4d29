"""Damaged data files (issue 16, items 1, 3, 4): restore still works, `check` says so plainly,
and a damaged or emptied store never pushes a good backup out of the rotation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import (
    BackupError,
    backup_now,
    describe_backup,
    newest_good_backup,
    restore_backup,
)
from partnerdesk.store.backup import backup_sqlite_file
from partnerdesk.store.backup_rotation import KEEP_RECENT, backups_in
from partnerdesk.store.database import open_database
from partnerdesk.ui.startup import RESTORE, open_with_recovery
from tests.ui.conftest import RecordingDialogs

from .harness import (
    SAMPLE_CONTACTS,
    data_file,
    failures_shown,
    page_count,
    run_cli,
    sample_store,
    zero_page,
)

pytestmark = pytest.mark.sqlite_only


def _contacts(location: DataLocation) -> int:
    database = open_database(location)
    try:
        with database.session() as session:
            return int(session.execute(sqlite_count("contacts")).scalar_one())
    finally:
        database.close()


def sqlite_count(table: str):
    from sqlalchemy import text

    return text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")


def _damaged_store(data_dir: Path, page: int) -> tuple[DataLocation, Path, bytes]:
    """A store with a good backup, then one page of its data file zeroed."""
    location = sample_store(data_dir)
    good = backup_now(location, "manual")
    path = data_file(data_dir)
    zero_page(path, page if page > 0 else page_count(path) + page)
    return location, good, path.read_bytes()


# Page 1 holds the header and the schema's root; page 2 is in the schema; -3 is records.
@pytest.mark.parametrize("page", [1, 2, -3])
def test_a_damaged_file_is_set_aside_whole_and_the_backup_restored(
    data_dir: Path, page: int
) -> None:
    location, good, damaged_bytes = _damaged_store(data_dir, page)
    kept = restore_backup(location, good)
    assert kept is not None and kept.name.endswith("-damaged.sqlite3")
    assert kept.read_bytes() == damaged_bytes, "the damaged file is kept byte for byte"
    assert _contacts(location) == SAMPLE_CONTACTS
    assert newest_good_backup(location).path == good  # type: ignore[union-attr]


def test_restore_command_on_a_damaged_file_names_the_kept_copy(data_dir: Path) -> None:
    _location, good, damaged_bytes = _damaged_store(data_dir, 1)
    result = run_cli("restore", str(good), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert not failures_shown(result.stdout + result.stderr)
    line = result.stdout.splitlines()[-1]
    assert line.startswith("The damaged data file is kept, unchanged, in ")
    assert Path(line.rsplit(" in ", 1)[1]).read_bytes() == damaged_bytes


def test_the_window_offers_the_backup_for_a_damaged_file_and_names_the_kept_copy(
    data_dir: Path,
) -> None:
    location, _good, damaged_bytes = _damaged_store(data_dir, 1)
    dialogs = RecordingDialogs(choices=[RESTORE])
    opened = open_with_recovery(location, dialogs)
    assert opened is not None and not isinstance(opened, type(None))
    opened.close()  # type: ignore[union-attr]
    kinds = [kind for kind, _title, _text in dialogs.shown]
    assert kinds == ["choose", "inform"]
    kept = dialogs.shown[1][2].removeprefix("The damaged data file is kept, unchanged, in ")
    assert Path(kept.rstrip(".")).read_bytes() == damaged_bytes
    assert _contacts(location) == SAMPLE_CONTACTS


@pytest.mark.parametrize("page", [3, -40, -1])
def test_check_reports_one_zeroed_page_plainly(
    data_dir: Path, page: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _damaged_store(data_dir, page)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    said = capsys.readouterr()
    assert "damaged" in said.err
    assert not failures_shown(said.out + said.err)


def test_a_backup_of_a_damaged_file_says_so_and_pushes_no_good_one_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location, good, _ = _damaged_store(data_dir, -3)
    for _ in range(KEEP_RECENT + 2):
        assert main(["--data-dir", str(data_dir), "backup"]) == 1
        said = capsys.readouterr()
        assert "damaged" in said.err and not failures_shown(said.err)
    assert good.exists(), "the good backup stays"
    names = [backup.path.name for backup in backups_in(location.backup_dir)]
    assert all(name.endswith("-damaged.sqlite3") for name in names if name != good.name)
    assert newest_good_backup(location).path == good  # type: ignore[union-attr]


# An empty file: truncated to nothing, or a database with no PartnerDesk tables.
@pytest.mark.parametrize("emptied", ["zero bytes", "no tables"])
def test_an_emptied_data_file_with_backups_is_damaged_not_a_fresh_start(
    data_dir: Path, emptied: str, capsys: pytest.CaptureFixture[str]
) -> None:
    location = sample_store(data_dir)
    good = backup_now(location, "manual")
    path = data_file(data_dir)
    path.write_bytes(b"")
    if emptied == "no tables":
        sqlite3.connect(path).execute("PRAGMA user_version=1").connection.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    said = capsys.readouterr()
    assert "is empty" in said.err and "backups" in said.err
    assert "All good" not in said.out

    dialogs = RecordingDialogs(choices=[RESTORE])
    opened = open_with_recovery(location, dialogs)
    assert opened is not None
    opened.close()  # type: ignore[union-attr]
    assert "newest good backup" in dialogs.shown[0][2]
    assert _contacts(location) == SAMPLE_CONTACTS
    assert good.exists()


def test_a_zero_byte_file_without_backups_is_still_a_fresh_start(data_dir: Path) -> None:
    data_file(data_dir).write_bytes(b"")
    result = main(["--data-dir", str(data_dir), "check"])
    assert result == 0


def test_backups_of_an_emptied_store_keep_the_last_one_with_records(data_dir: Path) -> None:
    location = sample_store(data_dir)
    folder = location.backup_dir
    with_records = backup_sqlite_file(data_file(data_dir), folder / _named(0))
    # Everything deleted (or a new empty store): the rotation fills with empty backups,
    # all newer than the last one with records and on the same day, so only the
    # "keep what holds records" rule can save it.
    data_file(data_dir).unlink()
    open_database(location).close()
    for minute in range(1, KEEP_RECENT + 4):
        backup_sqlite_file(data_file(data_dir), folder / _named(minute))
    backup_now(location, "automatic")
    assert with_records.exists()
    assert describe_backup(with_records).counts["contacts"] == SAMPLE_CONTACTS
    assert len(backups_in(folder)) == KEEP_RECENT + 1


def _named(minute: int) -> str:
    return f"partnerdesk-2026-01-01-00{minute:02d}00-automatic.sqlite3"


def test_backup_of_a_file_too_damaged_to_copy_is_refused_plainly(data_dir: Path) -> None:
    location, _good, _ = _damaged_store(data_dir, 1)
    with pytest.raises(BackupError, match="damaged"):
        backup_now(location, "manual")
    assert not list(location.backup_dir.glob("*.partial")), "no half copy is left"

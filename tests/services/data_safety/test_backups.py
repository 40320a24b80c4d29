"""Backups: taken with SQLite's backup API, rotated, checked before use, restored."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.data_safety.backups import (
    BackupError,
    backup_now,
    check_backup,
    describe_backup,
    list_backups,
    restore_backup,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.backup_rotation import (
    KEEP_RECENT,
    BackupFile,
    backups_to_remove,
    parse_backup_name,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Organization

# Backups and archives are copies of the SQLite file; a shared server has its own.
pytestmark = pytest.mark.sqlite_only


def _sample(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session)


def test_a_backup_holds_the_records_and_is_listed(database: Database) -> None:
    _sample(database)
    written = backup_now(database.location, "manual")
    assert written.parent == database.location.backup_dir
    info = describe_backup(written)
    assert info.counts == {"organizations": 6, "contacts": 10, "notes": 7, "requests": 3}
    assert info.reason == "manual"
    assert [entry.path for entry in list_backups(database.location)] == [written]
    assert written.stat().st_mode & 0o777 == 0o600


def test_backup_to_a_chosen_file(database: Database, tmp_path: Path) -> None:
    _sample(database)
    target = tmp_path / "usb stick" / "copy é.sqlite3"
    assert backup_now(database.location, destination=target) == target
    check_backup(target)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, not a database", b"PK\x03\x04" + b"\x00" * 200],
    ids=["empty", "text", "zip"],
)
def test_things_that_are_not_backups_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fake.sqlite3"
    path.write_bytes(content)
    with pytest.raises(BackupError, match="not a PartnerDesk backup"):
        check_backup(path)


def test_another_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(BackupError, match="not a PartnerDesk backup"):
        check_backup(path)


def test_restore_puts_the_backup_back_and_keeps_what_was_there(database: Database) -> None:
    _sample(database)
    backup = backup_now(database.location, "manual")
    with database.session() as session:
        session.add(Organization(name="Added after the backup"))
    location = database.location
    database.close()

    safety = restore_backup(location, backup)
    assert safety is not None and "before-restore" in safety.name
    assert describe_backup(safety).counts["organizations"] == 7
    reopened = open_database(location)
    try:
        with reopened.session() as session:
            names = {o.name for o in session.query(Organization)}
    finally:
        reopened.close()
    assert "Added after the backup" not in names
    assert len(names) == 6


def test_a_backup_from_a_newer_partnerdesk_is_refused(database: Database) -> None:
    _sample(database)
    backup = backup_now(database.location, "manual")
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(database.location, backup)


def test_rotation_keeps_recent_daily_weekly_and_monthly(tmp_path: Path) -> None:
    start = datetime(2026, 11, 23, 18, 0)
    backups = [
        BackupFile(tmp_path / f"b{hours}", start - timedelta(hours=hours), "automatic")
        for hours in range(0, 24 * 400, 6)  # every six hours for more than a year
    ]
    backups.append(BackupFile(tmp_path / "upgrade", start - timedelta(days=500), "before-upgrade"))
    removed = {b.path for b in backups_to_remove(backups)}
    kept = [b for b in backups if b.path not in removed]
    assert tmp_path / "upgrade" in {b.path for b in kept}
    assert all(b.path in {k.path for k in kept} for b in backups[:KEEP_RECENT])
    assert len(kept) < 60
    days_kept = {b.taken_at.date() for b in kept}
    assert (start - timedelta(days=300)).date().replace(day=1) <= max(days_kept)
    oldest_automatic = min(b.taken_at for b in kept if b.reason == "automatic")
    assert start - oldest_automatic > timedelta(days=300)


def test_backup_names_are_understood() -> None:
    parsed = parse_backup_name(
        Path("partnerdesk-2026-11-23-101500-before-upgrade-from-0001.sqlite3")
    )
    assert parsed is not None
    assert parsed.reason == "before-upgrade-from-0001"
    assert not parsed.rotates
    assert parse_backup_name(Path("holiday-photo.jpg")) is None


def test_a_shared_database_has_no_local_backups(tmp_path: Path) -> None:
    location = DataLocation(tmp_path, "postgresql+psycopg://staff@db.example/partnerdesk")
    with pytest.raises(BackupError, match="shared database"):
        backup_now(location)


def test_nothing_to_back_up_yet(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no PartnerDesk data"):
        backup_now(DataLocation(tmp_path / "empty"))
    assert not (tmp_path / "empty" / DATABASE_FILE_NAME).exists()

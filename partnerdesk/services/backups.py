"""Backups the user can rely on: taken safely, rotated, listed, checked and restored."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partnerdesk.paths import DataLocation
from partnerdesk.store.backup import backup_sqlite_file, timestamped_name
from partnerdesk.store.backup_rotation import backups_in, backups_to_remove, parse_backup_name
from partnerdesk.store.database import SQLITE_HEADER
from partnerdesk.store.errors import StoreError
from partnerdesk.store.schema import known_revisions
from partnerdesk.store.schema_check import UnexpectedSchemaError, check_schema

COUNTED_TABLES = {
    "organizations": "organizations",
    "contacts": "contacts",
    "notes": "outreach_notes",
    "requests": "partnership_requests",
}


SHARED_DATABASE_MESSAGE = (
    "PartnerDesk is using a shared database. Its backups are made by the server it runs "
    "on; ask whoever looks after that server."
)


class BackupError(StoreError):
    """A backup could not be taken or used; the message says why, for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    counts: dict[str, int]
    reason: str


def _database_file(location: DataLocation) -> Path:
    database_file = location.database_file
    if database_file is None:
        raise BackupError(SHARED_DATABASE_MESSAGE)
    return database_file


def backup_now(
    location: DataLocation,
    reason: str = "manual",
    destination: Path | None = None,
    folder: Path | None = None,
) -> Path:
    """Write a backup (to ``destination``, or a new name in the backup folder) and rotate."""
    database_file = _database_file(location)
    if not database_file.exists():
        raise BackupError("There is no PartnerDesk data to back up yet.")
    folder = folder or location.backup_dir
    target = destination or folder / timestamped_name(reason)
    try:
        written = backup_sqlite_file(database_file, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"The backup could not be written to {target}: {error}") from error
    if destination is None:
        for old in backups_to_remove(backups_in(folder)):
            old.path.unlink(missing_ok=True)
    return written


def describe_backup(path: Path) -> BackupInfo:
    """What a backup holds; raises BackupError when it is not a PartnerDesk backup."""
    check_backup(path)
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        counts = {
            name: connection.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"  # fixed table names
            ).fetchone()[0]
            for name, table in COUNTED_TABLES.items()
        }
    parsed = parse_backup_name(path)
    taken_at = parsed.taken_at if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, taken_at, path.stat().st_size, counts, parsed.reason if parsed else "")


def check_backup(path: Path) -> str:
    """Refuse anything that is not a readable PartnerDesk database; returns its revision."""
    not_ours = BackupError(f"{path} is not a PartnerDesk backup, so it was not used.")
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise not_ours
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", *COUNTED_TABLES.values()} <= tables:
                raise not_ours
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"The backup {path} is damaged, so it was not used.")
    except OSError as error:
        raise BackupError(f"PartnerDesk cannot read {path}: {error.strerror}.") from error
    except sqlite3.DatabaseError as error:
        raise not_ours from error
    if revision is None or revision[0] not in known_revisions():
        raise BackupError(
            f"The backup {path} was made by a newer version of PartnerDesk. Install the "
            "latest PartnerDesk to restore it."
        )
    try:  # the right table names are not enough: a foreign trigger would run in the store
        check_schema(path, str(revision[0]))
    except UnexpectedSchemaError as error:
        raise BackupError(str(error)) from error
    return str(revision[0])


def restore_backup(location: DataLocation, backup: Path) -> Path | None:
    """Replace the current data with ``backup``; the current data is backed up first.

    Returns the safety backup of what was there before (None if there was nothing).
    Run it only while PartnerDesk is not writing to the store.
    """
    check_backup(backup)
    database_file = _database_file(location)
    safety = None
    if database_file.exists():
        safety = backup_now(location, "before-restore")
    location.ensure_exists()
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
            contextlib.closing(sqlite3.connect(database_file)) as target,
        ):
            # The backup API writes through SQLite's own locking and WAL handling.
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as error:
        raise BackupError(f"The backup could not be restored: {error}") from error
    database_file.chmod(0o600)
    return safety


def list_backups(location: DataLocation, folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the folder, newest first; unreadable files are left out."""
    infos = []
    for backup in backups_in(folder or location.backup_dir):
        try:
            infos.append(describe_backup(backup.path))
        except BackupError:
            continue
    return infos


def newest_good_backup(location: DataLocation, folder: Path | None = None) -> BackupInfo | None:
    """The most recent backup that passes every check, if any."""
    backups = list_backups(location, folder)
    return backups[0] if backups else None


def set_aside_damaged(location: DataLocation) -> Path | None:
    """Move a damaged data file (and its journal files) into the backup folder, untouched.

    Nothing is deleted: whoever helps the organization may still rescue something from it.
    """
    database_file = _database_file(location)
    if not database_file.exists():
        return None
    folder = location.backup_dir
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / timestamped_name("damaged")
    database_file.replace(target)
    for suffix in ("-wal", "-shm"):
        companion = database_file.with_name(database_file.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target

"""Backups the user can rely on: taken safely, rotated, listed, checked and restored."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages, translate
from partnerdesk.paths import DataLocation
from partnerdesk.regular_files import open_regular_file
from partnerdesk.store.backup import (
    backup_sqlite_file,
    holds_records,
    quick_check_problems,
    timestamped_name,
)
from partnerdesk.store.backup_rotation import (
    DAMAGED_SUFFIX,
    BackupFile,
    backups_in,
    backups_to_remove,
    parse_backup_name,
)
from partnerdesk.store.database import SQLITE_HEADER
from partnerdesk.store.errors import StoreError
from partnerdesk.store.schema import known_revisions
from partnerdesk.store.schema_check import UnexpectedSchemaError, check_schema

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

# Plural forms (core/translation.py: the variable is named like its context).
backup_contents = Messages("backup_contents")
COUNTED_TABLES = {
    "organizations": "organizations",
    "contacts": "contacts",
    "notes": "outreach_notes",
    "requests": "partnership_requests",
}


SHARED_DATABASE_MESSAGE = QT_TRANSLATE_NOOP(
    "Backups",
    "PartnerDesk is using a shared database. Its backups are made by the server it runs "
    "on; ask whoever looks after that server.",
)


class BackupError(StoreError):
    """A backup could not be taken or used; the message says why, for the user."""


class DamagedBackupError(BackupError):
    """The data file is damaged: its copy was kept, under a name that says so, at ``path``."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    counts: dict[str, int]
    reason: str

    def holds(self) -> str:
        """What it holds, e.g. "4 organizations, 1 contact, 9 notes, 2 requests": each
        count with its own plural form (issue 21)."""
        counts = self.counts
        return ", ".join(
            (
                backup_contents.tr("%n organization(s)", "", counts.get("organizations", 0)),
                backup_contents.tr("%n contact(s)", "", counts.get("contacts", 0)),
                backup_contents.tr("%n note(s)", "", counts.get("notes", 0)),
                backup_contents.tr("%n request(s)", "", counts.get("requests", 0)),
            )
        )


def _database_file(location: DataLocation) -> Path:
    database_file = location.database_file
    if database_file is None:
        raise BackupError(translate("Backups", SHARED_DATABASE_MESSAGE))
    return database_file


def backup_now(
    location: DataLocation,
    reason: str = "manual",
    destination: Path | None = None,
    folder: Path | None = None,
) -> Path:
    """Write a backup (to ``destination``, or a new name in the backup folder) and rotate.

    A copy that fails SQLite's quick check is renamed to say it is damaged (so it never
    counts as a good backup, nor pushes one out of the rotation) and DamagedBackupError
    says where it is.
    """
    database_file = _database_file(location)
    if not database_file.exists():
        raise BackupError(translate("Backups", "There is no PartnerDesk data to back up yet."))
    if database_file.is_dir():
        raise BackupError(
            translate(
                "Backups", "{database_file} is a folder, not PartnerDesk's data file."
            ).format(database_file=database_file)
        )
    folder = folder or location.backup_dir
    target = destination or folder / timestamped_name(reason)
    # Checked under a name of its own before it takes its final one: a damaged copy must
    # never replace a good backup, not even one taken the same second.
    unchecked = target.with_name(target.name + ".unchecked")
    try:
        backup_sqlite_file(database_file, unchecked)
    except sqlite3.DatabaseError as error:
        if quick_check_problems(database_file):
            raise BackupError(
                translate(
                    "Backups",
                    "PartnerDesk's data file is damaged and could not be copied ({error}). "
                    "Restore your most recent backup.",
                ).format(error=error)
            ) from error
        raise BackupError(
            translate("Backups", "The backup could not be written to {target}: {error}").format(
                target=target, error=error
            )
        ) from error
    except OSError as error:
        raise BackupError(
            translate("Backups", "The backup could not be written to {target}: {reason}.").format(
                target=target, reason=file_reason(error)
            )
        ) from error
    problems = quick_check_problems(unchecked)
    if problems:
        damaged = target.with_name(target.stem + DAMAGED_SUFFIX + target.suffix)
        unchecked.replace(damaged)
        raise DamagedBackupError(
            translate(
                "Backups",
                "PartnerDesk's data file is damaged. A copy was kept as "
                "{damaged}, but it is not a good backup: restore your most recent good "
                "backup. SQLite reported: {problems}",
            ).format(damaged=damaged, problems="; ".join(problems[:3])),
            damaged,
        )
    written = unchecked.replace(target)
    if destination is None:
        _rotate(folder)
    return written


def _rotate(folder: Path) -> None:
    backups = backups_in(folder)
    going = backups_to_remove(backups)
    if not going:
        return
    # Backups of an emptied store must never push out the last one that holds records.
    kept = _newest_with_records(backups)
    for old in going:
        if kept is None or old.path != kept.path:
            old.path.unlink(missing_ok=True)


def _newest_with_records(backups: list[BackupFile]) -> BackupFile | None:
    for backup in backups:  # newest first; usually the first one answers
        if not backup.damaged and holds_records(backup.path):
            return backup
    return None


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
    not_ours = BackupError(
        translate("Backups", "{path} is not a PartnerDesk backup, so it was not used.").format(
            path=path
        )
    )
    try:
        # Never a blocking open: a pipe or a device given as a backup would hang here.
        with open_regular_file(path) as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise not_ours
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", *COUNTED_TABLES.values()} <= tables:
                raise not_ours
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(
                    translate(
                        "Backups", "The backup {path} is damaged, so it was not used."
                    ).format(path=path)
                )
    except OSError as error:
        raise BackupError(
            translate("Backups", "PartnerDesk cannot read {path}: {reason}.").format(
                path=path, reason=file_reason(error)
            )
        ) from error
    except sqlite3.DatabaseError as error:
        raise not_ours from error
    if revision is None or revision[0] not in known_revisions():
        raise BackupError(
            translate(
                "Backups",
                "The backup {path} was made by a newer version of PartnerDesk. Install the "
                "latest PartnerDesk to restore it.",
            ).format(path=path)
        )
    try:  # the right table names are not enough: a foreign trigger would run in the store
        check_schema(path, str(revision[0]))
    except UnexpectedSchemaError as error:
        raise BackupError(str(error)) from error
    return str(revision[0])


def restore_backup(location: DataLocation, backup: Path) -> Path | None:
    """Replace the current data with ``backup``; the current data is kept first.

    Returns where what was there before is kept (None if there was nothing): a backup,
    or, when the current file is damaged, that file itself set aside unchanged (its
    journal files with it) — the moment a restore matters most.
    Run it only while PartnerDesk is not writing to the store (hold the folder's lock).
    """
    check_backup(backup)
    database_file = _database_file(location)
    safety = None
    if database_file.exists():
        safety = _keep_current(location, database_file)
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
        raise BackupError(
            translate("Backups", "The backup could not be restored: {error}").format(error=error)
        ) from error
    database_file.chmod(0o600)
    return safety


def _keep_current(location: DataLocation, database_file: Path) -> Path | None:
    """Keep what is there now before it is replaced; where it is kept."""
    if database_file.stat().st_size == 0 or quick_check_problems(database_file):
        # SQLite's backup API cannot read a file damaged in its schema or first page, and
        # a copy through SQLite may drop what it cannot read: keep the bytes themselves.
        return set_aside_damaged(location)
    try:
        return backup_now(location, "before-restore")
    except DamagedBackupError as damaged:
        return damaged.path


def kept_sentence(kept: Path, before: str | None = None) -> str:
    """Where what was there before a restore is kept, as the user reads it.

    ``before``: the caller's words for it, already translated ("What you had before").
    """
    if kept.stem.endswith(DAMAGED_SUFFIX):
        return translate("Backups", "The damaged data file is kept, unchanged, in {kept}").format(
            kept=kept
        )
    if before is None:
        return translate("Backups", "What was there before is kept in {kept}").format(kept=kept)
    return translate("Backups", "{before} is kept in {kept}").format(before=before, kept=kept)


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
    taken = 1
    while target.exists():  # two in the same second: never replace one set aside before
        taken += 1
        target = folder / timestamped_name(f"damaged-{taken}")
    database_file.replace(target)
    for suffix in ("-wal", "-shm"):
        companion = database_file.with_name(database_file.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


def restore_in_place(database: Database, backup: Path) -> Path | None:
    """Put ``backup`` back while the window has the data open; returns the safety copy.

    Run on the database worker, so nothing else is using the store meanwhile. The
    database's connections let go of the file first (SQLite writes the backup into it),
    and an older backup is brought up to this version's schema at once.
    """
    from partnerdesk.store.database import open_database

    database.engine.dispose()
    kept = restore_backup(database.location, backup)
    open_database(database.location).close()
    return kept

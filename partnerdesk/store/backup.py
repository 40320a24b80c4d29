"""Copies of the SQLite file, taken with SQLite's online backup API.

A plain file copy of a live database can catch it half-written (and misses the WAL);
the backup API gives a consistent snapshot even while PartnerDesk is writing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` (readable by the user only)."""
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup must be one self-contained file, whatever mode the source used.
            dst.execute("PRAGMA journal_mode=DELETE")
        partial.chmod(0o600)
    except BaseException:
        # Half a copy is no backup: never leave it lying beside the good ones.
        partial.unlink(missing_ok=True)
        raise
    # Only a complete backup ever carries the final name.
    partial.replace(destination)
    return destination


def timestamped_name(reason: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone()
    return f"partnerdesk-{moment:%Y-%m-%d-%H%M%S}-{reason}.sqlite3"


def backup_before_upgrade(database_file: Path, backup_dir: Path, from_revision: str) -> Path:
    name = timestamped_name(f"before-upgrade-from-{from_revision}")
    return backup_sqlite_file(database_file, backup_dir / name)


# The tables whose rows are the organization's records (not settings or bookkeeping).
RECORD_TABLES = ("organizations", "contacts", "outreach_notes", "partnership_requests")


def quick_check_problems(path: Path) -> list[str]:
    """SQLite's quick check of the file at ``path``; empty when it is healthy.

    A file too damaged to be checked at all reports that as its one problem.
    """
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def holds_records(path: Path) -> bool:
    """True when the PartnerDesk database at ``path`` holds at least one record."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            for table in RECORD_TABLES:  # fixed names, never user input
                if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                    return True
    except sqlite3.DatabaseError:
        return False
    return False


def has_backup_with_records(folder: Path) -> bool:
    """True when ``folder`` holds a PartnerDesk backup with at least one record."""
    from partnerdesk.store.backup_rotation import backups_in

    return any(holds_records(b.path) for b in backups_in(folder) if not b.damaged)

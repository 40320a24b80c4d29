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
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
        # A backup must be one self-contained file, whatever mode the source used.
        dst.execute("PRAGMA journal_mode=DELETE")
    partial.chmod(0o600)
    # Only a complete backup ever carries the final name.
    partial.replace(destination)
    return destination


def timestamped_name(reason: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone()
    return f"partnerdesk-{moment:%Y-%m-%d-%H%M%S}-{reason}.sqlite3"


def backup_before_upgrade(database_file: Path, backup_dir: Path, from_revision: str) -> Path:
    name = timestamped_name(f"before-upgrade-from-{from_revision}")
    return backup_sqlite_file(database_file, backup_dir / name)

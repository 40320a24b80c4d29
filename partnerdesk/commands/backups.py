"""``backup`` and ``restore``: a copy of the data now, and putting one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.paths import DataLocation


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="write a backup of your data now")
    backup.add_argument(
        "file", nargs="?", type=Path, help="where to write it (default: the backup folder)"
    )
    backup.set_defaults(handler=command_backup)
    restore = commands.add_parser(
        "restore", help="replace your data with a backup (your current data is backed up first)"
    )
    restore.add_argument("file", type=Path, help="the backup to restore")
    restore.set_defaults(handler=command_restore)


def command_backup(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.backups import BackupError, backup_now

    try:
        written = backup_now(location, "manual", destination=arguments.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    print(written)
    return EXIT_OK


def command_restore(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.instance_lock import InstanceLock
    from partnerdesk.services.backups import BackupError, describe_backup, restore_backup
    from partnerdesk.store.database import open_database

    lock = InstanceLock(location.data_dir)
    if location.database_file is not None and not lock.acquire():
        print(
            "PartnerDesk is open with this data. Close it first, then restore again "
            "(or use File → Backups and restore in the app).",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    try:
        info = describe_backup(arguments.file)
        safety = restore_backup(location, arguments.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        lock.release()
    # Bring an older backup up to this version's schema now, not at the next start.
    open_database(location).close()
    counts = ", ".join(f"{count} {name}" for name, count in info.counts.items())
    print(f"Restored {arguments.file} ({counts}).")
    if safety is not None:
        print(f"What was there before is kept in {safety}")
    return EXIT_OK

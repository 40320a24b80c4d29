"""``backup`` and ``restore``: a copy of the data now, and putting one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help=translate("Commands", "write a backup of your data now")
    )
    backup.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("Commands", "where to write it (default: the backup folder)"),
    )
    # Writing into the backup folder rotates it: one writer at a time. A copy to a file of
    # the user's choosing only reads the data, and may be taken while the app is open.
    backup.set_defaults(handler=command_backup, writes=lambda arguments: arguments.file is None)
    restore = commands.add_parser(
        "restore",
        help=translate(
            "Commands", "replace your data with a backup (your current data is backed up first)"
        ),
    )
    restore.add_argument("file", type=Path, help=translate("Commands", "the backup to restore"))
    restore.set_defaults(handler=command_restore, writes=True)


def command_backup(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.data_safety.backups import BackupError, backup_now

    try:
        written = backup_now(location, "manual", destination=arguments.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    print(written)
    return EXIT_OK


def command_restore(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.data_safety.backups import (
        BackupError,
        describe_backup,
        kept_sentence,
        restore_backup,
    )
    from partnerdesk.services.database_access import open_database

    # The folder's lock is held by the command line for the whole command (cli.py).
    try:
        info = describe_backup(arguments.file)
        safety = restore_backup(location, arguments.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    # Bring an older backup up to this version's schema now, not at the next start.
    open_database(location).close()
    print(
        translate("Commands", "Restored {file} ({counts}).").format(
            file=arguments.file, counts=info.holds()
        )
    )
    if safety is not None:
        print(kept_sentence(safety))
    return EXIT_OK

"""Opening the data at start: one PartnerDesk per data folder, and a way out of damage.

A damaged or foreign data file is never opened blindly: the user may restore the newest
good backup (the damaged file is set aside, not deleted), choose another folder, or quit.
"""

from __future__ import annotations

from partnerdesk import APP_NAME
from partnerdesk.instance_lock import InstanceLock
from partnerdesk.paths import DataLocation
from partnerdesk.services.backups import (
    BackupError,
    newest_good_backup,
    restore_backup,
    set_aside_damaged,
)
from partnerdesk.services.records import friendly_date
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import DamagedDatabaseError, NotPartnerDeskDatabaseError, StoreError
from partnerdesk.ui.dialogs import Dialogs

RESTORE = "Restore the newest backup"
ANOTHER_FOLDER = "Open another data folder…"
QUIT = "Quit"


def lock_data_folder(location: DataLocation, dialogs: Dialogs) -> InstanceLock | None:
    """Hold the data folder for this PartnerDesk; None (after explaining) if another has it."""
    lock = InstanceLock(location.data_dir)
    if location.database_file is None:
        return lock  # a shared database is made for several people at once
    if lock.acquire():
        return lock
    dialogs.inform(
        f"{APP_NAME} is already open",
        f"{APP_NAME} is already open with this data on this computer. Switch to that "
        "window (look in the taskbar). Two windows writing to the same data could "
        "damage it, so this one will close.",
    )
    return None


def open_with_recovery(location: DataLocation, dialogs: Dialogs) -> Database | None:
    while True:
        try:
            return open_database(location)
        except (DamagedDatabaseError, NotPartnerDeskDatabaseError) as error:
            newest = newest_good_backup(location) if location.database_file else None
            options = ([RESTORE] if newest else []) + [ANOTHER_FOLDER, QUIT]
            if newest:
                counts = ", ".join(f"{n} {kind}" for kind, n in newest.counts.items())
                found = (
                    f"The newest good backup is from {friendly_date(newest.taken_at.date())} "
                    f"at {newest.taken_at:%H:%M} ({counts}). Restoring it sets the damaged "
                    "file aside; nothing is deleted."
                )
            else:
                found = f"No backup was found in {location.backup_dir}."
            choice = dialogs.choose(
                f"{APP_NAME} cannot open your data", f"{error}\n\n{found}", options
            )
            if choice == RESTORE and newest is not None:
                try:
                    set_aside_damaged(location)
                    restore_backup(location, newest.path)
                except BackupError as restore_error:
                    dialogs.problem("The backup could not be restored", str(restore_error))
                    return None
                continue
            if choice == ANOTHER_FOLDER:
                folder = dialogs.choose_folder(
                    "Choose a PartnerDesk data folder", location.data_dir
                )
                if folder is None:
                    return None
                location = DataLocation(folder)
                continue
            return None
        except StoreError as error:
            dialogs.problem(f"{APP_NAME} cannot open your data", str(error))
            return None

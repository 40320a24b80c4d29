"""Opening the data at start: one PartnerDesk per data folder, and a way out of damage.

A damaged or foreign data file is never opened blindly: the user may restore the newest
good backup (the damaged file is set aside, not deleted), choose another folder, or quit.
"""

from __future__ import annotations

from dataclasses import dataclass

from partnerdesk import APP_NAME
from partnerdesk.core.dates import friendly_date
from partnerdesk.instance_lock import COMMAND, InstanceLock, holder_kind
from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import BackupError, kept_sentence
from partnerdesk.services.data_safety.opening import (
    Damaged,
    Opened,
    Unavailable,
    has_password,
    restore_over_damaged,
    try_to_open,
)
from partnerdesk.services.database_access import Database
from partnerdesk.shared_database import PasswordStore, SharedServer
from partnerdesk.ui.dialogs import Dialogs

RESTORE = "Restore the newest backup"
ANOTHER_FOLDER = "Open another data folder…"
QUIT = "Quit"
ENTER_PASSWORD = "Enter the password…"
TRY_AGAIN = "Try again"
USE_LOCAL = "Use the data on this computer this time"


@dataclass(frozen=True)
class OpenInstead:
    """At start the user chose other data: open that (taking its folder's lock) instead."""

    location: DataLocation


def lock_data_folder(location: DataLocation, dialogs: Dialogs) -> InstanceLock | None:
    """Hold the data folder for this PartnerDesk; None (after explaining) if another has it."""
    lock = InstanceLock(location.data_dir)
    if location.database_file is None:
        return lock  # a shared database is made for several people at once
    try:
        if lock.acquire():
            return lock
    except OSError as error:
        dialogs.problem(
            f"{APP_NAME} cannot open your data",
            f"{APP_NAME} cannot write to the folder {location.data_dir} ({error.strerror}). "
            "Check that it is not read-only and that the disk is connected.",
        )
        return None
    if holder_kind(location.data_dir) == COMMAND:
        dialogs.inform(
            f"{APP_NAME} is busy with this data",
            f"A {APP_NAME} command (an import, a restore or a backup) is writing to this "
            "data right now. Start PartnerDesk again once it has finished.",
        )
        return None
    dialogs.inform(
        f"{APP_NAME} is already open",
        f"{APP_NAME} is already open with this data on this computer. Switch to that "
        "window (look in the taskbar). Two windows writing to the same data could "
        "damage it, so this one will close.",
    )
    return None


def open_with_recovery(
    location: DataLocation, dialogs: Dialogs, passwords: PasswordStore | None = None
) -> Database | OpenInstead | None:
    """The opened database, other data the user chose to open instead, or None (quit)."""
    passwords = passwords or PasswordStore()
    server = location.shared_server
    to_remember: str | None = None
    # A server may let its users in without a password: try first, then ask.
    asked = has_password(location)
    while True:
        outcome = try_to_open(location)
        if isinstance(outcome, Opened):
            if server is not None and to_remember is not None:
                passwords.remember(server, to_remember)  # only once it proved right
            return outcome.database
        if isinstance(outcome, Unavailable):
            if server is None:
                dialogs.problem(f"{APP_NAME} cannot open your data", outcome.message)
                return None
            if not asked:
                asked = True
                location, to_remember = _ask_password(server, location, dialogs, passwords, "")
                continue
            choice = dialogs.choose(
                f"{APP_NAME} cannot use the shared database",
                f"{outcome.message}\n\nThe shared database is {server.address}. You can also "
                "work on the data kept on this computer this time: nothing is copied between "
                "the two, and the next start tries the shared database again.",
                [ENTER_PASSWORD, TRY_AGAIN, USE_LOCAL, QUIT],
            )
            if choice == ENTER_PASSWORD:
                location, to_remember = _ask_password(
                    server, location, dialogs, passwords, outcome.message
                )
                continue
            if choice == TRY_AGAIN:
                continue
            if choice == USE_LOCAL:
                return OpenInstead(DataLocation(location.data_dir))
            return None
        if isinstance(outcome, Damaged):
            newest = outcome.newest
            options = ([RESTORE] if newest else []) + [ANOTHER_FOLDER, QUIT]
            if newest:
                counts = ", ".join(f"{n} {kind}" for kind, n in newest.counts.items())
                found = (
                    f"The newest good backup is from {friendly_date(newest.taken_at.date())} "
                    f"at {newest.taken_at:%H:%M} ({counts}). Restoring it sets the damaged "
                    "file aside; nothing is deleted."
                )
            else:
                found = f"No backup was found in {outcome.backup_dir}."
            choice = dialogs.choose(
                f"{APP_NAME} cannot open your data", f"{outcome.message}\n\n{found}", options
            )
            if choice == RESTORE and newest is not None:
                try:
                    kept = restore_over_damaged(location, newest.path)
                except BackupError as restore_error:
                    dialogs.problem("The backup could not be restored", str(restore_error))
                    return None
                if kept is not None:
                    dialogs.inform("The backup was restored", f"{kept_sentence(kept)}.")
                continue
            if choice == ANOTHER_FOLDER:
                folder = dialogs.choose_folder(
                    "Choose a PartnerDesk data folder", location.data_dir
                )
                if folder is None:
                    return None
                return OpenInstead(DataLocation(folder))
            return None
        dialogs.problem(f"{APP_NAME} cannot open your data", outcome.message)
        return None


def _ask_password(
    server: SharedServer,
    location: DataLocation,
    dialogs: Dialogs,
    passwords: PasswordStore,
    problem: str,
) -> tuple[DataLocation, str | None]:
    """The location with the password the user typed (unchanged if they cancelled), and
    the password to keep once it has worked (None: keep nothing)."""
    why = f"{problem}\n\n" if problem else ""
    answer = dialogs.ask_password(
        "Password for the shared database",
        f"{why}Type the password of {server.user} for the shared database {server.address}.",
        can_remember=passwords.available(),
    )
    if answer is None:
        return location, None
    password, remember = answer
    typed = DataLocation(location.data_dir, server.url(password), shared_server=server)
    return typed, password if remember and password else None

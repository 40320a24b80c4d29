"""Opening the data at start: one PartnerDesk per data folder, and a way out of damage.

A damaged or foreign data file is never opened blindly: the user may restore the newest
good backup (the damaged file is set aside, not deleted), choose another folder, or quit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from partnerdesk import APP_NAME
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
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

RESTORE = QT_TRANSLATE_NOOP("Dialogs", "Restore the newest backup")
ANOTHER_FOLDER = QT_TRANSLATE_NOOP("Dialogs", "Open another data folder…")
QUIT = QT_TRANSLATE_NOOP("Dialogs", "Quit")
ENTER_PASSWORD = QT_TRANSLATE_NOOP("Dialogs", "Enter the password…")
TRY_AGAIN = QT_TRANSLATE_NOOP("Dialogs", "Try again")
USE_LOCAL = QT_TRANSLATE_NOOP("Dialogs", "Use the data on this computer this time")


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
            QCoreApplication.translate("startup", "{APP_NAME} cannot open your data").format(
                APP_NAME=APP_NAME
            ),
            QCoreApplication.translate(
                "startup",
                "{APP_NAME} cannot write to the folder {data_dir} "
                "({strerror}). Check that it is not read-only and that the "
                "disk is connected.",
            ).format(APP_NAME=APP_NAME, data_dir=location.data_dir, strerror=file_reason(error)),
        )
        return None
    if holder_kind(location.data_dir) == COMMAND:
        dialogs.inform(
            QCoreApplication.translate("startup", "{APP_NAME} is busy with this data").format(
                APP_NAME=APP_NAME
            ),
            QCoreApplication.translate(
                "startup",
                "A {APP_NAME} command (an import, a restore or a backup) is "
                "writing to this data right now. Start PartnerDesk again "
                "once it has finished.",
            ).format(APP_NAME=APP_NAME),
        )
        return None
    dialogs.inform(
        QCoreApplication.translate("startup", "{APP_NAME} is already open").format(
            APP_NAME=APP_NAME
        ),
        QCoreApplication.translate(
            "startup",
            "{APP_NAME} is already open with this data on this computer. "
            "Switch to that window (look in the taskbar). Two windows "
            "writing to the same data could damage it, so this one will "
            "close.",
        ).format(APP_NAME=APP_NAME),
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
                dialogs.problem(
                    QCoreApplication.translate(
                        "startup", "{APP_NAME} cannot open your data"
                    ).format(APP_NAME=APP_NAME),
                    outcome.message,
                )
                return None
            if not asked:
                asked = True
                location, to_remember = _ask_password(server, location, dialogs, passwords, "")
                continue
            choice = dialogs.choose(
                QCoreApplication.translate(
                    "startup", "{APP_NAME} cannot use the shared database"
                ).format(APP_NAME=APP_NAME),
                QCoreApplication.translate(
                    "startup",
                    "{message}\n\nThe shared database is {address}. You can also "
                    "work on the data kept on this computer this time: nothing "
                    "is copied between the two, and the next start tries the "
                    "shared database again.",
                ).format(message=outcome.message, address=server.address),
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
                counts = newest.holds()
                found = QCoreApplication.translate(
                    "startup",
                    "The newest good backup is from {friendly_date} at "
                    "{taken_at:%H:%M} ({counts}). Restoring it sets the damaged "
                    "file aside; nothing is deleted.",
                ).format(
                    friendly_date=friendly_date(newest.taken_at.date()),
                    taken_at=newest.taken_at,
                    counts=counts,
                )
            else:
                found = QCoreApplication.translate(
                    "startup", "No backup was found in {backup_dir}."
                ).format(backup_dir=outcome.backup_dir)
            choice = dialogs.choose(
                QCoreApplication.translate("startup", "{APP_NAME} cannot open your data").format(
                    APP_NAME=APP_NAME
                ),
                f"{outcome.message}\n\n{found}",
                options,
            )
            if choice == RESTORE and newest is not None:
                try:
                    kept = restore_over_damaged(location, newest.path)
                except BackupError as restore_error:
                    dialogs.problem(
                        QCoreApplication.translate("startup", "The backup could not be restored"),
                        str(restore_error),
                    )
                    return None
                if kept is not None:
                    dialogs.inform(
                        QCoreApplication.translate("startup", "The backup was restored"),
                        f"{kept_sentence(kept)}.",
                    )
                continue
            if choice == ANOTHER_FOLDER:
                folder = dialogs.choose_folder(
                    QCoreApplication.translate("startup", "Choose a PartnerDesk data folder"),
                    location.data_dir,
                )
                if folder is None:
                    return None
                return OpenInstead(DataLocation(folder))
            return None
        dialogs.problem(
            QCoreApplication.translate("startup", "{APP_NAME} cannot open your data").format(
                APP_NAME=APP_NAME
            ),
            outcome.message,
        )
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
        QCoreApplication.translate("startup", "Password for the shared database"),
        QCoreApplication.translate(
            "startup", "{why}Type the password of {user} for the shared database {address}."
        ).format(why=why, user=server.user, address=server.address),
        can_remember=passwords.available(),
    )
    if answer is None:
        return location, None
    password, remember = answer
    typed = DataLocation(location.data_dir, server.url(password), shared_server=server)
    return typed, password if remember and password else None

"""Settings → Use a shared database…: test, set up, copy this computer's data, switch over.

The slow parts (connecting, creating the tables, copying) run in the background with
progress and a Cancel that leaves the shared database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnerdesk.paths import DATABASE_URL_ENV, DataLocation, shown_path
from partnerdesk.services.data_safety.shared_setup import (
    SharedDatabaseFound,
    SharedDatabaseReady,
    TargetNotEmptyError,
    local_records_summary,
    look_at_shared_database,
    set_up_shared_database,
)
from partnerdesk.services.errors import StoreError
from partnerdesk.shared_database import PasswordStore, SharedServer, save_server, saved_server
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.shared_database_dialog import SharedDatabaseDialog
from partnerdesk.ui.tasks import Progress

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


def _copying(done: int, total: int) -> str:
    # Once every row is in, the server builds the search indexes: a few seconds more.
    return (
        QCoreApplication.translate("shared_database_actions", "Copying…")
        if done < total
        else QCoreApplication.translate("shared_database_actions", "Copied; preparing the search…")
    )


class SharedDatabaseActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        location: DataLocation,
        switch_to: Callable[[DataLocation], None],
        passwords: PasswordStore | None = None,
    ) -> None:
        self.parent = parent
        self.operations = operations
        self.location = location
        self.dialogs = operations.dialogs
        self.switch_to = switch_to
        self.passwords = passwords or PasswordStore()

    def show_dialog(self) -> SharedDatabaseDialog:
        """Open the dialog (window-modal, so it returns at once)."""
        location = self.location
        dialog = SharedDatabaseDialog(
            now_using=self._now_using(),
            current=saved_server(location.data_dir),
            given_outside=location.database_url is not None and location.shared_server is None,
            can_remember=self.passwords.available(),
            local_records=None,
            test=self.test_connection,
            use_shared=self.use_shared,
            use_local=self.use_local,
            parent=self.parent,
        )
        dialog.open()
        # What copying would bring along is counted off the GUI thread, then offered.
        self.operations.query(local_records_summary, dialog.offer_local_records)
        return dialog

    def _now_using(self) -> str:
        location = self.location
        if location.shared_server is not None:
            return QCoreApplication.translate(
                "SharedDatabaseActions", "Now: PartnerDesk uses the shared database {address}."
            ).format(address=location.shared_server.address)
        if location.database_url is not None:
            return QCoreApplication.translate(
                "SharedDatabaseActions",
                "Now: PartnerDesk uses a database address given when it was "
                "started (on its command line or in {DATABASE_URL_ENV}), "
                "which wins over this setting. Start PartnerDesk without it "
                "to choose here.",
            ).format(DATABASE_URL_ENV=DATABASE_URL_ENV)
        saved = saved_server(location.data_dir)
        if saved is not None:
            return QCoreApplication.translate(
                "SharedDatabaseActions",
                "Now: PartnerDesk is set to use the shared database "
                "{address}, but works on the data kept on this computer this "
                "time.",
            ).format(address=saved.address)
        assert location.database_file is not None
        folder = shown_path(location.database_file.parent)
        return QCoreApplication.translate(
            "SharedDatabaseActions", "Now: your data is kept on this computer, in {folder}."
        ).format(folder=folder)

    def _checked_url(self, dialog: SharedDatabaseDialog) -> tuple[SharedServer, str] | None:
        server = dialog.server()
        missing = server.problems()
        if missing:
            dialog.show_status(
                QCoreApplication.translate(
                    "SharedDatabaseActions", "Please fill in {missing}."
                ).format(
                    missing=QCoreApplication.translate("SharedDatabaseActions", " and ").join(
                        missing
                    )
                ),
                good=False,
            )
            return None
        password = dialog.password() or self.passwords.get(server) or ""
        return server, password

    # Test the connection ----------------------------------------------------------
    def test_connection(self, dialog: SharedDatabaseDialog) -> None:
        checked = self._checked_url(dialog)
        if checked is None:
            return
        server, password = checked
        url = server.url(password)
        dialog.set_busy(True)
        dialog.show_status(
            QCoreApplication.translate("SharedDatabaseActions", "Connecting to {host}…").format(
                host=server.host
            )
        )

        def done(found: SharedDatabaseFound) -> None:
            dialog.set_busy(False)
            dialog.show_status(found.describe(), good=found.usable)
            dialog.offer_copy(not found.holds_records)

        # Another database than ours, but asked in turn on the worker like every other.
        self.operations.query(
            lambda _database: look_at_shared_database(url),
            done,
            label=QCoreApplication.translate(
                "SharedDatabaseActions", "Connecting to the shared database…"
            ),
            if_refused=lambda error: self._refused(dialog, error),
        )

    # Switch to it -----------------------------------------------------------------
    def use_shared(self, dialog: SharedDatabaseDialog) -> None:
        checked = self._checked_url(dialog)
        if checked is None:
            return
        server, password = checked
        copying = dialog.copy_local.isVisible() and dialog.copy_local.isChecked()
        # Whole sentences: "PartnerDesk will {what}" left the verb's form to a fragment.
        what = (
            QCoreApplication.translate(
                "SharedDatabaseActions",
                "PartnerDesk will set up the shared database, copy the data on this computer "
                "to it, and reopen with it. The data on this computer stays as it is.",
            )
            if copying
            else QCoreApplication.translate(
                "SharedDatabaseActions",
                "PartnerDesk will set up the shared database if it is new, and reopen with "
                "it. The data on this computer stays as it is, and is not copied.",
            )
        )
        if not self.dialogs.confirm(
            QCoreApplication.translate("SharedDatabaseActions", "Use the shared database?"),
            what,
            action=QCoreApplication.translate("SharedDatabaseActions", "Use the shared database"),
        ):
            return
        url = server.url(password)
        data_dir = self.location.data_dir
        remember = dialog.remember.isEnabled() and dialog.remember.isChecked()

        def work(database: Database, progress: Progress) -> SharedDatabaseReady:
            return set_up_shared_database(
                data_dir,
                url,
                database if copying else None,
                progress=lambda done, total: progress.report(done, total, _copying(done, total)),
                should_stop=lambda: progress.cancelled,
            )

        def done(ready: SharedDatabaseReady) -> None:
            dialog.set_busy(False)
            save_server(data_dir, server)
            kept = remember and password and self.passwords.remember(server, password)
            if not kept:
                self.passwords.forget(server)
            dialog.accept()
            asked = (
                ""
                if kept or not password
                else QCoreApplication.translate(
                    "SharedDatabaseActions", " It will ask for the password at each start."
                )
            )
            self.dialogs.inform(
                QCoreApplication.translate("SharedDatabaseActions", "Shared database"),
                QCoreApplication.translate(
                    "SharedDatabaseActions", "{describe} PartnerDesk now opens it.{asked}"
                ).format(describe=ready.describe(), asked=asked),
            )
            self.switch_to(DataLocation(data_dir, url, shared_server=server))

        dialog.set_busy(True)
        dialog.show_status(
            QCoreApplication.translate("SharedDatabaseActions", "Setting up the shared database…")
        )
        self.operations.long_query(
            work,
            done,
            label=QCoreApplication.translate(
                "SharedDatabaseActions", "Setting up the shared database…"
            ),
            if_refused=lambda error: self._refused(dialog, error),
        )

    def use_local(self, dialog: SharedDatabaseDialog) -> None:
        current = saved_server(self.location.data_dir)
        if not self.dialogs.confirm(
            QCoreApplication.translate("SharedDatabaseActions", "Use this computer's data again?"),
            QCoreApplication.translate(
                "SharedDatabaseActions",
                "PartnerDesk will reopen with the data kept on this computer. The shared "
                "database stays as it is on the server; nothing is copied back.",
            ),
            action=QCoreApplication.translate("SharedDatabaseActions", "Use this computer's data"),
        ):
            return
        data_dir = self.location.data_dir
        save_server(data_dir, None)
        if current is not None:
            self.passwords.forget(current)
        dialog.accept()
        self.switch_to(DataLocation(data_dir))

    def _refused(self, dialog: SharedDatabaseDialog, error: Exception) -> bool:
        """Said in the dialog; True when that is all (else it is shown with details)."""
        dialog.set_busy(False)
        if isinstance(error, TargetNotEmptyError):
            dialog.offer_copy(False)
        if isinstance(error, StoreError):
            dialog.show_status(str(error), good=False)
            return True
        dialog.show_status(
            QCoreApplication.translate(
                "SharedDatabaseActions", "PartnerDesk could not finish that."
            ),
            good=False,
        )
        return False

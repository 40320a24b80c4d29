"""Backups, restore, moving to a new laptop and "Where is my data?", for the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from partnerdesk import APP_NAME
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.log_file import LOG_FILE_NAME
from partnerdesk.paths import DataLocation, shown_path
from partnerdesk.services.changes import Changes
from partnerdesk.services.data_safety.backups import (
    SHARED_DATABASE_MESSAGE,
    BackupError,
    BackupInfo,
    backup_now,
    kept_sentence,
    list_backups,
    restore_in_place,
)
from partnerdesk.services.data_safety.checking import CheckStopper, quick_check
from partnerdesk.ui.backup_scheduler import BackupScheduler
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.tasks import Progress

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

BACKUP_FOLDER_KEY = "backups/folder"
ARCHIVE_FILES = QT_TRANSLATE_NOOP("data_safety", "PartnerDesk archive (*.zip)")


class DataPlace(NamedTuple):
    """A place PartnerDesk keeps something, as "Where is my data?" lists it."""

    title: str
    path: Path | None  # None: the shared database, on its server
    # The name of the button that opens its folder, for screen readers: a whole name per
    # place, as another language words each one its own way (issue 21).
    open_name: str


class DataSafety:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        location: DataLocation,
        settings: QSettings,
        quit_app: Callable[[], None],
    ) -> None:
        self.parent = parent
        self.operations = operations
        self.location = location
        self.dialogs = operations.dialogs
        self.tell = operations.tell
        self.settings = settings
        self.quit_app = quit_app
        self.scheduler = BackupScheduler(operations, location, self.backup_folder)
        self._check = CheckStopper()

    @property
    def on_this_computer(self) -> bool:
        """The data is a file here (not a shared database): our own backups apply."""
        return not self.operations.is_shared

    def backup_folder(self) -> Path:
        chosen = self.settings.value(BACKUP_FOLDER_KEY, "")
        return Path(str(chosen)) if chosen else self.location.backup_dir

    def choose_backup_folder(self) -> None:
        folder = self.dialogs.choose_folder(
            QCoreApplication.translate(
                "DataSafety", "Choose where backups are kept (for example a USB stick)"
            ),
            self.backup_folder(),
        )
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".partnerdesk-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            self.dialogs.inform(
                QCoreApplication.translate("DataSafety", "Backups cannot go there"),
                QCoreApplication.translate(
                    "DataSafety",
                    "PartnerDesk cannot write to {folder} ({strerror}). Choose another folder.",
                ).format(folder=folder, strerror=file_reason(error)),
            )
            return
        self.set_backup_folder(folder)
        self.tell(
            QCoreApplication.translate("DataSafety", "Backups will be kept in {folder}.").format(
                folder=folder
            )
        )

    def set_backup_folder(self, folder: Path | None) -> None:
        self.settings.setValue(BACKUP_FOLDER_KEY, str(folder) if folder else "")
        self.settings.sync()

    # Backups -----------------------------------------------------------------
    def back_up_now(self, after: Callable[[], None] | None = None) -> None:
        if self._shared_explained():
            return
        folder = self.backup_folder()
        location = self.location

        def done(path: Path) -> None:
            self.tell(
                QCoreApplication.translate("DataSafety", "Backed up to {path}.").format(path=path)
            )
            if after is not None:
                after()

        # A backup reads the store (SQLite's backup copy), so it waits its turn on the
        # database worker behind any change being saved.
        self.operations.query(
            lambda _database: backup_now(location, "manual", folder=folder),
            done,
            label=QCoreApplication.translate("DataSafety", "Backing up…"),
        )

    def show_backups(self) -> None:
        if self._shared_explained():
            return
        from partnerdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self, self.parent)
        dialog.exec()

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.location, self.backup_folder())

    def restore(self, backup: Path, after: Callable[[], None] | None = None) -> None:
        """Put a backup back while the app runs; the current data is backed up first.

        Runs on the database worker once what is being saved is saved; then every view
        re-reads, the status bar says where the data before was kept, and ``after`` runs.
        """
        if not self.dialogs.confirm(
            QCoreApplication.translate("DataSafety", "Restore this backup?"),
            QCoreApplication.translate(
                "DataSafety",
                "Your data will be replaced by this backup. What you have now is backed up "
                "first, so this can be undone by restoring that backup.",
            ),
            action=QCoreApplication.translate("DataSafety", "Restore"),
            destructive=True,
        ):
            return
        kept: list[Path | None] = []

        def work(database: Database, _progress: Progress) -> Changes:
            kept.append(restore_in_place(database, backup))
            return Changes.everything()

        def done() -> None:
            safety = kept[0] if kept else None
            what_you_had = QCoreApplication.translate("DataSafety", "What you had before")
            before = f" {kept_sentence(safety, what_you_had)}." if safety else ""
            self.tell(
                QCoreApplication.translate("DataSafety", "Restored the backup.{before}").format(
                    before=before
                )
            )
            if after is not None:
                after()

        def refused(error: Exception) -> bool:
            if not isinstance(error, BackupError):
                return False
            self.dialogs.problem(
                QCoreApplication.translate("DataSafety", "The backup was not restored"), str(error)
            )
            return True

        self.operations.long_change(
            work,
            label=QCoreApplication.translate("DataSafety", "Restoring…"),
            after=done,
            if_refused=refused,
        )

    def check_in_background(self) -> None:
        """SQLite's quick check after start, off the GUI thread; damage gets a way out."""
        if not self.on_this_computer:
            return

        def done(problems: list[str]) -> None:
            if problems:
                self.dialogs.warn(
                    QCoreApplication.translate("DataSafety", "Your data file has a problem"),
                    QCoreApplication.translate(
                        "DataSafety",
                        "SQLite found damage in your data file. Please restore a recent backup "
                        "(File → Backups and restore…) before adding more.",
                    ),
                )

        stopper = self._check
        self.operations.query(
            lambda database: quick_check(database, stopper),
            done,
            label=QCoreApplication.translate("DataSafety", "Checking your data…"),
        )

    def stop_check(self) -> None:
        """Closing: end the start-up check rather than wait for it."""
        self._check.stop()

    # Moving ------------------------------------------------------------------
    def export_everything(self) -> None:
        if self._shared_explained():
            return
        archive = self.dialogs.save_file(
            QCoreApplication.translate("DataSafety", "Export everything"),
            Path.home() / "partnerdesk-everything.zip",
            QCoreApplication.translate("data_safety", ARCHIVE_FILES),
        )
        if archive is None:
            return
        from partnerdesk.services.data_safety.moving import export_everything

        location = self.location

        def work(_database: Database, progress: Progress) -> Path:
            export_everything(location, archive, lambda done, total: progress.report(done, total))
            return archive

        self.operations.long_query(
            work,
            lambda path: self.tell(
                QCoreApplication.translate("DataSafety", "Everything was saved to {path}.").format(
                    path=path
                )
            ),
            label=QCoreApplication.translate("DataSafety", "Saving everything…"),
        )

    def import_everything(self) -> None:
        if self._shared_explained():
            return
        archive = self.dialogs.open_file(
            QCoreApplication.translate("DataSafety", "Import everything"),
            Path.home(),
            QCoreApplication.translate("data_safety", ARCHIVE_FILES),
        )
        if archive is None or not self.dialogs.confirm(
            QCoreApplication.translate("DataSafety", "Replace your data with this archive?"),
            QCoreApplication.translate(
                "DataSafety",
                "Everything in PartnerDesk will be replaced by the archive's "
                "contents. What you have now is backed up first. {APP_NAME} "
                "closes afterwards; start it again.",
            ).format(APP_NAME=APP_NAME),
            action=QCoreApplication.translate("DataSafety", "Replace my data"),
            destructive=True,
        ):
            return
        from partnerdesk.services.data_safety.moving import ArchiveError, replace_with_archive

        def done(_kept: Path | None) -> None:
            self.dialogs.inform(
                QCoreApplication.translate("DataSafety", "Done"),
                QCoreApplication.translate(
                    "DataSafety",
                    "Your data was replaced. {APP_NAME} will close now; start it again.",
                ).format(APP_NAME=APP_NAME),
            )
            # Window settings came with the archive: closing must not overwrite them.
            self.quit_app()

        def refused(error: Exception) -> bool:
            if not isinstance(error, ArchiveError | BackupError):
                return False
            self.dialogs.problem(
                QCoreApplication.translate("DataSafety", "The archive was not imported"), str(error)
            )
            return True

        # On the database worker, once what is being saved is saved: nothing else uses
        # the store while it is replaced.
        self.operations.query(
            lambda database: replace_with_archive(database, archive),
            done,
            label=QCoreApplication.translate("DataSafety", "Replacing your data…"),
            if_refused=refused,
        )

    # Where is my data? -------------------------------------------------------
    def show_locations(self) -> None:
        from partnerdesk.ui.backups_dialog import DataLocationDialog

        DataLocationDialog(
            self.paths(), self.open_folder, self.parent, shared_address=self.shared_address()
        ).exec()

    def location_text(self) -> str:
        """Where the data is, for the status bar."""
        address = self.shared_address()
        if address is not None:
            return QCoreApplication.translate(
                "DataSafety", "Your data is kept in the shared database {address}"
            ).format(address=address)
        assert self.location.database_file is not None
        folder = shown_path(self.location.database_file.parent)
        return QCoreApplication.translate(
            "DataSafety", "Your data is kept on this computer, in {folder}"
        ).format(folder=folder)

    def shared_address(self) -> str | None:
        """The shared database as people may read it (never its password), or None."""
        if self.on_this_computer:
            return None
        server = self.location.shared_server
        if server is not None:
            return server.address
        from partnerdesk.services.data_safety.shared_setup import hide_password

        return hide_password(self.location.url)

    def paths(self) -> list[DataPlace]:
        data_dir = self.location.data_dir
        return [
            DataPlace(
                QCoreApplication.translate("DataSafety", "Data folder"),
                data_dir,
                QCoreApplication.translate("DataSafety", "Open the data folder"),
            ),
            DataPlace(
                QCoreApplication.translate("DataSafety", "Data file"),
                self.location.database_file,
                QCoreApplication.translate("DataSafety", "Open the folder of the data file"),
            )
            if self.on_this_computer
            else DataPlace(
                QCoreApplication.translate("DataSafety", "Shared database"),
                self.location.database_file,
                "",  # on its server: no folder to open
            ),
            DataPlace(
                QCoreApplication.translate("DataSafety", "Backups"),
                self.backup_folder(),
                QCoreApplication.translate("DataSafety", "Open the backups folder"),
            ),
            DataPlace(
                QCoreApplication.translate("DataSafety", "Log file"),
                data_dir / LOG_FILE_NAME,
                QCoreApplication.translate("DataSafety", "Open the folder of the log file"),
            ),
            DataPlace(
                QCoreApplication.translate("DataSafety", "Settings"),
                data_dir / "settings.ini",
                QCoreApplication.translate("DataSafety", "Open the folder of the settings file"),
            ),
        ]

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # Shared ------------------------------------------------------------------
    def _shared_explained(self) -> bool:
        """On a shared database the server's own backups apply: say so, do nothing."""
        if self.on_this_computer:
            return False
        self.dialogs.inform(
            QCoreApplication.translate("DataSafety", "Backups"),
            QCoreApplication.translate(
                "DataSafety",
                "{SHARED_DATABASE_MESSAGE} PartnerDesk's own backups, "
                "restore and “Export everything” are for data kept on this "
                "computer.",
            ).format(
                SHARED_DATABASE_MESSAGE=QCoreApplication.translate(
                    "Backups", SHARED_DATABASE_MESSAGE
                )
            ),
        )
        return True

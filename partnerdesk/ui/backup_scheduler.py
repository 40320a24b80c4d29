"""Automatic backups: at most every 30 minutes while there are changes, and on close."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import BackupError, backup_now
from partnerdesk.ui.operations import Operations

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    def __init__(
        self,
        operations: Operations,
        location: DataLocation,
        folder: Callable[[], Path],
        interval_ms: int = BACKUP_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.operations = operations
        self.location = location
        self.folder = folder
        self.changed_since_backup = False
        self.last_backup: Path | None = None
        # A shared database is backed up by its server.
        self.enabled = not operations.is_shared
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        if self.enabled:
            self.timer.start()

    def mark_changed(self) -> None:
        self.changed_since_backup = True

    def back_up_if_changed(self) -> None:
        """In the background: quick, and a failure is logged rather than interrupting."""
        if not (self.enabled and self.changed_since_backup):
            return
        self.changed_since_backup = False
        folder = self.folder()
        location = self.location

        def failed(error: Exception) -> bool:
            self.changed_since_backup = True
            log.warning("automatic backup failed: %s", error)
            return True  # logged; the next half hour tries again

        self.operations.query(
            lambda _database: backup_now(location, "automatic", folder=folder),
            self._done,
            label=self.tr("Backing up…"),
            if_refused=failed,
        )

    def back_up_on_close(self) -> None:
        """On the GUI thread: the window is closing and nothing else is running."""
        if not (self.enabled and self.changed_since_backup):
            return
        try:
            self._done(backup_now(self.location, "on-close", folder=self.folder()))
        except BackupError as error:
            log.warning("backup on close failed: %s", error)

    def _done(self, path: Path) -> None:
        self.last_backup = path
        self.changed_since_backup = False

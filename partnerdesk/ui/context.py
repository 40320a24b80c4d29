"""What the main window and its controllers are given, made in one place (app.py).

The window no longer holds the database to open sessions on: everything it shows is read,
and everything it writes is written, through ``operations`` on the one database worker.
``database`` stays here only for the controllers that still ask it where the data folder
is (backups, the letterhead, the shared database) and for the transitional ChangeRunner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.tasks import TaskRunner
from partnerdesk.ui.window_state import WindowState

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


class StatusMessages(QObject):
    """Short messages for the status bar ("Saved."), from whoever has one to tell."""

    shown = Signal(str)

    def tell(self, message: str) -> None:
        self.shown.emit(message)


@dataclass(frozen=True)
class WindowContext:
    database: Database
    operations: Operations
    tasks: TaskRunner
    dialogs: Dialogs
    window_state: WindowState
    messages: StatusMessages

    @property
    def settings(self) -> QSettings:
        """The data folder's settings (last folders used, the letterhead, backups)."""
        return self.window_state.settings


def make_context(database: Database, dialogs: Dialogs, window_state: WindowState) -> WindowContext:
    tasks = TaskRunner()
    messages = StatusMessages()
    operations = Operations(database, tasks, dialogs, messages.tell)
    return WindowContext(database, operations, tasks, dialogs, window_state, messages)

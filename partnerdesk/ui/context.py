"""What the main window and its controllers are given, made in one place (app.py).

The window never opens sessions: what it shows is read, and what it writes is written,
through ``operations`` on the one database worker. ``database`` is here for two things
only: where the data folder is (backups, the letterhead, the shared database), and the
long lists and timeline, whose visible rows are fetched as they scroll into view by a
services object given the database (as Anki's browser table fetches its rows).
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

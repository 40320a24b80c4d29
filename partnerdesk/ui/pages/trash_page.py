"""The Trash: deleted records wait here until restored or the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import friendly_date
from partnerdesk.services.changes import Changes
from partnerdesk.services.records.trash import TrashedItem
from partnerdesk.ui.entry_list_model import EntryTableModel
from partnerdesk.ui.widgets import EmptyState, heading

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_trashed(item: TrashedItem, column: int, role: int) -> Any:
    if role == ITEM_ROLE:
        return (item.kind, item.id)
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    if column == 0:
        return item.title
    if column == 1:
        return item.kind.label
    # The month in the screen's language (strftime's %b is always English here).
    deleted = item.deleted_at.astimezone()
    return f"{friendly_date(deleted.date())}, {deleted:%H:%M}"


class TrashPage(QWidget):
    restore_requested = Signal(list)  # [(kind, id)]
    empty_requested = Signal()

    def __init__(
        self,
        load: Callable[[Callable[[list[TrashedItem]], None]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trash-page")
        # The trash is read when the page is shown, not when the window opens; ``load`` reads
        # it off the GUI thread and hands the items to the function it is given.
        self.load = load
        self.stale = load is not None
        explanation = QLabel(
            self.tr(
                "Deleted records stay here until you restore them or empty the trash. "
                "Emptying the trash removes them for good."
            )
        )
        explanation.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore selected"))
        self.restore_button.clicked.connect(self._restore_selected)
        self.empty_button = QPushButton(self.tr("Em&pty trash…"))
        self.empty_button.clicked.connect(self.empty_requested.emit)

        self.model: EntryTableModel[TrashedItem] = EntryTableModel(
            describe_trashed, (self.tr("Name"), self.tr("Kind"), self.tr("Deleted"))
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deleted items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_state = EmptyState()
        self.empty_state.show_message(
            self.tr("The trash is empty"),
            self.tr("When you delete something, it waits here first."),
            [],
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Trash")))
        layout.addWidget(explanation)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def changes_applied(self, changes: Changes) -> None:
        if changes.trash:
            self.mark_stale()

    def mark_stale(self) -> None:
        """The trash changed: read it now if it is on screen, else when it is shown."""
        self.stale = self.load is not None
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self.load is not None:
            self.stale = False
            self.load(self.show_items)

    def show_items(self, items: list[TrashedItem]) -> None:
        self.model.set_entries(items)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.stack.setCurrentWidget(self.table if items else self.empty_state)
        self.empty_button.setEnabled(bool(items))
        self._update_buttons()

    def _selected(self) -> list[tuple[object, int]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.index(row, 0).data(ITEM_ROLE) for row in rows]

    def _restore_selected(self) -> None:
        selected = self._selected()
        if selected:
            self.restore_requested.emit(selected)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self._selected()))

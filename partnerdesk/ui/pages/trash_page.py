"""The Trash: deleted records wait here until restored or the trash is emptied."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.services.trash import TrashedItem
from partnerdesk.ui.widgets import EmptyState, heading

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashPage(QWidget):
    restore_requested = Signal(list)  # [(kind, id)]
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash-page")
        explanation = QLabel(
            "Deleted records stay here until you restore them or empty the trash. "
            "Emptying the trash removes them for good."
        )
        explanation.setWordWrap(True)
        self.restore_button = QPushButton("&Restore selected")
        self.restore_button.clicked.connect(self._restore_selected)
        self.empty_button = QPushButton("&Empty trash…")
        self.empty_button.clicked.connect(self.empty_requested.emit)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Name", "Kind", "Deleted"])
        self.table.setAccessibleName("Deleted items")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty_state = EmptyState()
        self.empty_state.show_message(
            "The trash is empty", "When you delete something, it waits here first.", []
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
        layout.addWidget(heading("Trash"))
        layout.addWidget(explanation)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_items(self, items: list[TrashedItem]) -> None:
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = QTableWidgetItem(item.title)
            name.setData(ITEM_ROLE, (item.kind, item.id))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(item.kind.label))
            deleted = item.deleted_at.astimezone().strftime("%d %b %Y, %H:%M")
            self.table.setItem(row, 2, QTableWidgetItem(deleted))
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.stack.setCurrentWidget(self.table if items else self.empty_state)
        self.empty_button.setEnabled(bool(items))
        self._update_buttons()

    def _selected(self) -> list[tuple[object, int]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(ITEM_ROLE) for row in rows]

    def _restore_selected(self) -> None:
        selected = self._selected()
        if selected:
            self.restore_requested.emit(selected)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self._selected()))

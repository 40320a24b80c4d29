"""A Qt table model over a RecordLister that fetches rows in batches as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from partnerdesk.services.records import RecordLister, Row, display_text

BATCH_SIZE = 200

Index = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    def __init__(self, lister: RecordLister) -> None:
        super().__init__()
        self.lister = lister
        self.rows: list[Row] = []
        self.total = 0

    # Loading ---------------------------------------------------------------
    def reload(self, text_filter: str | None = None) -> None:
        """Forget loaded rows and start again (after a change or a new filter)."""
        if text_filter is not None:
            self.lister.text_filter = text_filter
        self.beginResetModel()
        self.total = self.lister.count()
        self.rows = self.lister.page(0, BATCH_SIZE) if self.total else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        batch = self.lister.page(len(self.rows), BATCH_SIZE)
        if not batch:
            # Rows vanished under us (deleted elsewhere): stop asking.
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()

    # Reading ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lister.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = self.lister.columns[index.column()].key
            return display_text(row.values[key])
        if role == RECORD_ID_ROLE:
            return row.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.lister.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database, so it covers every row, not just loaded ones."""
        options = self.lister.options
        if 0 <= column < len(self.lister.columns):
            options.sort_key = self.lister.columns[column].key
            options.descending = order == Qt.SortOrder.DescendingOrder
        else:
            options.sort_key = None
            options.descending = False
        self.reload()

    def record_id(self, row: int) -> int:
        return self.rows[row].id

    def title_of(self, row: int) -> str:
        first_key = self.lister.columns[0].key
        return display_text(self.rows[row].values[first_key])

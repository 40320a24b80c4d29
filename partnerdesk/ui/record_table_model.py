"""A Qt table model over a RecordLister that reads rows a page at a time, as they show.

The view knows every row (the scroll bar spans the whole list) but the model keeps only
the pages shown last, so scrolling through 50,000 contacts never holds them all, as in
Anki's browser table. A page is read from the store when a row of it is first drawn.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from partnerdesk.services.records.listing import RecordLister, Row, display_text

PAGE_SIZE = 100
PAGES_KEPT = 20

Index = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    def __init__(self, lister: RecordLister) -> None:
        super().__init__()
        self.lister = lister
        self.total = 0
        self.loaded = False
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()

    # Loading ---------------------------------------------------------------
    def reload(self, text_filter: str | None = None) -> None:
        """Forget loaded rows and start again (after a change or a new filter)."""
        if text_filter is not None:
            self.lister.text_filter = text_filter
        self.beginResetModel()
        self._pages.clear()
        self.total = self.lister.count()
        self.loaded = True
        if self.total:
            self._page(0)  # the first rows are ready before the view paints
        self.endResetModel()

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is None:
            page = self.lister.page(number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row(self, number: int) -> Row | None:
        """The record shown in this row; None if it vanished since the count was taken."""
        if not 0 <= number < self.total:
            return None
        page = self._page(number // PAGE_SIZE)
        offset = number % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def rows_in_memory(self) -> int:
        return sum(len(page) for page in self._pages.values())

    # Reading ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lister.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == RECORD_ID_ROLE:
            return row.id
        return display_text(row.values[self.lister.columns[index.column()].key])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.lister.columns[section].label
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database, so it covers every row, not just loaded ones.

        Before the list is first shown only the order is remembered: the view asks to
        sort as soon as sorting is switched on, and reading the list then would read
        every list at start.
        """
        options = self.lister.options
        if 0 <= column < len(self.lister.columns):
            options.sort_key = self.lister.columns[column].key
            options.descending = order == Qt.SortOrder.DescendingOrder
        else:
            options.sort_key = None
            options.descending = False
        if self.loaded:
            self.reload()

    def record_id(self, row: int) -> int:
        found = self.row(row)
        if found is None:
            raise LookupError(f"row {row} is no longer in the list")
        return found.id

    def title_of(self, row: int) -> str:
        found = self.row(row)
        first_key = self.lister.columns[0].key
        return display_text(found.values[first_key]) if found is not None else ""

    def row_of(self, record_id: int) -> int | None:
        """Where a record is in the list as now ordered and filtered, or None."""
        return self.lister.position(record_id)


_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ID_ROLE)

"""A read-only Qt model over plain entries, each described only when it is drawn.

Pages that list what a service returned (an organization's timeline, its people, the
trash) use it instead of item widgets (QListWidget, QTableWidget): a big partner has
thousands of notes, and making an item for each costs time the user sees. With PySide6
6.12 on Python 3.11 every item's setData() and addItem() also drops a reference to None,
so a few thousand items crash the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Entry = TypeVar("Entry")
Index = QModelIndex | QPersistentModelIndex
# (entry, column, role) -> what the view shows there for that role, or None.
Describe = Callable[[Any, int, int], Any]
# Reads the next entries of a long list: (entries, how to read the ones after, or None).
More = Callable[[], tuple[Sequence[Any], "More | None"]]


class _Entries(Generic[Entry]):
    """What the list and table models share: the entries, described on demand."""

    def __init__(self, describe: Describe, placeholder: str = "") -> None:
        super().__init__()
        self._describe = describe
        self.placeholder = placeholder
        self.entries: list[Entry] = []
        self._more: More | None = None

    def set_entries(self, entries: Sequence[Entry], more: More | None = None) -> None:
        """Show ``entries``; ``more`` reads what follows when the view scrolls to the end."""
        self.beginResetModel()  # type: ignore[attr-defined]
        self.entries = list(entries)
        self._more = more
        self.endResetModel()  # type: ignore[attr-defined]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._more is None:
            return
        entries, self._more = self._more()
        if entries:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)  # type: ignore[attr-defined]
            self.entries.extend(entries)
            self.endInsertRows()  # type: ignore[attr-defined]

    def entry(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _shows_placeholder(self) -> bool:
        return not self.entries and bool(self.placeholder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return 1 if self._shows_placeholder() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self._shows_placeholder():
            shown = role == Qt.ItemDataRole.DisplayRole and index.column() == 0
            return self.placeholder if shown else None
        entry = self.entry(index.row())
        return None if entry is None else self._describe(entry, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._shows_placeholder():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)  # type: ignore[misc]


class EntryListModel(_Entries[Entry], QAbstractListModel):
    """One entry per row, for a list view (the column count stays in C++: views ask
    for it thousands of times)."""


class EntryTableModel(_Entries[Entry], QAbstractTableModel):
    """One entry per row and a column per header, for a table view."""

    def __init__(self, describe: Describe, headers: Sequence[str]) -> None:
        super().__init__(describe)
        self.headers = tuple(headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self.headers):
            return self.headers[section]
        return None

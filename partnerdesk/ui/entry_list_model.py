"""A read-only Qt list model over plain entries, each described only when it is drawn.

Pages that list what a service returned (an organization's timeline, its people) use it
instead of a QListWidget: a big partner has thousands of notes, and making an item for
each costs time the user sees. With PySide6 6.12 on Python 3.11 every item's setData()
and addItem() also drops a reference to None, so a few thousand items crash the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Entry = TypeVar("Entry")
Index = QModelIndex | QPersistentModelIndex
# (entry, role) -> what the view shows for that role, or None.
Describe = Callable[[Any, int], Any]


class EntryListModel(QAbstractListModel, Generic[Entry]):
    def __init__(self, describe: Describe, placeholder: str = "") -> None:
        super().__init__()
        self._describe = describe
        self.placeholder = placeholder
        self.entries: Sequence[Entry] = ()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

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
            return self.placeholder if role == Qt.ItemDataRole.DisplayRole else None
        entry = self.entry(index.row())
        return None if entry is None else self._describe(entry, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._shows_placeholder():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

"""The toolbar's search box: search as the user types (after a short pause) or on Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

# Long enough not to search at every keystroke of a word typed quickly.
SEARCH_DELAY_MS = 200


class SearchBox(QObject):
    """Asks ``search`` to find the typed text (it shows the results when they are read, off
    the GUI thread); an emptied box calls ``cleared``."""

    def __init__(self, search: Callable[[str], None], cleared: Callable[[], None]) -> None:
        super().__init__()
        self._search, self._cleared = search, cleared
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search organizations, contacts, notes, requests…"))
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setClearButtonEnabled(True)
        # Qt's clear button has no name of its own; a screen reader would say just "button".
        for action in self.box.findChildren(QAction):
            if action.objectName() == "_q_qlineeditclearaction":
                action.setText(self.tr("Clear the search"))
        self.box.setMinimumWidth(360)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.run)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        if not query:
            self._cleared()
            return
        self._search(query)

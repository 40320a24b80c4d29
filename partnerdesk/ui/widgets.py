"""Small building blocks shared by pages: headings and empty states."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 560


def heading(text: str, size_delta: int = 6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class EmptyState(QWidget):
    """A calm message in the middle of a page that says what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A column of readable width, centred: word-wrapped labels need a definite width
        # to work out their height.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setMinimumWidth(COLUMN_WIDTH // 2)
        inner = QVBoxLayout(column)
        self.title = heading("", size_delta=4)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addSpacing(12)
        inner.addLayout(self.buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def show_message(
        self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]]
    ) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}")
        while self.buttons.count() > 2:
            item = self.buttons.takeAt(1)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for position, (label, callback) in enumerate(actions, start=1):
            button = QPushButton(label)
            button.clicked.connect(callback)
            self.buttons.insertWidget(position, button)


def current_follows_selection(choices: QListWidget) -> None:
    """Make a list's current row follow its selection.

    A list that switches pages on its current row ignores assistive technology, which
    selects an item (the Selection interface) without making it current: a screen reader
    user would choose a page and nothing would happen.
    """

    def follow() -> None:
        selected = choices.selectedItems()
        if selected and choices.row(selected[0]) != choices.currentRow():
            choices.setCurrentRow(choices.row(selected[0]))

    choices.itemSelectionChanged.connect(follow)

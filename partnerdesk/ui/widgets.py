"""Small building blocks shared by pages: headings and empty states."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = heading("", size_delta=4)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(self.buttons)
        layout.addStretch(3)

    def show_message(
        self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]]
    ) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}")
        while self.buttons.count() > 2:
            item = self.buttons.takeAt(1)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for position, (label, callback) in enumerate(actions, start=1):
            button = QPushButton(label)
            button.clicked.connect(callback)
            self.buttons.insertWidget(position, button)

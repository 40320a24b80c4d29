"""Small building blocks shared by pages: headings and empty states."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 560
# How much larger than the text around them headings are, per step of ``size_delta``
# (a step is a point at the usual 10-point text): relative, so they grow with the text
# when the system's text is made larger.
_GROWTH_PER_STEP = 0.1
SIZE_STEPS_PROPERTY = "partnerdesk_size_steps"
# What a window's frame and title bar take beside its inside, roughly, on any system.
WINDOW_FRAME = QSize(16, 48)
_following_font = False


def larger_font(base: QFont, steps: int, *, bold: bool = True) -> QFont:
    """``base`` made ``steps`` steps larger (in points, or pixels for a pixel-sized font)."""
    font = QFont(base)
    scale = 1 + _GROWTH_PER_STEP * steps
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(bold)
    return font


def enlarge(widget: QWidget, steps: int) -> None:
    """Show a widget's text larger and bold, following the system's text size: made
    larger again from the application's font whenever that changes."""
    global _following_font
    widget.setProperty(SIZE_STEPS_PROPERTY, steps)
    widget.setFont(larger_font(QApplication.font(), steps))
    application = QApplication.instance()
    if not _following_font and isinstance(application, QApplication):
        application.fontChanged.connect(_enlarge_again)
        _following_font = True


def _enlarge_again(font: QFont) -> None:
    for widget in QApplication.allWidgets():
        steps = widget.property(SIZE_STEPS_PROPERTY)
        if isinstance(steps, int):
            widget.setFont(larger_font(font, steps))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open a window at this size, or at what its screen has room for: at 150% or 200% a
    laptop's 1280×800 screen is only 853×533 or 640×400 points."""
    # Not window.screen(): PySide6 makes the QScreen it returns a child of ``window`` for
    # Python's bookkeeping, and a dialog collected as garbage then deletes the screen with
    # it. The next paint of any window crashed (seen in the tests, after a refused save).
    # The static lookups have no such parent.
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else window
    # A window not shown yet has no place of its own: the primary screen, where it opens.
    screen = (
        QGuiApplication.screenAt(anchor.geometry().center()) if anchor.isVisible() else None
    ) or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry().size() - WINDOW_FRAME
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


def heading(text: str, size_delta: int = 6) -> QLabel:
    label = QLabel(text)
    enlarge(label, size_delta)
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

"""Form building blocks: labelled rows with buddies, optional dates, multi-line text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)


def add_row(form: QFormLayout, label: str, field: QWidget, hint: str = "") -> QLabel:
    """A row whose label is the field's buddy (Alt+letter jumps to it, screen readers say it)."""
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(label.replace("&", "").rstrip(":"))
    if hint:
        field.setToolTip(hint)
        field.setAccessibleDescription(hint)
    form.addRow(caption, field)
    return caption


def text_box(height_lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    # Tab moves on to the next field, as people expect in a form.
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * height_lines + 14)
    return box


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as "Not set")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("Not set")
        self.setDisplayFormat("d MMM yyyy")
        self.set_value(None)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class OptionalNumberEdit(QSpinBox):
    """A whole number that may be unknown (shown as "Not known")."""

    def __init__(self, maximum: int = 999, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText("Not known")
        self.setValue(-1)

    def number(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


def choice_box(choices: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def select_data(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))

"""Form building blocks: labelled rows with buddies, optional dates, multi-line text."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import UnreadableDateError, friendly_date, long_date, read_date
from partnerdesk.paths import resource
from partnerdesk.ui.colours import Tone, paint


def add_row(form: QFormLayout, label: str, field: QWidget, hint: str = "") -> QLabel:
    """A row whose label is the field's buddy (Alt+letter jumps to it, screen readers say it)."""
    caption = QLabel(label)
    caption.setBuddy(field)
    # (A date field passes its name on to the line edit people type into.)
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


class _DateLine(QLineEdit):
    """The line a date is typed into; Up and Down ask to move the day."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
        else:
            self.stepped.emit(step)


class OptionalDateEdit(QWidget):
    """A date people type the way they write it, with what it understood shown below.

    Empty text is no date (unless ``required``). Text that is not a date is never dropped:
    it stays as typed, the line below says what is wrong, and ``problem()`` tells the
    dialog to refuse saving until it is fixed. Up and Down move the day.
    """

    # Every edit by the user: typing, a calendar pick, an arrow key.
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, required: bool = False, label: str = "date"
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.label = label
        # The order of 1/2/2027 follows how this computer writes dates.
        self.day_first = _system_writes_day_first()
        self.line = _DateLine()
        self.line.setPlaceholderText(
            self.tr("e.g. {friendly_date}").format(friendly_date=friendly_date(date.today()))
        )
        self.line.textEdited.connect(self._typed)
        self.line.stepped.connect(self._step)
        self.calendar_button = QToolButton()
        # The Today page's calendar icon (an emoji needs a font many systems lack).
        self.calendar_button.setIcon(QIcon(str(resource("icons", "nav-today.svg"))))
        self.calendar_button.setToolTip(self.tr("Choose a date"))
        self.calendar_button.setAccessibleName(self.tr("Choose a date"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar_button.clicked.connect(self._show_calendar)
        self.understood = QLabel()
        self.understood.setWordWrap(True)
        paint(self.understood, Tone.MUTED)
        self.understood.setAccessibleName(self.tr("Date understood"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.understood)
        self.setFocusProxy(self.line)
        self._popup: QCalendarWidget | None = None
        self.set_value(date.today() if required else None)

    # The value ------------------------------------------------------------------------
    def value(self) -> date | None:
        """The date written; while the text cannot be read, the last date that could."""
        try:
            return read_date(self.line.text(), day_first=self.day_first)
        except UnreadableDateError:
            return self._last_readable

    def set_value(self, value: date | None) -> None:
        self._last_readable = value
        self.line.setText(friendly_date(value) if value else "")
        self._show_understood()

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str:
        """What is wrong with the text, in plain words ('' when it reads as a date)."""
        try:
            found = read_date(self.line.text(), day_first=self.day_first)
        except UnreadableDateError as error:
            return str(error)
        if found is None and self.required:
            return self.tr("Please write the {label}, e.g. {friendly_date}.").format(
                label=self.label, friendly_date=friendly_date(date.today())
            )
        return ""

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        # Assistive technology lands on the line edit (the focus proxy): it is the field.
        self.line.setAccessibleName(name)
        self.label = name.lower()

    # Editing -------------------------------------------------------------------------
    def _typed(self, _text: str = "") -> None:
        self._show_understood()
        self.changed.emit()

    def _show_understood(self) -> None:
        problem = self.problem()
        if problem:
            self.understood.setText(problem)
            paint(self.understood, Tone.FLAG)
        else:
            found = self.value()
            self._last_readable = found
            self.understood.setText(long_date(found) if found else self.tr("No date"))
            paint(self.understood, Tone.MUTED)
        # A screen reader says what was understood (or what is wrong) with the field.
        self.line.setAccessibleDescription(self.understood.text())

    def _pick(self, chosen: date) -> None:
        self.line.setText(friendly_date(chosen))
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        self._typed()

    def _step(self, days: int) -> None:
        if self.problem():
            return  # the text stays as typed until the user fixes it
        current = self.value()
        self._pick(current + timedelta(days=days) if current else date.today())

    def _show_calendar(self) -> None:
        if self._popup is None:
            # One calendar per field, hidden between uses (deleting a popup from inside its
            # own key handling crashed Qt).
            self._popup = QCalendarWidget(self)
            self._popup.setWindowFlags(Qt.WindowType.Popup)
            self._popup.setGridVisible(True)
            self._popup.setAccessibleName(self.tr("Choose a date"))
            self._popup.activated.connect(self._calendar_chose)
            self._popup.clicked.connect(self._calendar_chose)
        shown = self.value() or date.today()
        self._popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        corner = self.calendar_button.rect().bottomLeft()
        self._popup.move(self.calendar_button.mapToGlobal(corner))
        self._popup.show()
        self._popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _calendar_chose(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self._pick(date(day.year(), day.month(), day.day()))


def required_date_edit(value: date, label: str = "date") -> OptionalDateEdit:
    """A date that must be given (a note's date): the same field, refusing empty text."""
    edit = OptionalDateEdit(required=True, label=label)
    edit.set_value(value)
    return edit


def _system_writes_day_first() -> bool:
    """Whether this computer's locale writes 30/9/2027 rather than 9/30/2027.

    The "C" locale (no language set, as on many servers) is no preference: month first,
    as the program's default."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return False
    written = system.dateFormat(QLocale.FormatType.ShortFormat).lower()
    return written.find("d") < written.find("m")


def date_problems(fields: list[OptionalDateEdit]) -> tuple[str, QWidget] | None:
    """The first date that cannot be read, with its field named, for a dialog's problem()."""
    for field in fields:
        problem = field.problem()
        if problem:
            name = field.accessibleName() or "date"
            return f"{name}: {problem}", field
    return None


class OptionalNumberEdit(QSpinBox):
    """A whole number that may be unknown (shown as "Not known")."""

    def __init__(self, maximum: int = 999, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(self.tr("Not known"))
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

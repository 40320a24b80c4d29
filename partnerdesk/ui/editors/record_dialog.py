"""The frame every editor dialog shares: a scrollable form, a message line, Save/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.dialogs import Dialogs, SaveChanges
from partnerdesk.ui.forms import OptionalDateEdit, date_problems
from partnerdesk.ui.widgets import resize_within_screen


class RecordDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``problem()`` for must-fix input.

    A date that cannot be read refuses saving, like any other problem. Escape or the
    window's close button asks whether to save what was typed (Cancel discards it).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The program's message boxes (the main window's, which tests replace).
        self.dialogs = _dialogs_above(parent) or Dialogs(self)
        self._opened_with: list[object] | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field whose label leaves it too little room goes under its label, rather than
        # the form scrolling sideways (Spanish labels run longer: review #25, #26).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        # Spare height goes below the form, not between its rows.
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(body)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        paint(self.message, Tone.WARNING)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self._discard)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._accept_if_valid)

        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 640, 560)

    def problem(self) -> tuple[str, QWidget] | None:
        """What must be fixed before saving, and the field to fix it in."""
        return None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._opened_with is None:
            self._opened_with = self._contents()
        super().showEvent(event)

    def typed_anything(self) -> bool:
        return self._opened_with is not None and self._contents() != self._opened_with

    def _contents(self) -> list[object]:
        """What every field holds, to tell whether anything was typed since opening."""
        held: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, OptionalDateEdit) or widget.window() is not self:
                continue  # a date's line edit is looked at; a calendar popup is not
            if isinstance(widget, QLineEdit):
                held.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                held.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                held.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                held.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                held.append(widget.isChecked())
            elif isinstance(widget, QListWidget):
                held.extend(widget.item(row).checkState() for row in range(widget.count()))
        return held

    def reject(self) -> None:
        """Escape or the close button: ask before dropping what was typed."""
        if not self.typed_anything():
            super().reject()
            return
        answer = self.dialogs.save_changes(
            self.tr("Save your changes?"),
            self.tr("You changed “{windowTitle}”. Save what you typed?").format(
                windowTitle=self.windowTitle()
            ),
        )
        if answer is SaveChanges.SAVE:
            self._accept_if_valid()
        elif answer is SaveChanges.DISCARD:
            super().reject()

    def _discard(self) -> None:
        # Cancel says plainly what the user wants: no question.
        super().reject()

    def _accept_if_valid(self) -> None:
        found = date_problems(self.findChildren(OptionalDateEdit)) or self.problem()
        if found is not None:
            text, field = found
            self.show_message(text)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def _dialogs_above(widget: QObject | None) -> Dialogs | None:
    while widget is not None:
        found = getattr(widget, "dialogs", None)
        if isinstance(found, Dialogs):
            return found
        widget = widget.parent()
    return None


def open_dialog(dialog: RecordDialog, on_saved: Callable[[RecordDialog], None]) -> None:
    """Show the dialog; if the user saves, hand it to ``on_saved``."""
    if dialog.exec() == QDialog.DialogCode.Accepted:
        on_saved(dialog)

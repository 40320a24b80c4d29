"""The frame every editor dialog shares: a scrollable form, a message line, Save/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class RecordDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``problem()`` for must-fix input."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        self.message.setAccessibleName("Message")
        self.message.setStyleSheet("color: #9a3412;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._accept_if_valid)

        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def problem(self) -> tuple[str, QWidget] | None:
        """What must be fixed before saving, and the field to fix it in."""
        return None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _accept_if_valid(self) -> None:
        found = self.problem()
        if found is not None:
            text, field = found
            self.show_message(text)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def open_dialog(dialog: RecordDialog, on_saved: Callable[[RecordDialog], None]) -> None:
    """Show the dialog; if the user saves, hand it to ``on_saved``."""
    if dialog.exec() == QDialog.DialogCode.Accepted:
        on_saved(dialog)

"""Asking for the shared database's password when the system keeps none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.forms import add_row


class PasswordDialog(QDialog):
    def __init__(
        self, title: str, text: str, *, can_remember: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        self.password_box = QLineEdit()
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember it on this computer"))
        self.remember.setChecked(can_remember)
        self.remember.setEnabled(can_remember)
        if not can_remember:
            self.remember.setToolTip(
                self.tr("This computer has no password store PartnerDesk can use.")
            )
        form = QFormLayout()
        add_row(form, self.tr("&Password:"), self.password_box)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_box.setFocus()

    def password(self) -> str:
        return self.password_box.text()

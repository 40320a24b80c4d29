"""A short dialog to add an organization by name and type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.text import clean_single_line


class NewOrganizationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New organization")
        self.name = QLineEdit()
        self.name.setAccessibleName("Organization name")
        self.name.setPlaceholderText("For example: Riverbend Health System")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Type of organization")
        for choice in OrganizationType:
            self.kind.addItem(choice.label, choice)
        self.kind.setCurrentIndex(self.kind.findData(OrganizationType.HOSPITAL))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")

        form = QFormLayout()
        name_label = QLabel("&Name:")
        name_label.setBuddy(self.name)
        kind_label = QLabel("&Type:")
        kind_label.setBuddy(self.kind)
        form.addRow(name_label, self.name)
        form.addRow(kind_label, self.kind)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Add")
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _accept_if_valid(self) -> None:
        if not clean_single_line(self.name.text()):
            self.message.setText("Please give the organization a name.")
            self.name.setFocus()
            return
        self.accept()

    @property
    def organization_name(self) -> str:
        return self.name.text()

    @property
    def organization_type(self) -> OrganizationType:
        return OrganizationType(self.kind.currentData())

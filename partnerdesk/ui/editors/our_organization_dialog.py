"""Which organization is ours: asked once, before our own profile is first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, choice_box
from partnerdesk.ui.widgets import resize_within_screen

# Seed 001: most organizations with 501(c)(3) status or public funds cannot lobby. On by
# default: our organization is a community organization, nearly always a nonprofit.
NONPROFIT_LIMITS_LABEL = QT_TRANSLATE_NOOP(
    "our_organization_dialog", "A 501(c)(3) nonprofit, or receives public funds"
)
NONPROFIT_LIMITS_HELP = QT_TRANSLATE_NOOP(
    "our_organization_dialog",
    "Such organizations cannot take part in lobbying: letter or phone campaigns, petition "
    "drives, taking a position on a specific bill or ordinance, endorsing or opposing a "
    "candidate, or urging officials to vote. PartnerDesk then warns when an MOU lists "
    "any of these. Education on public policy is allowed.",
)


class OurOrganizationDialog(RecordDialog):
    """Name our organization, or pick it among those PartnerDesk already has."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your organization"), parent)
        intro = QLabel(
            self.tr(
                "Which organization do you work for? PartnerDesk keeps its profile, and uses its "
                "name on the capacity matrix and on the documents you export."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Eastside Food Bank"))
        self.existing = choice_box([(name, organization_id) for organization_id, name in choices])
        self.new_choice = QRadioButton(self.tr("&A new organization, named:"))
        self.existing_choice = QRadioButton(self.tr("&One already in PartnerDesk:"))
        self.new_choice.setChecked(True)
        if choices:
            group = QButtonGroup(self)
            group.addButton(self.new_choice)
            group.addButton(self.existing_choice)
            self.name.setAccessibleName(self.tr("Name of the new organization"))
            self.existing.setAccessibleName(self.tr("Organization already in PartnerDesk"))
            self.form.addRow(self.new_choice, self.name)
            self.form.addRow(self.existing_choice, self.existing)
            # Typing a name or choosing from the list picks that way.
            self.name.textEdited.connect(lambda _text: self.new_choice.setChecked(True))
            self.existing.activated.connect(lambda _index: self.existing_choice.setChecked(True))
        else:
            self.existing.hide()
            add_row(self.form, self.tr("Your organization's &name:"), self.name)
        self.nonprofit_limits = QCheckBox(
            self.tr("&It is a 501(c)(3) nonprofit, or receives public funds")
        )
        self.nonprofit_limits.setChecked(True)
        self.nonprofit_limits.setToolTip(
            QCoreApplication.translate("our_organization_dialog", NONPROFIT_LIMITS_HELP)
        )
        self.nonprofit_limits.setAccessibleDescription(
            QCoreApplication.translate("our_organization_dialog", NONPROFIT_LIMITS_HELP)
        )
        # Rows of their own, the width of the dialog: beside the choices' column they made
        # the Spanish dialog scroll sideways (review #25).
        self.form.addRow(self.nonprofit_limits)
        limits = QLabel(
            QCoreApplication.translate("our_organization_dialog", NONPROFIT_LIMITS_HELP)
        )
        limits.setWordWrap(True)
        paint(limits, Tone.MUTED)
        self.form.addRow(limits)
        # An organization already in PartnerDesk keeps what its record says (changed in its
        # details): the box, ticked by default, would otherwise reset it in silence.
        self.new_choice.toggled.connect(self.nonprofit_limits.setVisible)
        self.new_choice.toggled.connect(limits.setVisible)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setText(self.tr("Continue"))
        button.setIcon(QIcon())  # the Save button's disk icon would say "saved", not "next"
        resize_within_screen(self, 560, 300 if choices else 270)

    def chosen_id(self) -> int | None:
        """The existing organization picked, or None when a new one is named."""
        if self.existing_choice.isChecked():
            return int(self.existing.currentData())
        return None

    def new_name(self) -> str:
        return self.name.text().strip()

    def is_nonprofit(self) -> bool | None:
        """Whether a new organization is a 501(c)(3) or receives public funds; None for
        one already in PartnerDesk, whose record says so already."""
        if self.chosen_id() is not None:
            return None
        return self.nonprofit_limits.isChecked()

    def problem(self) -> tuple[str, QWidget] | None:
        if self.chosen_id() is None and not self.new_name():
            return self.tr("Please write your organization's name."), self.name
        return None

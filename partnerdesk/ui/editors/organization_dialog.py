"""Add or edit an organization: who they are, what they stand for, and how we know them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit, QWidget

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.text import clean_single_line
from partnerdesk.services.records.organizations import OrganizationForm
from partnerdesk.ui.editors.our_organization_dialog import (
    NONPROFIT_LIMITS_HELP,
    NONPROFIT_LIMITS_LABEL,
)
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import (
    OptionalDateEdit,
    OptionalNumberEdit,
    add_row,
    choice_box,
    select_data,
    text_box,
)


class OrganizationDialog(RecordDialog):
    def __init__(
        self,
        form: OrganizationForm | None = None,
        known_tags: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit organization") if form else self.tr("New organization"), parent
        )
        form = form or OrganizationForm(kind=OrganizationType.HOSPITAL)
        self.name = QLineEdit(form.name)
        self.name.setPlaceholderText(self.tr("For example: Riverbend Health System"))
        self.kind = choice_box([(choice.label, choice) for choice in OrganizationType])
        select_data(self.kind, form.kind)
        self.website = QLineEdit(form.website)
        self.website.setPlaceholderText(self.tr("https://…"))
        self.service_area = text_box(2)
        self.service_area.setPlainText(form.service_area)
        self.years_active = OptionalNumberEdit()
        self.years_active.set_number(form.years_active_in_community)
        self.first_contact = OptionalDateEdit()
        self.first_contact.set_value(form.first_contact_on)
        self.tags = QLineEdit(", ".join(form.tags))
        self.tags.setPlaceholderText(
            self.tr("Separate tags with commas, e.g. food access, coalition")
        )
        if known_tags:
            completer = QCompleter(known_tags, self.tags)
            self.tags.setCompleter(completer)
        self.mission = text_box(3)
        self.mission.setPlainText(form.mission)
        self.values_statement = text_box(3)
        self.values_statement.setPlainText(form.values_statement)
        self.values_demonstrated = text_box(
            5, self.tr("What have they actually done that shows it?")
        )
        self.values_demonstrated.setPlainText(form.values_demonstrated)
        self.notes = text_box(3)
        self.notes.setPlainText(form.notes)
        self.is_ours = QCheckBox(self.tr("This is the organization I work for"))
        self.is_ours.setChecked(form.is_ours)
        self.nonprofit_limits = QCheckBox(
            QCoreApplication.translate("our_organization_dialog", NONPROFIT_LIMITS_LABEL)
        )
        self.nonprofit_limits.setChecked(form.nonprofit_limits)
        self.nonprofit_limits.setToolTip(NONPROFIT_LIMITS_HELP)
        self.nonprofit_limits.setAccessibleDescription(NONPROFIT_LIMITS_HELP)

        add_row(self.form, self.tr("&Name:"), self.name)
        add_row(self.form, self.tr("&Type:"), self.kind)
        add_row(self.form, self.tr("&Website:"), self.website)
        add_row(
            self.form,
            self.tr("Service &area:"),
            self.service_area,
            self.tr("Where they work and whom"),
        )
        add_row(
            self.form,
            self.tr("&Years active in our community:"),
            self.years_active,
            self.tr("How many years they have been active in our community"),
        )
        add_row(self.form, self.tr("&First contact with us:"), self.first_contact)
        add_row(self.form, self.tr("Ta&gs:"), self.tags)
        add_row(self.form, self.tr("&Mission:"), self.mission)
        add_row(self.form, self.tr("&Values statement:"), self.values_statement)
        add_row(
            self.form,
            self.tr("How they have &shown their values:"),
            self.values_demonstrated,
            self.tr("How have they demonstrated those values?"),
        )
        add_row(self.form, self.tr("N&otes:"), self.notes)
        self.form.addRow(self.is_ours)
        self.is_ours.setAccessibleName(self.tr("This is the organization I work for"))
        self.form.addRow(self.nonprofit_limits)

    def problem(self) -> tuple[str, QWidget] | None:
        if not clean_single_line(self.name.text()):
            return self.tr("Please give the organization a name."), self.name
        return None

    def result_form(self) -> OrganizationForm:
        return OrganizationForm(
            name=self.name.text(),
            kind=OrganizationType(self.kind.currentData()),
            mission=self.mission.toPlainText(),
            values_statement=self.values_statement.toPlainText(),
            values_demonstrated=self.values_demonstrated.toPlainText(),
            website=self.website.text(),
            service_area=self.service_area.toPlainText(),
            years_active_in_community=self.years_active.number(),
            first_contact_on=self.first_contact.value(),
            notes=self.notes.toPlainText(),
            tags=[tag for tag in self.tags.text().split(",") if tag.strip()],
            is_ours=self.is_ours.isChecked(),
            nonprofit_limits=self.nonprofit_limits.isChecked(),
        )

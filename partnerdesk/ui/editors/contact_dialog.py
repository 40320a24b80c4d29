"""Add or edit a contact: a person, where they work, and how to reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from partnerdesk.core.choices import PreferredContactMethod
from partnerdesk.core.text import clean_single_line
from partnerdesk.services.records.contacts import ContactForm, check_contact_form
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, choice_box, select_data, text_box


class ContactDialog(RecordDialog):
    def __init__(
        self,
        organizations: list[tuple[int, str]],
        form: ContactForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit contact") if form else self.tr("New contact"), parent)
        form = form or ContactForm()
        self.loaded = form
        self.full_name = QLineEdit(form.full_name)
        self.full_name.setPlaceholderText(self.tr("First and last name"))
        self.organization = choice_box(
            [(self.tr("No organization"), None), *((name, id_) for id_, name in organizations)]
        )
        select_data(self.organization, form.organization_id)
        self.role_title = QLineEdit(form.role_title)
        self.emails = text_box(2, self.tr("One email address per line"))
        self.emails.setPlainText("\n".join(form.emails))
        self.phones = text_box(2, self.tr("One phone number per line"))
        self.phones.setPlainText("\n".join(form.phones))
        self.preferred = choice_box(
            [(self.tr("No preference"), None), *((m.label, m) for m in PreferredContactMethod)]
        )
        select_data(self.preferred, form.preferred_contact_method)
        self.key_leader = QCheckBox(self.tr("Key leader"))
        self.key_leader.setChecked(form.is_key_leader)
        self.decision_maker = QCheckBox(self.tr("Makes decisions"))
        self.decision_maker.setChecked(form.is_decision_maker)
        flags = QWidget()
        flags_row = QHBoxLayout(flags)
        flags_row.setContentsMargins(0, 0, 0, 0)
        flags_row.addWidget(self.key_leader)
        flags_row.addWidget(self.decision_maker)
        flags_row.addStretch(1)
        self.background = text_box(4, self.tr("Their background, what they care about, how we met"))
        self.background.setPlainText(form.background)

        add_row(self.form, self.tr("&Name:"), self.full_name)
        add_row(self.form, self.tr("&Organization:"), self.organization)
        add_row(self.form, self.tr("&Role or title:"), self.role_title)
        add_row(self.form, self.tr("&Emails (one per line):"), self.emails)
        add_row(self.form, self.tr("&Phones (one per line):"), self.phones)
        add_row(self.form, self.tr("P&refers to be reached by:"), self.preferred)
        self.form.addRow("", flags)
        add_row(self.form, self.tr("&Background:"), self.background)
        self.emails.textChanged.connect(self._show_warnings)
        self.phones.textChanged.connect(self._show_warnings)
        self._show_warnings()

    def _show_warnings(self) -> None:
        warnings = check_contact_form(self.result_form())
        self.show_message(
            " ".join(warning.message for warning in warnings)
            + (self.tr(" You can still save.") if warnings else "")
        )

    def problem(self) -> tuple[str, QWidget] | None:
        if not clean_single_line(self.full_name.text()) and not self.emails.toPlainText().strip():
            return self.tr("Please give the contact a name (or at least an email)."), self.full_name
        return None

    def result_form(self) -> ContactForm:
        # Given and family names (from an imported card) are not shown here: they are
        # kept while the name stays as it was, and dropped with a renamed person's old name.
        same_name = self.full_name.text() == self.loaded.full_name
        return ContactForm(
            full_name=self.full_name.text(),
            given_name=self.loaded.given_name if same_name else "",
            family_name=self.loaded.family_name if same_name else "",
            organization_id=self.organization.currentData(),
            role_title=self.role_title.text(),
            emails=self.emails.toPlainText().splitlines(),
            phones=self.phones.toPlainText().splitlines(),
            is_key_leader=self.key_leader.isChecked(),
            is_decision_maker=self.decision_maker.isChecked(),
            background=self.background.toPlainText(),
            preferred_contact_method=(
                PreferredContactMethod(self.preferred.currentData())
                if self.preferred.currentData()
                else None
            ),
        )

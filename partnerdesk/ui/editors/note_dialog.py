"""Add or edit an outreach note: what happened, who took part, and what is due next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from partnerdesk.core.choices import NoteKind
from partnerdesk.core.text import clean_single_line
from partnerdesk.services.records.notes import NoteForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import (
    OptionalDateEdit,
    add_row,
    choice_box,
    required_date_edit,
    select_data,
    text_box,
)

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteDialog(RecordDialog):
    def __init__(
        self,
        organizations: list[tuple[int, str]],
        people: list[tuple[int, str]],
        form: NoteForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit note") if form else self.tr("New note"), parent)
        form = form or NoteForm()
        self.happened_on = required_date_edit(form.happened_on)
        self.kind = choice_box([(kind.label, kind) for kind in NoteKind])
        select_data(self.kind, form.kind)
        self.organization = choice_box(
            [(self.tr("No organization"), None), *((name, id_) for id_, name in organizations)]
        )
        select_data(self.organization, form.organization_id)
        self.subject = QLineEdit(form.subject)
        self.subject.setPlaceholderText(self.tr("For example: First meeting at the pantry"))
        self.summary = text_box(5, self.tr("What was said, what you noticed"))
        self.summary.setPlainText(form.summary)
        self.participants = QListWidget()
        self.participants.setMinimumHeight(150)
        for contact_id, name in people:
            item = QListWidgetItem(name)
            item.setData(CONTACT_ROLE, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = contact_id in form.participant_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.follow_up_action = text_box(2, self.tr("What needs to happen next, if anything"))
        self.follow_up_action.setPlainText(form.follow_up_action)
        self.follow_up_due = OptionalDateEdit()
        self.follow_up_due.set_value(form.follow_up_due)
        self.follow_up_done = QCheckBox(self.tr("Follow-up done"))
        self.follow_up_done.setChecked(form.follow_up_done)

        add_row(self.form, self.tr("&Date:"), self.happened_on)
        add_row(self.form, self.tr("&Type:"), self.kind)
        add_row(self.form, self.tr("&Organization:"), self.organization)
        add_row(self.form, self.tr("&Subject:"), self.subject)
        add_row(self.form, self.tr("Wh&at happened:"), self.summary)
        add_row(
            self.form,
            self.tr("&Who took part:"),
            self.participants,
            self.tr("Tick the people who were there"),
        )
        add_row(self.form, self.tr("&Follow-up:"), self.follow_up_action)
        add_row(self.form, self.tr("Follow-up d&ue:"), self.follow_up_due)
        self.form.addRow("", self.follow_up_done)
        self.follow_up_done.setAccessibleName(self.tr("Follow-up done"))

    def problem(self) -> tuple[str, QWidget] | None:
        if not clean_single_line(self.subject.text()) and not self.summary.toPlainText().strip():
            return self.tr(
                "Please write a subject or a few words about what happened."
            ), self.subject
        return None

    def result_form(self) -> NoteForm:
        chosen = [
            self.participants.item(row).data(CONTACT_ROLE)
            for row in range(self.participants.count())
            if self.participants.item(row).checkState() == Qt.CheckState.Checked
        ]
        return NoteForm(
            # problem() refused saving without a date; the fallback only satisfies the type.
            happened_on=self.happened_on.value() or date.today(),
            kind=NoteKind(self.kind.currentData()),
            organization_id=self.organization.currentData(),
            subject=self.subject.text(),
            summary=self.summary.toPlainText(),
            participant_ids=chosen,
            follow_up_action=self.follow_up_action.toPlainText(),
            follow_up_due=self.follow_up_due.value(),
            follow_up_done=self.follow_up_done.isChecked(),
        )

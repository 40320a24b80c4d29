"""Add or edit a piece of our history with a partner, including harms and whether they
were acknowledged ("acknowledge any wrongdoings or misperceptions")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from partnerdesk.core.choices import Acknowledgement
from partnerdesk.core.text import clean_single_line
from partnerdesk.services.records.organizations import HistoryForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import OptionalDateEdit, add_row, choice_box, select_data, text_box


class HistoryDialog(RecordDialog):
    def __init__(self, form: HistoryForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Edit partner history") if form else self.tr("Add to partner history"), parent
        )
        form = form or HistoryForm()
        self.title = QLineEdit(form.title)
        self.title.setPlaceholderText(self.tr("For example: Diabetes screening pilot"))
        self.period = QLineEdit(form.period)
        self.period.setPlaceholderText(self.tr("For example: Spring to fall 2019"))
        self.happened_on = OptionalDateEdit()
        self.happened_on.set_value(form.happened_on)
        self.went_well = text_box(3)
        self.went_well.setPlainText(form.what_went_well)
        self.went_badly = text_box(3)
        self.went_badly.setPlainText(form.what_went_badly)
        self.harm = text_box(5, self.tr("Harm done or promises broken, if any"))
        self.harm.setPlainText(form.harm_or_broken_promise)
        self.acknowledgement = choice_box([(a.label, a) for a in Acknowledgement])
        select_data(self.acknowledgement, form.acknowledgement)
        self.how_acknowledged = text_box(2)
        self.how_acknowledged.setPlainText(form.how_acknowledged)

        add_row(self.form, self.tr("&Title:"), self.title)
        add_row(self.form, self.tr("&When (in words):"), self.period)
        add_row(self.form, self.tr("&Date it started:"), self.happened_on)
        add_row(self.form, self.tr("What went &well:"), self.went_well)
        add_row(self.form, self.tr("What went &badly:"), self.went_badly)
        add_row(self.form, self.tr("&Harm or broken promise:"), self.harm)
        add_row(
            self.form,
            self.tr("&Acknowledged by them?"),
            self.acknowledgement,
            self.tr("Have they acknowledged the harm or misperception?"),
        )
        add_row(self.form, self.tr("H&ow it was acknowledged:"), self.how_acknowledged)
        self.removed = False
        if form is not None and form.title:
            remove = self.buttons.addButton(
                self.tr("&Remove…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            remove.clicked.connect(self._remove)

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def problem(self) -> tuple[str, QWidget] | None:
        if self.removed:
            return None
        if not clean_single_line(self.title.text()):
            return self.tr("Please give this part of the history a short title."), self.title
        return None

    def result_form(self) -> HistoryForm:
        return HistoryForm(
            title=self.title.text(),
            period=self.period.text(),
            happened_on=self.happened_on.value(),
            what_went_well=self.went_well.toPlainText(),
            what_went_badly=self.went_badly.toPlainText(),
            harm_or_broken_promise=self.harm.toPlainText(),
            acknowledgement=Acknowledgement(self.acknowledgement.currentData()),
            how_acknowledged=self.how_acknowledged.toPlainText(),
        )

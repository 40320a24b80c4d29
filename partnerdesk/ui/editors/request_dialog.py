"""Log or edit a partnership request: who asks, for what, with what money, and how much say."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.core.choices import ParticipationLevel
from partnerdesk.core.text import clean_single_line
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.records.requests import RequestForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import OptionalDateEdit, add_row, choice_box, select_data, text_box

LEVEL_HINT = QT_TRANSLATE_NOOP(
    "request_dialog",
    "Inform: they tell you. Consult: they ask your opinion, then decide. Involve: your "
    "concerns shape the options. Collaborate: you decide together. Empower: you decide.",
)


class RequestDialog(RecordDialog):
    def __init__(
        self,
        organizations: list[tuple[int, str]],
        contacts: list[tuple[int, str]],
        form: RequestForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit request") if form and form.title else self.tr("Log a request"), parent
        )
        form = form or RequestForm()
        self.title = QLineEdit(form.title)
        self.title.setPlaceholderText(self.tr("For example: Referrals for food insecurity"))
        self.organization = choice_box(
            [(self.tr("Not chosen yet"), None), *((name, id_) for id_, name in organizations)]
        )
        select_data(self.organization, form.organization_id)
        self.contact = choice_box(
            [(self.tr("Not chosen yet"), None), *((name, id_) for id_, name in contacts)]
        )
        select_data(self.contact, form.contact_id)
        self.received_on = OptionalDateEdit()
        # A new request was received today unless the user says otherwise, and shows it.
        self.received_on.set_value(form.received_on or date.today())
        self.ask = text_box(3, self.tr("What exactly do they ask of us?"))
        self.ask.setPlainText(form.ask)
        self.purpose = text_box(2)
        self.purpose.setPlainText(form.stated_purpose)
        self.need = text_box(2, self.tr("The community need they say it meets"))
        self.need.setPlainText(form.community_need)
        self.funding_source = text_box(2, self.tr("Grant, budget line, donor…"))
        self.funding_source.setPlainText(form.funding_source)
        self.funding_ends_on = OptionalDateEdit()
        self.funding_ends_on.set_value(form.funding_ends_on)
        self.plan = text_box(2, self.tr("What they say happens when the money stops"))
        self.plan.setPlainText(form.plan_when_funding_ends)
        self.timeframe = QLineEdit(form.proposed_timeframe)
        levels: list[tuple[str, object]] = [
            (self.tr("Not known yet"), None),
            *((level.label, level) for level in ParticipationLevel),
        ]
        self.offered = choice_box(levels)
        select_data(self.offered, form.participation_offered)
        self.wanted = choice_box(levels)
        select_data(self.wanted, form.participation_wanted)

        add_row(self.form, self.tr("&Title:"), self.title)
        add_row(self.form, self.tr("&From (organization):"), self.organization)
        add_row(self.form, self.tr("Who &asked:"), self.contact)
        add_row(self.form, self.tr("&Received on:"), self.received_on)
        add_row(self.form, self.tr("What they as&k for:"), self.ask)
        add_row(self.form, self.tr("Stated &purpose:"), self.purpose)
        add_row(self.form, self.tr("Community &need:"), self.need)
        add_row(self.form, self.tr("F&unding source:"), self.funding_source)
        add_row(self.form, self.tr("Funding &ends on:"), self.funding_ends_on)
        add_row(self.form, self.tr("Plan &when funding ends:"), self.plan)
        add_row(self.form, self.tr("Proposed time&frame:"), self.timeframe)
        add_row(
            self.form,
            self.tr("Say in decisions they &offer us:"),
            self.offered,
            QCoreApplication.translate("request_dialog", LEVEL_HINT),
        )
        add_row(
            self.form,
            self.tr("Say in decisions we &want:"),
            self.wanted,
            QCoreApplication.translate("request_dialog", LEVEL_HINT),
        )

    def problem(self) -> tuple[str, QWidget] | None:
        if not clean_single_line(self.title.text()):
            return self.tr(
                "Please give the request a short title, e.g. what they ask for."
            ), self.title
        return None

    def result_form(self) -> RequestForm:
        return RequestForm(
            title=self.title.text(),
            organization_id=self.organization.currentData(),
            contact_id=self.contact.currentData(),
            received_on=self.received_on.value(),
            ask=self.ask.toPlainText(),
            stated_purpose=self.purpose.toPlainText(),
            community_need=self.need.toPlainText(),
            funding_source=self.funding_source.toPlainText(),
            funding_ends_on=self.funding_ends_on.value(),
            plan_when_funding_ends=self.plan.toPlainText(),
            proposed_timeframe=self.timeframe.text(),
            participation_offered=_level(self.offered.currentData()),
            participation_wanted=_level(self.wanted.currentData()),
        )


def _level(value: object) -> ParticipationLevel | None:
    # Qt hands enum values back as plain strings.
    return ParticipationLevel(str(value)) if value else None

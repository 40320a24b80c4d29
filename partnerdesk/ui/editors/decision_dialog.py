"""Record a decision on a request: proceed, proceed with conditions, pause or decline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from partnerdesk.core.choices import Decision
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.vetting.decisions import DecisionForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import OptionalDateEdit, add_row, text_box
from partnerdesk.ui.widgets import resize_within_screen

EXPLANATIONS = {
    Decision.PROCEED: QT_TRANSLATE_NOOP("decision_dialog", "&Proceed — we go ahead as proposed."),
    Decision.PROCEED_WITH_CONDITIONS: QT_TRANSLATE_NOOP(
        "decision_dialog", "Proceed with &conditions — only if they agree to ours."
    ),
    Decision.PAUSE: QT_TRANSLATE_NOOP(
        "decision_dialog", "P&ause — not now; we may come back to it."
    ),
    Decision.DECLINE: QT_TRANSLATE_NOOP(
        "decision_dialog", "&Decline — we say no. The request moves to “Declined”."
    ),
}


class DecisionDialog(RecordDialog):
    def __init__(
        self, title: str, current: DecisionForm | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record a decision"), parent)
        intro = QLabel(self.tr("What have you decided about “{title}”?").format(title=title))
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.buttons_by_decision: dict[Decision, QRadioButton] = {}
        column = QVBoxLayout()
        column.addWidget(intro)
        for decision, text in EXPLANATIONS.items():
            button = QRadioButton(QCoreApplication.translate("decision_dialog", text))
            self.choices.addButton(button)
            self.buttons_by_decision[decision] = button
            column.addWidget(button)
            button.toggled.connect(self._update_conditions)
        choices = QWidget()
        choices.setLayout(column)
        choices.setAccessibleName(self.tr("Decision"))
        self.form.addRow(choices)
        self.reasons = text_box(4, self.tr("Why: what you weighed, who took part"))
        self.conditions = text_box(
            4, self.tr("One condition per line, e.g. our staff time is paid")
        )
        self.decided_on = OptionalDateEdit()
        add_row(self.form, self.tr("&Why:"), self.reasons)
        self.conditions_label = add_row(self.form, self.tr("C&onditions:"), self.conditions)
        add_row(self.form, self.tr("Decided &on:"), self.decided_on)
        if current is not None:
            self.buttons_by_decision[current.decision].setChecked(True)
            self.reasons.setPlainText(current.reasons)
            self.conditions.setPlainText(current.conditions)
        self.decided_on.set_value(
            current.decided_on if current and current.decided_on else date.today()
        )
        self._update_conditions()
        resize_within_screen(self, 600, 520)

    def chosen(self) -> Decision | None:
        return next(
            (
                decision
                for decision, button in self.buttons_by_decision.items()
                if button.isChecked()
            ),
            None,
        )

    def _update_conditions(self) -> None:
        decision = self.chosen()
        wanted = decision in (Decision.PROCEED_WITH_CONDITIONS, Decision.PAUSE)
        self.conditions.setEnabled(wanted)
        self.conditions_label.setText(
            self.tr("What must change &first:")
            if decision is Decision.PAUSE
            else self.tr("C&onditions:")
        )
        self.conditions_label.setEnabled(wanted)

    def problem(self) -> tuple[str, QWidget] | None:
        decision = self.chosen()
        if decision is None:
            return self.tr("Please choose what you decided."), self.buttons_by_decision[
                Decision.PROCEED
            ]
        if not self.reasons.toPlainText().strip():
            return self.tr("Please write down why: it is what you will look back at."), self.reasons
        if (
            decision is Decision.PROCEED_WITH_CONDITIONS
            and not self.conditions.toPlainText().strip()
        ):
            return self.tr("Please list the conditions they must meet."), self.conditions
        return None

    def result_form(self) -> DecisionForm:
        decision = self.chosen()
        assert decision is not None  # problem() refused saving without one
        return DecisionForm(
            decision,
            self.reasons.toPlainText(),
            self.conditions.toPlainText() if self.conditions.isEnabled() else "",
            self.decided_on.value(),
        )

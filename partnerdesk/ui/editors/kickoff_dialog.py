"""The kickoff meeting (issue 19): choose the kind of meeting and read its tips, save the
agenda, record the meeting once it was held."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.kickoff import ADVICE, DEFAULT_FORMAT, KickoffFormat, advice_for
from partnerdesk.services.records.kickoff import KickoffMeeting
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import (
    OptionalDateEdit,
    add_row,
    choice_box,
    required_date_edit,
    select_data,
    text_box,
)
from partnerdesk.ui.language import content_language
from partnerdesk.ui.widgets import resize_within_screen


class KickoffDialog(QDialog):
    """One place for the kickoff meeting; its two buttons hand the chosen kind of meeting
    to ``save_agenda`` and ``record_meeting``."""

    def __init__(
        self,
        request_title: str,
        save_agenda: Callable[[KickoffFormat], None],
        record_meeting: Callable[[KickoffFormat], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kickoff meeting"))
        intro = QLabel(
            self.tr(
                "Meet the partner of “{request_title}”. Choose the kind of "
                "meeting that suits you both, save its agenda to send, and "
                "record the meeting once it is held."
            ).format(request_title=request_title)
        )
        intro.setWordWrap(True)
        # The ways to meet and their tips in the screen's language (resources/LANG/kickoff.yaml).
        self.language = content_language()
        self.kind = choice_box([(advice_for(way, self.language).label, way) for way in ADVICE])
        select_data(self.kind, DEFAULT_FORMAT)
        self.tips = QLabel()
        self.tips.setWordWrap(True)
        self.tips.setAccessibleName(self.tr("Tips for this kind of meeting"))
        self.kind.currentIndexChanged.connect(self._show_tips)
        form = QFormLayout()
        add_row(form, self.tr("&Kind of meeting:"), self.kind)
        form.addRow(self.tr("Tips:"), self.tips)
        self.save_agenda = QPushButton(self.tr("&Save the agenda…"))
        self.save_agenda.setToolTip(
            self.tr("A Word agenda on your letterhead, to send to the partner")
        )
        self.save_agenda.clicked.connect(lambda: save_agenda(self.chosen()))
        self.record_meeting = QPushButton(self.tr("&Record the meeting…"))
        self.record_meeting.setToolTip(self.tr("When it was, who came, notes and follow-ups"))
        self.record_meeting.clicked.connect(lambda: record_meeting(self.chosen()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_agenda, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.record_meeting, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_tips()
        resize_within_screen(self, 560, 380)

    def chosen(self) -> KickoffFormat:
        return KickoffFormat(self.kind.currentData())

    def _show_tips(self, _index: int = 0) -> None:
        advice = advice_for(self.chosen(), self.language)
        lines = [advice.when, *(f"• {tip}" for tip in advice.tips)]
        self.tips.setText("\n".join(lines))
        # Read out with the choice, for screen-reader users.
        self.kind.setAccessibleDescription(" ".join(lines))


class MeetingDialog(RecordDialog):
    """What happened at the kickoff meeting, saved as one Meeting note."""

    def __init__(self, kickoff_format: KickoffFormat, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the kickoff meeting"), parent)
        self.kickoff_format = kickoff_format
        self.held_on = required_date_edit(date.today(), self.tr("date of the meeting"))
        self.who_came = QLineEdit()
        self.who_came.setPlaceholderText(self.tr("For example: Ana Ruiz, Dev Patel"))
        self.notes = text_box(5, self.tr("What was said, what you agreed"))
        self.follow_up = text_box(2, self.tr("What needs to happen next, and who does it"))
        self.follow_up_due = OptionalDateEdit()
        add_row(self.form, self.tr("&Date:"), self.held_on)
        add_row(self.form, self.tr("&Who came:"), self.who_came)
        add_row(self.form, self.tr("&Notes:"), self.notes)
        add_row(self.form, self.tr("&Follow-up:"), self.follow_up)
        add_row(self.form, self.tr("Follow-up d&ue:"), self.follow_up_due)
        resize_within_screen(self, 560, 420)

    def problem(self) -> tuple[str, QWidget] | None:
        if self.follow_up_due.text().strip() and not self.follow_up.toPlainText().strip():
            return self.tr(
                "Please write what the follow-up is, or leave its date empty."
            ), self.follow_up
        return None

    def meeting(self) -> KickoffMeeting:
        # The dates go as typed: the service reads them the same way and refuses what it
        # cannot read, so nothing typed is lost on the way.
        return KickoffMeeting(
            held_on=self.held_on.text(),
            who_came=self.who_came.text(),
            notes=self.notes.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            follow_up_due=self.follow_up_due.text(),
            kickoff_format=self.kickoff_format,
            day_first=self.held_on.day_first,
        )

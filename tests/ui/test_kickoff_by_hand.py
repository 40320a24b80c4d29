"""The kickoff meeting from the vetting screen, by keyboard (issue 19): choose the kind of
meeting and see its tips, save the agenda, record the meeting as a Meeting note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.choices import NoteKind
from partnerdesk.core.kickoff import KickoffFormat
from partnerdesk.store.models import OutreachNote
from partnerdesk.ui.editors.kickoff_dialog import KickoffDialog, MeetingDialog
from partnerdesk.ui.main_window import MainWindow
from tests.ui.conftest import RecordingDialogs, settle
from tests.ui.test_question_form_by_hand import _raise_any, _tab_to, _when_open
from tests.ui.test_vetting_flow import open_sample_request


def test_the_kickoff_meeting_is_chosen_its_agenda_saved_and_the_meeting_recorded(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    agenda = tmp_path / "agenda.docx"
    dialogs.files.append(agenda)
    failures: list[BaseException] = []

    def record(meeting: MeetingDialog) -> None:
        line = meeting.held_on.line
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, "15 January 2027")
        qtbot.keyClick(line, Qt.Key.Key_Tab)
        _tab_to(meeting, qtbot, meeting.who_came)
        qtbot.keyClicks(meeting.who_came, "Ana Ruiz, Dev Patel")
        qtbot.keyClick(meeting.who_came, Qt.Key.Key_Tab)
        qtbot.keyClicks(meeting.notes, "A warm start; lunch at the pantry.")
        qtbot.keyClick(meeting.notes, Qt.Key.Key_Tab)
        qtbot.keyClicks(meeting.follow_up, "Send the team charter draft")
        qtbot.keyClick(meeting.follow_up, Qt.Key.Key_Tab)
        _tab_to(meeting, qtbot, meeting.follow_up_due.line)
        qtbot.keyClicks(meeting.follow_up_due.line, "2027-01-29")
        save = meeting.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def kickoff(dialog: KickoffDialog) -> None:
        assert dialog.chosen().value == "host"
        assert "hour" in dialog.tips.text()
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # host → a longer retreat
        assert dialog.chosen().value == "retreat"
        assert "Bring food!" in dialog.tips.text()
        _tab_to(dialog, qtbot, dialog.save_agenda)
        qtbot.keyClick(dialog.save_agenda, Qt.Key.Key_Space)
        failures.extend(_when_open(MeetingDialog, record))
        _tab_to(dialog, qtbot, dialog.record_meeting)
        qtbot.keyClick(dialog.record_meeting, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures.extend(_when_open(KickoffDialog, kickoff))
    menu = sample_window.request_page.export.menu()
    assert menu is not None
    next(action for action in menu.actions() if action.text() == "Kickoff meeting…").trigger()
    settle(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    qtbot.waitUntil(agenda.exists, timeout=5000)
    headings = [p.text for p in docx.Document(str(agenda)).paragraphs]
    assert any("Break, with food" in text for text in headings)
    with sample_window.database.session() as session:
        note = session.scalars(
            select(OutreachNote).where(
                OutreachNote.request_id == request_id,
                OutreachNote.subject.startswith("Kickoff meeting"),
            )
        ).one()
        assert note.kind is NoteKind.MEETING
        assert note.happened_on == date(2027, 1, 15)
        assert "Ana Ruiz, Dev Patel" in note.summary and "lunch" in note.summary
        assert "retreat" in note.summary
        assert note.follow_up_action == "Send the team charter draft"
        assert note.follow_up_due == date(2027, 1, 29)
    assert [entry for entry in dialogs.shown if entry[0] == "problem"] == []


def test_a_meeting_date_that_cannot_be_read_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot,
) -> None:
    meeting = MeetingDialog(KickoffFormat.HOST)
    qtbot.addWidget(meeting)
    meeting.show()
    line = meeting.held_on.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "the 45th")
    save = meeting.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    shown = (meeting.isVisible(), line.text(), meeting.message.text())
    # Cancel drops it without asking (closing would ask whether to save what was typed).
    cancel = meeting.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert shown[:2] == (True, "the 45th")
    assert "the 45th" in shown[2]

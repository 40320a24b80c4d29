"""Commitments by keys: done with one key from Today, open again, dropped with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import Decision
from partnerdesk.core.commitments import CommitmentStatus
from partnerdesk.services.commitments.lists import CommitmentLine, list_commitments
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_keyboard_flows import _mnemonics
from .test_vetting_flow import open_sample_request


def _stored(window: MainWindow) -> dict[str, CommitmentLine]:
    window.operations.wait_for_all()
    return {line.what: line for line in list_commitments(window.context.database)}


def _click_row(view: QListWidget | QTreeWidget, qtbot: QtBot, text: str) -> None:
    if isinstance(view, QListWidget):
        item = next(view.item(r) for r in range(view.count()) if text in view.item(r).text())
        rect = view.visualItemRect(item)
    else:
        found = view.findItems(text, Qt.MatchFlag.MatchContains, 0)[0]
        rect = view.visualItemRect(found)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _no_problem(dialogs: RecordingDialogs) -> None:
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_a_late_and_a_soon_commitment_are_marked_done_from_today_with_one_key(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    today = window.today_page
    late, soon = today.late_commitments.list, today.due_commitments.list
    # One late in each request: the vetting one's roles table and the active partnership's.
    late_texts = [late.item(row).text() for row in range(late.count())]
    assert late.count() == 2
    assert any("Send the signed data use agreement" in text for text in late_texts)
    assert any("Send the summer's lunch counts by site" in text for text in late_texts)
    assert "Train two volunteers to take referrals" in soon.item(0).text()

    _click_row(late, qtbot, "Send the signed data use agreement")
    qtbot.keyClick(late, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Marked done" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: late.count() == 1)
    window.statusBar().clearMessage()
    _click_row(late, qtbot, "Send the summer's lunch counts by site")
    qtbot.keyClick(late, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Marked done" in window.statusBar().currentMessage())
    _click_row(soon, qtbot, "Train two volunteers")
    qtbot.keyClick(soon, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    stored = _stored(window)
    assert stored["Send the signed data use agreement"].status is CommitmentStatus.DONE
    assert stored["Train two volunteers to take referrals"].status is CommitmentStatus.DONE
    settle(window, qtbot)
    assert late.count() == 0 and not late.isVisible()
    assert "No commitment is late" in today.late_commitments.empty_label.text()
    _no_problem(dialogs)


def test_the_request_page_lists_commitments_by_party_to_reopen_finish_and_drop(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    open_sample_request(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.commitments
    letters = [entry[0] for entry in _mnemonics(window)]
    assert len(letters) == len(set(letters)), "each Alt+letter leads to one place"
    rows = page.commitments.rows
    qtbot.waitUntil(lambda: rows.topLevelItemCount() > 0)
    items = [rows.topLevelItem(i) for i in range(rows.topLevelItemCount())]
    parties = [
        item.text(0)
        for item in items
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole + 1) is None
    ]
    assert parties == [
        "Both of us",
        "Eastside Community Food Collective",
        "Riverbend Health System",
    ]

    _click_row(rows, qtbot, "Hold the kickoff meeting")
    qtbot.mouseClick(page.commitments.reopen, Qt.MouseButton.LeftButton)
    _click_row(rows, qtbot, "Screen patients")
    qtbot.keyClick(rows, Qt.Key.Key_Space)
    dialogs.texts.append("They report to the foundation themselves")
    _click_row(rows, qtbot, "Report referral numbers")
    qtbot.mouseClick(page.commitments.dropping, Qt.MouseButton.LeftButton)

    stored = _stored(window)
    # Open again, and its date has passed: late.
    assert stored["Hold the kickoff meeting with both teams"].status is CommitmentStatus.LATE
    assert stored["Screen patients and send referrals with their consent"].status is (
        CommitmentStatus.DONE
    )
    dropped = stored["Report referral numbers to the foundation"]
    assert dropped.status is CommitmentStatus.DROPPED
    assert dropped.drop_reason == "They report to the foundation themselves"
    settle(window, qtbot)
    shown = rows.findItems("Report referral numbers", Qt.MatchFlag.MatchContains, 0)[0]
    assert shown.text(2) == "Dropped: They report to the foundation themselves"
    _no_problem(dialogs)


def test_the_conditions_of_a_decision_show_as_the_partners_commitments(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    open_sample_request(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    rows = page.commitments.rows
    qtbot.waitUntil(lambda: rows.topLevelItemCount() > 0)
    before = rows.topLevelItemCount()

    def decide(dialog: DecisionDialog) -> None:
        qtbot.mouseClick(
            dialog.buttons_by_decision[Decision.PROCEED_WITH_CONDITIONS], Qt.MouseButton.LeftButton
        )
        dialog.reasons.setFocus()
        qtbot.keyClicks(dialog.reasons, "They listened to our members")
        dialog.conditions.setFocus()
        qtbot.keyClicks(dialog.conditions, "- Pay our volunteers for their time")
        qtbot.keyClick(dialog.conditions, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.conditions, "- Share the results with us by 2027-06-30")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_dialog_opens(DecisionDialog, decide)
    qtbot.mouseClick(page.decide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows.topLevelItemCount() == before + 2, timeout=5000)
    stored = _stored(window)
    results = stored["Share the results with us by 2027-06-30"]
    assert results.party == "Riverbend Health System" and results.due_on == date(2027, 6, 30)
    assert stored["Pay our volunteers for their time"].status is CommitmentStatus.OPEN
    assert rows.findItems("Pay our volunteers", Qt.MatchFlag.MatchContains, 0)
    _no_problem(dialogs)


def test_a_right_click_on_a_commitment_on_today_offers_mark_done(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    soon = sample_window.today_page.due_commitments.list
    _click_row(soon, qtbot, "Train two volunteers")
    (action,) = soon.actions()
    assert action.text().startswith("Mark done")
    action.trigger()
    stored = _stored(sample_window)
    assert stored["Train two volunteers to take referrals"].status is CommitmentStatus.DONE

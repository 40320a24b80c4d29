"""The results report for leaders, by keyboard (issue 19): type the story and the figures,
leave at once, and find them kept; write the report; a colleague's save is not overwritten
unasked; a date that cannot be read keeps the dialog open with what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.services.results.report import read_results_form, save_results_form
from partnerdesk.ui.editors.results_dialog import ResultsReportDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.record_saving import KEEP_MINE
from tests.ui.conftest import RecordingDialogs, settle
from tests.ui.test_question_form_by_hand import _raise_any, _tab_to, _when_open

MEALS = 3  # the sample's active partnership


def _open_report_dialog(window: MainWindow, qtbot: QtBot, request_id: int = MEALS) -> None:
    window.show_request(request_id)
    settle(window, qtbot)
    assert window.request_page.request_id == request_id
    menu = window.request_page.export.menu()
    assert menu is not None
    action = next(
        action for action in menu.actions() if action.text() == "Results report for leaders…"
    )
    action.trigger()
    settle(window, qtbot)


def _replace_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _no_trouble(dialogs: RecordingDialogs) -> None:
    assert [entry for entry in dialogs.shown if entry[0] == "problem"] == []


def test_the_story_and_figures_typed_are_kept_on_leaving_at_once(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    reopened: list[tuple[str, str, str, str]] = []

    def type_and_leave(dialog: ResultsReportDialog) -> None:
        assert dialog.story.toPlainText().startswith("My two boys")
        _replace_text(qtbot, dialog.story, "Lunch was the best part of my summer.")
        qtbot.keyClick(dialog.story, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.story_by
        _replace_text(qtbot, dialog.story_by, "Mateo, age 9")
        qtbot.keyClick(dialog.story_by, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.next_steps
        qtbot.keyClick(dialog.next_steps, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.next_steps, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.next_steps, "Thank the volunteers at the fall picnic")
        _tab_to(dialog, qtbot, dialog.figure_edits[0])
        _replace_text(qtbot, dialog.figure_edits[0], "2,380 lunches")
        qtbot.keyClick(dialog.figure_edits[0], Qt.Key.Key_Tab)
        _tab_to(dialog, qtbot, dialog.as_of_edits[0].line)
        _replace_text(qtbot, dialog.as_of_edits[0].line, "2026-08-29")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # at once: no wait for anything

    def look(dialog: ResultsReportDialog) -> None:
        reopened.append(
            (
                dialog.story.toPlainText(),
                dialog.story_by.text(),
                dialog.figure_edits[0].text(),
                dialog.as_of_edits[0].line.text(),
            )
        )
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _when_open(ResultsReportDialog, type_and_leave)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    stored = read_results_form(sample_window.database, MEALS)
    assert stored.story == "Lunch was the best part of my summer."
    assert stored.story_by == "Mateo, age 9"
    assert stored.next_steps.endswith("\nThank the volunteers at the fall picnic")
    assert (stored.figures[0].figure, stored.figures[0].as_of) == ("2,380 lunches", "2026-08-29")
    assert stored.figures[1].figure == "14 of 22 volunteers (64%)"
    # Opened again, the dialog shows what the store holds.
    failures = _when_open(ResultsReportDialog, look)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    assert reopened[0][:3] == (
        "Lunch was the best part of my summer.",
        "Mateo, age 9",
        "2,380 lunches",
    )
    assert "2026" in reopened[0][3]
    _no_trouble(dialogs)


def test_the_report_is_written_with_what_was_just_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "results.docx"
    dialogs.files.append(target)

    def type_and_write(dialog: ResultsReportDialog) -> None:
        _tab_to(dialog, qtbot, dialog.figure_edits[1])
        _replace_text(qtbot, dialog.figure_edits[1], "15 of 22 volunteers")
        _tab_to(dialog, qtbot, dialog.save_report)
        qtbot.keyClick(dialog.save_report, Qt.Key.Key_Space)
        _replace_text(qtbot, dialog.story_by, "A grandmother in Eastside")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _when_open(ResultsReportDialog, type_and_write)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    qtbot.waitUntil(target.exists, timeout=10000)
    cells = [cell.text for row in docx.Document(str(target)).tables[0].rows for cell in row.cells]
    assert any(cell.startswith("15 of 22 volunteers") for cell in cells)
    # Saved twice, one after the other (before the report, then on leaving): neither
    # refused the other.
    assert read_results_form(sample_window.database, MEALS).story_by == "A grandmother in Eastside"
    assert [entry for entry in dialogs.shown if entry[0] == "choose"] == []
    _no_trouble(dialogs)


def test_a_colleagues_save_meanwhile_is_named_and_mine_kept_when_chosen(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    database = sample_window.database
    dialogs.choices.append(KEEP_MINE)

    def colleague_then_me(dialog: ResultsReportDialog) -> None:
        theirs = read_results_form(database, MEALS)
        save_results_form(database, MEALS, replace(theirs, story="The colleague's story"))
        _replace_text(qtbot, dialog.story, "My story")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _when_open(ResultsReportDialog, colleague_then_me)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    settle(sample_window, qtbot)
    sample_window.operations.wait_for_all()
    asked = [entry for entry in dialogs.shown if entry[0] == "choose"]
    assert len(asked) == 1 and "story or quote" in asked[0][2]
    assert "The colleague's story" in asked[0][2]
    assert read_results_form(database, MEALS).story == "My story"
    _no_trouble(dialogs)


def test_an_unreadable_date_keeps_the_dialog_open_with_what_was_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    seen: list[tuple[bool, str, str]] = []

    def mistype(dialog: ResultsReportDialog) -> None:
        line = dialog.as_of_edits[0].line
        _tab_to(dialog, qtbot, line)
        _replace_text(qtbot, line, "the 45th")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen.append((dialog.isVisible(), line.text(), dialog.message.text()))
        _replace_text(qtbot, line, "30 August 2026")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _when_open(ResultsReportDialog, mistype)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    assert seen[0][:2] == (True, "the 45th") and "the 45th" in seen[0][2]
    assert read_results_form(sample_window.database, MEALS).figures[0].as_of == (
        date(2026, 8, 30).isoformat()
    )
    _no_trouble(dialogs)


def test_a_request_that_is_not_a_partnership_says_so_plainly(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    _open_report_dialog(sample_window, qtbot, request_id=2)  # declined in the sample
    assert dialogs.shown[-1][:2] == ("inform", "Not a partnership yet")
    assert "is not a partnership yet" in dialogs.shown[-1][2]
    _no_trouble(dialogs)

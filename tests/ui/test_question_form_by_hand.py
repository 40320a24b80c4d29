"""The question form from the vetting screen, by keyboard and mouse (issue 18): pick the
questions, save the form, read a filled-in form back choosing ours or theirs per answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.forms import QuestionChoice
from partnerdesk.services.documents.forms import export_question_form, organizations_for_forms
from partnerdesk.services.profiles.answers import read_profile
from partnerdesk.services.vetting.shortlist import read_shortlist
from partnerdesk.store.models import VettingAnswer, VettingQuestion
from partnerdesk.ui.editors.form_dialogs import FormAnswersDialog, ShortlistDialog
from partnerdesk.ui.main_window import MainWindow
from tests.services.forms import form_editing
from tests.ui.conftest import RecordingDialogs, settle, when_dialog_opens
from tests.ui.test_vetting_flow import open_sample_request


def _form_menu_entry(window: MainWindow, text: str) -> None:
    menu = window.request_page.form.menu()
    assert menu is not None
    action = next(action for action in menu.actions() if action.text().startswith(text))
    action.trigger()


def _tab_to(dialog: QWidget, qtbot: QtBot, wanted: QWidget) -> None:
    """Tab until ``wanted`` has the keyboard focus."""
    for _ in range(200):
        if dialog.focusWidget() is wanted:
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError("not reached with Tab")


def _when_open(kind: type, act: Callable[[Any], None]) -> list[BaseException]:
    """``when_dialog_opens``, closing the dialog if a step fails (its ``exec`` would wait
    for ever); the failure is raised by ``_raise_any`` once the dialog is gone."""
    failures: list[BaseException] = []

    def act_or_close(dialog: QDialog) -> None:
        try:
            act(dialog)
        except BaseException as error:
            failures.append(error)
            dialog.reject()

    when_dialog_opens(kind, act_or_close)
    return failures


def _raise_any(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


def _no_trouble(dialogs: RecordingDialogs) -> None:
    assert [entry for entry in dialogs.shown if entry[0] == "problem"] == []


def test_questions_for_the_form_are_picked_by_keyboard_and_saved(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)

    def pick(dialog: ShortlistDialog) -> None:
        assert sorted(dialog.chosen()) == sorted(
            ["hard.why-now", "hard.funding-runs-out", "hard.values-statement"]
        )
        assert dialog.topics["hard"].checkState() == Qt.CheckState.Checked
        # Tab to a question, as a person does, and untick it with Space.
        why_now = dialog.items["hard.why-now"]
        _tab_to(dialog, qtbot, why_now)
        qtbot.keyClick(why_now, Qt.Key.Key_Space)
        assert not why_now.isChecked()
        assert dialog.topics["hard"].checkState() == Qt.CheckState.PartiallyChecked
        # A whole topic with a click on its box.
        data = dialog.topics["data"]
        indicator = QPoint(8, data.height() // 2)  # on the box itself, left of its words
        qtbot.mouseClick(data, Qt.MouseButton.LeftButton, pos=indicator)
        assert all(dialog.items[key].isChecked() for key in dialog.items if key.startswith("data."))
        assert dialog.count.text() == f"6 of {len(dialog.items)} questions ticked."
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    failures = _when_open(ShortlistDialog, pick)
    _form_menu_entry(sample_window, "Questions for the form")
    settle(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    chosen = read_shortlist(sample_window.database, request_id).chosen()
    assert "hard.why-now" not in chosen
    assert {"hard.funding-runs-out", "hard.values-statement", "data.ownership"} <= set(chosen)
    assert sum(key.startswith("data.") for key in chosen) == 4
    _no_trouble(dialogs)


def test_the_form_is_saved_and_read_back_keeping_ours_where_chosen(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    database = sample_window.database
    sent = tmp_path / "form.docx"
    dialogs.files.append(sent)
    _form_menu_entry(sample_window, "Save the form to send")
    settle(sample_window, qtbot)
    qtbot.waitUntil(sent.exists, timeout=5000)
    assert len(form_editing.form_tables(docx.Document(str(sent)))) == 1  # the hard questions

    returned = tmp_path / "returned.docx"
    export_question_form(database, request_id, returned, QuestionChoice.HARD)
    number = {
        q.key: q.number for t in read_shortlist(database, request_id).topics for q in t.questions
    }
    form_editing.answer(
        returned,
        {
            number["hard.why-now"]: "Our board asked us to reach out.",
            number["hard.funding-runs-out"]: "The board approved two more years.",
            number["hard.values-statement"]: "Yes: equity and respect.",
        },
    )
    dialogs.files.append(returned)

    def choose(dialog: FormAnswersDialog) -> None:
        assert set(dialog.items) == {
            "hard.why-now",
            "hard.funding-runs-out",
            "hard.values-statement",
        }
        why_now = dialog.items["hard.why-now"]
        _tab_to(dialog, qtbot, why_now)
        qtbot.keyClick(why_now, Qt.Key.Key_Space)  # keep ours for this one
        assert not why_now.isChecked()
        qtbot.mouseClick(dialog.read_in, Qt.MouseButton.LeftButton)

    failures = _when_open(FormAnswersDialog, choose)
    _form_menu_entry(sample_window, "Read their filled-in form")
    settle(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    with database.session() as session:
        stored = dict(
            session.execute(
                select(VettingQuestion.key, VettingAnswer.their_answer)
                .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
                .where(VettingAnswer.request_id == request_id)
            ).all()
        )
    assert stored["hard.why-now"].startswith("Angela said")  # ours, kept
    assert stored["hard.funding-runs-out"] == "The board approved two more years."
    assert stored["hard.values-statement"] == "Yes: equity and respect."
    # The vetting screen shows what was read in.
    page = sample_window.request_page
    qtbot.waitUntil(lambda: "equity" in str(page.lines["hard.values-statement"].answer))
    _no_trouble(dialogs)


def test_a_profile_form_goes_out_from_the_file_menu_and_comes_back(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    blank = tmp_path / "profile.docx"
    dialogs.files.append(blank)
    dialogs.picks.append("Riverbend Health System")
    sample_window.menu_actions["profile_form"].trigger()
    settle(sample_window, qtbot)
    qtbot.waitUntil(blank.exists, timeout=5000)
    form_editing.answer(blank, {1: "Families on the Eastside.", 2: "Riverside Flats"})
    dialogs.files.append(blank)
    dialogs.picks.append("Riverbend Health System")

    def read_in(dialog: FormAnswersDialog) -> None:
        assert len(dialog.items) == 2
        shown = [label.text() for label in dialog.findChildren(QLabel)]
        assert "In the form: Families on the Eastside." in shown
        qtbot.mouseClick(dialog.read_in, Qt.MouseButton.LeftButton)

    failures = _when_open(FormAnswersDialog, read_in)
    sample_window.menu_actions["read_profile_form"].trigger()
    settle(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    riverbend = next(
        number
        for number, name in organizations_for_forms(sample_window.database)
        if name == "Riverbend Health System"
    )
    answers = read_profile(sample_window.database, riverbend).answers
    assert "Families on the Eastside." in answers.values()
    assert "Riverside Flats" in answers.values()
    _no_trouble(dialogs)

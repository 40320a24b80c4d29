"""Two staff on one PostgreSQL database, one MOU page or answer (issue 22), driven by keys.

The colleague is a second PartnerDesk (a Database of its own) on the same database. Their
save is made between the user's typing and the wizard's save, or at the same moment (held
before its commit while the wizard's save runs into it): interleaved by the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.services.mou.drafts import DraftEdit, save_draft
from partnerdesk.services.vetting.questions import AnswerForm, answers_by_key, save_answer
from partnerdesk.store.database import Database, open_database
from partnerdesk.ui.editors.mou_wizard import NOT_SETTLED, MouWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD
from tests.services.two_staff import held_before_commit, start, wait_until_waiting_on_a_lock

from .conftest import RecordingDialogs
from .test_mou_flow import run_wizard, stored, text_box
from .test_vetting_flow import open_sample_request

pytestmark = pytest.mark.postgresql_only
TRIALS = range(3)
THEIRS = "Their leads meet monthly."
OURS = "Ours talk within a week."


@pytest.fixture
def colleague(sample_window: MainWindow) -> Iterator[Database]:
    other = open_database(sample_window.database.location)
    yield other
    other.close()


def _colleague_saves(colleague: Database, wizard: MouWizard, process: str) -> None:
    save_draft(colleague, wizard.mou_id, DraftEdit("conflict", {"process": process}))


def _type_ours_and_move_on(wizard: MouWizard, qtbot: QtBot) -> None:
    box = text_box(wizard, "conflict", "process")
    box.setFocus()
    qtbot.keyClicks(box, OURS)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)  # leaves the page at once


def _asked(dialogs: RecordingDialogs) -> list[tuple[str, str, str]]:
    return [shown for shown in dialogs.shown if shown[0] == "choose"]


@pytest.mark.parametrize("trial", TRIALS)
def test_closing_the_question_keeps_what_was_typed_and_writes_nothing_over_theirs(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    trial: int,
) -> None:
    open_sample_request(sample_window, qtbot)
    # Closed on the page, closed again when the wizard is closed, then "Keep mine".
    dialogs.choices = [None, None, KEEP_MINE]

    def write(wizard: MouWizard) -> None:
        wizard.show_section("conflict")
        sample_window.operations.wait_for_all()
        _colleague_saves(colleague, wizard, THEIRS)
        _type_ours_and_move_on(wizard, qtbot)
        qtbot.waitUntil(lambda: len(_asked(dialogs)) == 1, timeout=10000)
        sample_window.operations.wait_for_all()
        assert stored(sample_window, "conflict", "process") == THEIRS
        assert text_box(wizard, "conflict", "process").toPlainText() == OURS
        assert wizard.saved.text() == NOT_SETTLED

        wizard.close()  # asked again; closed again: the wizard stays, with ours on screen
        assert len(_asked(dialogs)) == 2
        assert wizard.isVisible()
        assert text_box(wizard, "conflict", "process").toPlainText() == OURS
        assert stored(sample_window, "conflict", "process") == THEIRS

    run_wizard(sample_window, qtbot, write)  # closes it: asked once more, "Keep mine"
    assert len(_asked(dialogs)) == 3
    assert all(
        title.startswith("Someone else changed this part") for _k, title, _t in _asked(dialogs)
    )
    assert stored(sample_window, "conflict", "process") == OURS
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


@pytest.mark.parametrize("trial", TRIALS)
def test_saves_at_the_same_moment_show_theirs_on_reload_and_write_nothing(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    trial: int,
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.choices = [RELOAD]

    def write(wizard: MouWizard) -> None:
        wizard.show_section("conflict")
        sample_window.operations.wait_for_all()
        with held_before_commit(colleague) as hold:
            theirs = start(lambda: _colleague_saves(colleague, wizard, THEIRS))
            hold.wait_until_reached()
            _type_ours_and_move_on(wizard, qtbot)  # the wizard's save waits for theirs
            wait_until_waiting_on_a_lock(colleague, theirs)
            hold.release.set()
            theirs.outcome()
        qtbot.waitUntil(lambda: len(_asked(dialogs)) == 1, timeout=10000)
        _kind, _title, text = _asked(dialogs)[0]
        assert f"theirs “{THEIRS}”, yours “{OURS}”" in text
        box = text_box(wizard, "conflict", "process")
        qtbot.waitUntil(lambda: box.toPlainText() == THEIRS)
        sample_window.operations.wait_for_all()
        assert stored(sample_window, "conflict", "process") == THEIRS
        # Reloaded, not written: a colleague's next save is not undone by closing.
        _colleague_saves(colleague, wizard, "Their leads meet every two weeks.")

    run_wizard(sample_window, qtbot, write)
    assert len(_asked(dialogs)) == 1
    assert stored(sample_window, "conflict", "process") == "Their leads meet every two weeks."
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


@pytest.mark.parametrize("trial", TRIALS)
def test_first_answers_to_one_question_at_the_same_moment_ask_whose_to_keep(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    trial: int,
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    key = "data.ownership"
    page = sample_window.request_page
    page.select_question(key)
    assert page.editor.their_answer.toPlainText() == ""
    qtbot.keyClicks(page.editor.their_answer, "The community owns it.")
    dialogs.choices = [KEEP_MINE]

    with held_before_commit(colleague) as hold:
        theirs = start(
            lambda: save_answer(colleague, request_id, key, AnswerForm("Their lawyers own it"))
        )
        hold.wait_until_reached()
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
        wait_until_waiting_on_a_lock(colleague, theirs)
        hold.release.set()
        theirs.outcome()
    qtbot.waitUntil(lambda: len(_asked(dialogs)) == 1, timeout=10000)
    _kind, title, text = _asked(dialogs)[0]
    assert title == "Someone else changed this answer"
    assert "theirs “Their lawyers own it”, yours “The community owns it.”" in text
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage() == "Answer saved.")
    sample_window.operations.wait_for_all()
    with sample_window.database.session() as session:
        assert answers_by_key(session, request_id)[key].their_answer == "The community owns it."
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

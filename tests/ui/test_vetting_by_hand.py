"""The vetting screen driven as a person drives it: clicks, keys, and leaving at once (issue 15).

Answers typed one after another, the page left by every way out, the capacity matrix by
Space and by clicks, the decision and the stage after it, the user's own name, and the
questions and red flags reached by keyboard. Nothing waits for a timer before leaving.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.choices import CapacityStatus, Decision, RequestStage
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.vetting.questions import answers_by_key
from partnerdesk.store.models import (
    CapacityCell,
    PartnershipRequest,
    VettingAnswer,
    VettingQuestion,
)
from partnerdesk.ui import vetting_actions
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.list_editing import CapacitiesDialog, NameDialog, QuestionBankDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.request_page import KEY_ROLE, RequestPage
from partnerdesk.ui.user_name import NAME_KEY

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_vetting_flow import open_sample_request

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_error_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """An error in the log is something a user would have run into: the test fails."""
    with caplog.at_level(logging.ERROR):
        yield
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert not errors, errors


def _no_trouble_shown(dialogs: RecordingDialogs) -> None:
    troubles = [shown for shown in dialogs.shown if shown[0] in ("problem", "choose")]
    assert not troubles, troubles


def _item(page: RequestPage, key: str) -> QTreeWidgetItem:
    tree = page.questions
    for index in range(tree.topLevelItemCount()):
        if tree.topLevelItem(index).data(0, KEY_ROLE) == key:
            return tree.topLevelItem(index)
    raise AssertionError(f"no question {key}")


def click_question(page: RequestPage, qtbot: QtBot, key: str) -> None:
    """Click the question in the tree, where a person sees it."""
    item = _item(page, key)
    page.questions.scrollToItem(item)
    spot = page.questions.visualItemRect(item).center()
    qtbot.mouseClick(page.questions.viewport(), LEFT, pos=spot)
    assert page.editor.key == key


def type_answer(page: RequestPage, qtbot: QtBot, text: str) -> None:
    box = page.editor.their_answer
    qtbot.mouseClick(box.viewport(), LEFT, pos=QPoint(5, 5))
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def stored_answers(window: MainWindow, request_id: int) -> dict[str, str]:
    window.tasks.wait_for_all()
    with window.database.session() as session:
        return {
            key: facts.their_answer for key, facts in answers_by_key(session, request_id).items()
        }


def _settled(window: MainWindow, qtbot: QtBot) -> None:
    """Let the saves already sent finish and their refreshes arrive (not a timer: the
    background work itself, which the user never waits for either). A refresh is read on
    the database worker too, after the save: wait until the worker has nothing left."""
    window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=5000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)
    QApplication.processEvents()
    settle(window, qtbot)  # the page re-reads what the save changed


# Item 13: one person's quick saves never conflict with themselves --------------------
@pytest.fixture
def slow_later_saves(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The first answer is saved at once; later ones wait until the test lets them go, as
    on a slow shared database: the first save's refresh then comes while typing goes on."""
    real = vetting_actions.save_answer
    release = threading.Event()
    calls: list[str] = []

    def held(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[2])
        if len(calls) > 1:
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(vetting_actions, "save_answer", held)
    yield release
    release.set()


def test_typing_on_while_the_last_answer_is_saved_is_no_conflict(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    slow_later_saves: threading.Event,
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "trust.01")
    type_answer(page, qtbot, "They came to our meeting.")
    click_question(page, qtbot, "trust.02")
    type_answer(page, qtbot, "Their board")
    # The first answer's save comes back and refreshes the page while the user types on.
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage() == "Answer saved.")
    type_answer(page, qtbot, " asked us first.")
    assert page.editor.their_answer.toPlainText() == "Their board asked us first."
    click_question(page, qtbot, "trust.03")
    type_answer(page, qtbot, "Not yet.")
    slow_later_saves.set()
    qtbot.keyClick(sample_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.current_page_key() == "contacts"

    answers = stored_answers(sample_window, request_id)
    assert answers["trust.01"] == "They came to our meeting."
    assert answers["trust.02"] == "Their board asked us first."
    assert answers["trust.03"] == "Not yet."
    _settled(sample_window, qtbot)
    _no_trouble_shown(dialogs)


def test_going_back_to_an_answer_still_being_saved_is_no_conflict(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "trust.01")
    type_answer(page, qtbot, "First thoughts.")
    click_question(page, qtbot, "trust.02")
    click_question(page, qtbot, "trust.01")  # back at once: the save is still on its way
    assert page.editor.their_answer.toPlainText() == "First thoughts."
    type_answer(page, qtbot, " Second thoughts.")
    click_question(page, qtbot, "trust.02")
    _settled(sample_window, qtbot)
    click_question(page, qtbot, "trust.01")
    type_answer(page, qtbot, " Third.")
    qtbot.mouseClick(page.editor.save_button, LEFT)

    answers = stored_answers(sample_window, request_id)
    assert answers["trust.01"] == "First thoughts. Second thoughts. Third."
    _no_trouble_shown(dialogs)


def _back_button(page: RequestPage) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == "← All requests")


def _other_request(window: MainWindow, request_id: int) -> int:
    with window.database.session() as session:
        return session.scalars(
            select(PartnershipRequest.id).where(PartnershipRequest.id != request_id)
        ).first()


LEAVING: dict[str, Callable[[MainWindow, QtBot], None]] = {
    "Ctrl+3": lambda window, qtbot: qtbot.keyClick(
        window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
    ),
    "the navigation list": lambda window, qtbot: qtbot.mouseClick(
        window.navigation.viewport(),
        LEFT,
        pos=window.navigation.visualItemRect(window.navigation.item(0)).center(),
    ),
    "← All requests": lambda window, qtbot: qtbot.mouseClick(
        _back_button(window.request_page), LEFT
    ),
    "another request": lambda window, qtbot: window.open_record(
        RecordKind.REQUEST, _other_request(window, window.request_page.request_id)
    ),
    "closing the window": lambda window, qtbot: window.close(),
    # File → Quit (its Ctrl+Q is the platform's, which the test platform does not have).
    "quitting": lambda window, qtbot: next(
        action for action in window.findChildren(QAction) if action.text() == "&Quit"
    ).trigger(),
}


@pytest.mark.parametrize("way", list(LEAVING))
def test_what_was_typed_is_kept_whichever_way_the_page_is_left(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, way: str
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "data.ownership")
    type_answer(page, qtbot, "The community owns it.")
    LEAVING[way](sample_window, qtbot)

    assert stored_answers(sample_window, request_id)["data.ownership"] == ("The community owns it.")
    _no_trouble_shown(dialogs)


def _readied(window: MainWindow, qtbot: QtBot) -> None:
    """What the window does once a real start is over (app.py), waited for to the end."""
    ready: list[bool] = []
    window.get_ready_in_background(lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready) and not window.operations.busy, timeout=10000)


def test_a_request_readied_after_the_start_opens_and_keeps_what_is_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    """The request page is made ahead of its first opening (issue 17's 50 ms), unseen:
    the person is still on Today, and the page then works as one made on the click."""
    _readied(sample_window, qtbot)
    assert sample_window.pages.made("request") is not None
    assert sample_window.current_page_key() == "today"

    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "data.ownership")
    type_answer(page, qtbot, "Held by the tenants' council.")
    LEAVING["the navigation list"](sample_window, qtbot)

    assert stored_answers(sample_window, request_id)["data.ownership"] == (
        "Held by the tenants' council."
    )
    _no_trouble_shown(dialogs)


def test_readying_a_store_without_requests_shows_nothing(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    _readied(window, qtbot)
    assert window.current_page_key() == "today"
    assert dialogs.shown == []


# Item 12: the capacity matrix ----------------------------------------------------------
def _open_matrix(window: MainWindow, qtbot: QtBot) -> int:
    request_id = open_sample_request(window, qtbot)
    page = window.request_page
    tab_bar = page.tabs.tabBar()
    qtbot.mouseClick(tab_bar, LEFT, pos=tab_bar.tabRect(1).center())
    assert page.tabs.currentWidget() is page.capacities
    return request_id


def _click_cell(window: MainWindow, qtbot: QtBot, row: int, column: int) -> None:
    grid = window.request_page.capacities.grid
    item = grid.item(row, column)
    grid.scrollToItem(item)
    qtbot.mouseClick(grid.viewport(), LEFT, pos=grid.visualItemRect(item).center())
    assert (grid.currentRow(), grid.currentColumn()) == (row, column)


def _row_of(window: MainWindow, capacity: str) -> int:
    grid = window.request_page.capacities.grid
    return next(r for r in range(grid.rowCount()) if grid.item(r, 0).text() == capacity)


def _cells(
    window: MainWindow, request_id: int
) -> dict[tuple[str, int], tuple[CapacityStatus, str]]:
    window.tasks.wait_for_all()
    matrix = window.request_page.capacities.matrix
    assert matrix is not None
    names = {capacity.id: capacity.name for capacity in matrix.capacities}
    with window.database.session() as session:
        return {
            (names.get(cell.capacity_id, ""), cell.organization_id): (cell.status, cell.note)
            for cell in session.scalars(
                select(CapacityCell).where(CapacityCell.request_id == request_id)
            )
        }


def test_space_twice_changes_the_same_partys_cell_twice(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = _open_matrix(sample_window, qtbot)
    grid = sample_window.request_page.capacities
    matrix = grid.matrix
    assert matrix is not None
    asking = matrix.parties[1].organization_id
    row = _row_of(sample_window, "Funding")
    before = _cells(sample_window, request_id)
    _click_cell(sample_window, qtbot, row, 2)  # the asking hospital: "Has"
    qtbot.keyClick(grid.grid, Qt.Key.Key_Space)
    _settled(sample_window, qtbot)  # the refresh after the save keeps the same cell
    assert (grid.grid.currentRow(), grid.grid.currentColumn()) == (row, 2)
    qtbot.keyClick(grid.grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid.grid, Qt.Key.Key_Space)  # at once, before the refresh

    after = _cells(sample_window, request_id)
    assert after[("Funding", asking)][0] is CapacityStatus.HAS  # Has → Needs → Neither → Has
    changed = {key for key in after if after[key] != before.get(key)}
    assert changed <= {("Funding", asking)}, "no other party's cell changed"
    _settled(sample_window, qtbot)
    assert (grid.grid.currentRow(), grid.grid.currentColumn()) == (row, 2)
    assert grid.grid.item(row, 2).text().startswith("Has")
    _no_trouble_shown(dialogs)


def _type_note(window: MainWindow, qtbot: QtBot, text: str) -> None:
    note = window.request_page.capacities.note
    qtbot.mouseClick(note, LEFT)
    qtbot.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the old
    qtbot.keyClicks(note, text)


NOTE_LEAVING: dict[str, Callable[[MainWindow, QtBot], None]] = {
    "another cell": lambda window, qtbot: _click_cell(
        window, qtbot, _row_of(window, "Funding") + 1, 1
    ),
    "the other tab": lambda window, qtbot: qtbot.mouseClick(
        window.request_page.tabs.tabBar(),
        LEFT,
        pos=window.request_page.tabs.tabBar().tabRect(0).center(),
    ),
    "Ctrl+3": LEAVING["Ctrl+3"],
    "closing the window": LEAVING["closing the window"],
}


@pytest.mark.parametrize("way", list(NOTE_LEAVING))
def test_a_cells_note_is_kept_when_the_user_moves_on(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, way: str
) -> None:
    request_id = _open_matrix(sample_window, qtbot)
    matrix = sample_window.request_page.capacities.matrix
    assert matrix is not None
    asking = matrix.parties[1].organization_id
    _click_cell(sample_window, qtbot, _row_of(sample_window, "Funding"), 2)
    _type_note(sample_window, qtbot, "Only for their own staff")
    NOTE_LEAVING[way](sample_window, qtbot)

    status, note = _cells(sample_window, request_id)[("Funding", asking)]
    assert (status, note) == (CapacityStatus.HAS, "Only for their own staff")
    _no_trouble_shown(dialogs)


# Item 8: the decision moves the stage on; the rating says what is true; the user's name
def _decide_with_conditions(window: MainWindow, qtbot: QtBot) -> None:
    page = window.request_page

    def decide(dialog: DecisionDialog) -> None:
        qtbot.mouseClick(dialog.buttons_by_decision[Decision.PROCEED_WITH_CONDITIONS], LEFT)
        qtbot.keyClicks(dialog.reasons, "The neighbors asked for it")
        qtbot.keyClicks(dialog.conditions, "A written plan for after the grant")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    when_dialog_opens(DecisionDialog, decide)
    qtbot.mouseClick(page.decide, LEFT)
    qtbot.waitUntil(lambda: "Proceed with conditions" in page.decision.text(), timeout=5000)
    window.tasks.wait_for_all()


def _stage(window: MainWindow, request_id: int) -> RequestStage:
    window.tasks.wait_for_all()
    with window.database.session() as session:
        request = session.get(PartnershipRequest, request_id)
        assert request is not None
        return request.stage


def test_deciding_to_go_ahead_offers_to_move_the_stage_on(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    dialogs.texts.append("Robin Example")
    _decide_with_conditions(sample_window, qtbot)
    qtbot.waitUntil(lambda: page.stage.currentText() == "Kickoff meeting", timeout=5000)

    asked = [shown for shown in dialogs.shown if shown[0] == "confirm"]
    assert asked[-1][1] == "Move the request to “Kickoff meeting”?"
    assert "still at “Vetting”" in asked[-1][2]
    assert _stage(sample_window, request_id) is RequestStage.KICKOFF
    with sample_window.database.session() as session:
        request = session.get_one(PartnershipRequest, request_id)
        assert request.stage_changes[-1].changed_by == "Robin Example"
    _no_trouble_shown(dialogs)


def test_a_stage_left_behind_after_a_decision_is_said(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    dialogs.answer = False
    _decide_with_conditions(sample_window, qtbot)
    qtbot.waitUntil(
        lambda: "stays at “Vetting”" in sample_window.statusBar().currentMessage(), timeout=5000
    )
    assert _stage(sample_window, request_id) is RequestStage.VETTING
    _no_trouble_shown(dialogs)


def test_a_typed_answer_is_not_called_not_asked(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "trust.01")
    assert page.editor.rating.currentText() == "Not asked yet"
    type_answer(page, qtbot, "They listened.")
    assert page.editor.rating.currentText() == "Answered, not rated yet"
    click_question(page, qtbot, "trust.02")
    _settled(sample_window, qtbot)
    assert _item(page, "trust.01").text(0).endswith("[Answered, not rated yet]")
    assert _item(page, "trust.02").text(0).endswith("[Not asked yet]")
    assert stored_answers(sample_window, request_id)["trust.01"] == "They listened."
    _no_trouble_shown(dialogs)


def test_the_users_name_is_asked_once_and_used_never_the_login_name(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    dialogs.texts.append("Ada Example")
    click_question(page, qtbot, "trust.01")
    assert page.editor.asked_by.text() == "Ada Example"
    type_answer(page, qtbot, "They listened.")
    click_question(page, qtbot, "trust.02")
    assert page.editor.asked_by.text() == "Ada Example"
    qtbot.keyClick(sample_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

    asked = [shown for shown in dialogs.shown if shown[0] == "ask_text"]
    assert len(asked) == 1
    assert asked[0][2] == "Your name, as it should appear on answers and notes:"
    sample_window.tasks.wait_for_all()
    with sample_window.database.session() as session:
        answer = session.scalars(
            select(VettingAnswer)
            .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
            .where(VettingAnswer.request_id == request_id, VettingQuestion.key == "trust.01")
        ).one()
        assert answer.asked_by == "Ada Example"
    assert sample_window.window_state.settings.value(NAME_KEY) == "Ada Example"
    assert page.editor.asked_by.text() != getpass.getuser()


def test_a_user_who_gives_no_name_is_not_named_after_the_login(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    dialogs.texts.append(None)  # cancelled
    click_question(page, qtbot, "trust.01")
    click_question(page, qtbot, "trust.02")
    assert page.editor.asked_by.text() == ""
    assert len([shown for shown in dialogs.shown if shown[0] == "ask_text"]) == 1


# Item 9: the hard question asks with the organization's own number of years ------------
def test_the_hard_question_is_asked_with_their_years(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "hard.why-now")
    asked = page.editor.question.text()
    assert "(X)" not in asked
    assert "for 62 years?" in asked  # Riverbend Health System's record
    assert "(X)" not in _item(page, "hard.why-now").text(0)


# Item 10: the questions and the red flags by keyboard and assistive technology -------
def test_arrow_keys_and_enter_choose_a_question(sample_window: MainWindow, qtbot: QtBot) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "trust.01")
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)
    assert page.editor.key == "trust.02"
    qtbot.keyClick(page.questions, Qt.Key.Key_Return)
    assert page.editor.their_answer.hasFocus()
    qtbot.keyClicks(page.editor.their_answer, "Typed straight after Enter.")
    assert page.editor.their_answer.toPlainText() == "Typed straight after Enter."


def test_a_question_chosen_the_way_assistive_technology_does_opens(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    """A screen reader "toggles" the item: it selects it, it does not make it current."""
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    item = _item(page, "trust.03")
    tree = QAccessible.queryAccessibleInterface(page.questions)
    assert tree is not None
    cells = [tree.child(index) for index in range(tree.childCount())]
    cell = next(c for c in cells if c is not None and c.text(QAccessible.Text.Name) == item.text(0))
    actions = cell.actionInterface()
    assert actions is not None and actions.actionNames()
    actions.doAction(actions.actionNames()[0])
    assert page.editor.key == "trust.03"


def test_go_to_the_question_is_a_button_reached_by_tab_and_pressed_by_enter(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    buttons = page.flags.buttons
    assert buttons, "the sample request has red flags with questions"
    key, button = next(iter(buttons.items()))
    assert button.text() == "Go to the question"
    assert button.accessibleName() == "Go to the question"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the "Decide…" button reaches it, as keyboard users move.
    page.decide.setFocus()
    for _ in range(30):
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert page.editor.key == key
    assert page.editor.their_answer.hasFocus()


def test_an_answer_typed_just_before_exporting_is_in_the_document(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "data.ownership")
    type_answer(page, qtbot, "The community owns it.")
    target = tmp_path / "summary.docx"
    dialogs.files.append(target)
    menu = page.export.menu()
    assert menu is not None
    menu.actions()[0].trigger()  # Export → Vetting summary…, clicked at once

    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(target.exists, timeout=5000)
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(target)).paragraphs)
    assert "The community owns it." in text
    _no_trouble_shown(dialogs)


# Issue 17: saving an answer re-reads the answers only, and leaves the rest of the page be
def test_saving_an_answer_rereads_only_the_answers_and_keeps_the_cursor(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    requests_list = sample_window.list_pages[RecordKind.REQUEST]
    assert not requests_list.stale
    grid_cell = page.capacities.grid.item(0, 1)
    click_question(page, qtbot, "data.ownership")
    chosen = page.questions.currentItem()
    type_answer(page, qtbot, "The community owns it.")
    box = page.editor.their_answer
    for _ in range(3):  # back before "it." to add a word there, as people do
        qtbot.keyClick(box, Qt.Key.Key_Left)
    cursor = box.textCursor().position()
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save answer
    # The answers come back from the worker: the red flag for the question is gone.
    qtbot.waitUntil(lambda: page.flags_title.text() == "Red flags (5)", timeout=5000)
    qtbot.waitUntil(lambda: not sample_window.operations.busy, timeout=5000)

    assert "7 of 66 questions answered" in page.subtitle.text()
    assert _item(page, "data.ownership").text(0).endswith("[Answered, not rated yet]")
    # Nothing else was read again or rebuilt: the typing goes on where it was.
    assert box.toPlainText() == "The community owns it."
    assert box.hasFocus() and box.textCursor().position() == cursor
    assert page.questions.currentItem() is chosen
    assert page.capacities.grid.item(0, 1) is grid_cell
    assert not requests_list.stale, "a saved answer shows in no list"
    qtbot.keyClicks(box, "all of ")
    assert box.toPlainText() == "The community owns all of it."
    qtbot.keyClick(sample_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert stored_answers(sample_window, request_id)["data.ownership"] == (
        "The community owns all of it."
    )
    _no_trouble_shown(dialogs)


def _button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_the_list_of_capacities_and_the_partners_change_from_the_matrix(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    """The capacity list and the partner columns, each change saved on the database worker."""
    _open_matrix(sample_window, qtbot)
    grid = sample_window.request_page.capacities
    rows = grid.grid.rowCount()

    def add(name: str) -> Callable[[NameDialog], None]:
        def type_name(dialog: NameDialog) -> None:
            qtbot.keyClicks(dialog.name, name)
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

        return type_name

    def in_list(dialog: CapacitiesDialog) -> None:
        when_dialog_opens(NameDialog, add("Childcare during meetings"))
        qtbot.mouseClick(_button(dialog, "&Add a capacity…"), LEFT)
        qtbot.waitUntil(lambda: "Childcare during meetings" in _names(dialog), timeout=5000)
        when_dialog_opens(NameDialog, add("funding"))
        qtbot.mouseClick(_button(dialog, "&Add a capacity…"), LEFT)
        qtbot.waitUntil(lambda: "already in the list" in dialog.message.text(), timeout=5000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(CapacitiesDialog, in_list)
    qtbot.mouseClick(_button(grid, "Edit the &list of capacities…"), LEFT)
    qtbot.waitUntil(lambda: grid.grid.rowCount() == rows + 1, timeout=5000)
    assert grid.grid.item(rows, 0).text() == "Childcare during meetings"

    columns = grid.grid.columnCount()
    dialogs.picks.append("Harlow County Public Health Department")
    qtbot.mouseClick(_button(grid, "Add a &partner…"), LEFT)
    qtbot.waitUntil(lambda: grid.grid.columnCount() == columns + 1, timeout=5000)
    header = grid.grid.horizontalHeaderItem(columns)
    assert header is not None
    assert header.text() == "Other partner: Harlow County Public Health Department"
    _click_cell(sample_window, qtbot, 0, columns)
    qtbot.mouseClick(grid.remove_partner, LEFT)
    qtbot.waitUntil(lambda: grid.grid.columnCount() == columns, timeout=5000)
    assert [shown[1] for shown in dialogs.shown if shown[0] == "confirm"] == [
        "Remove this partner?"
    ]
    _no_trouble_shown(dialogs)


def _names(dialog: CapacitiesDialog) -> list[str]:
    tree = dialog.tree
    names = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        names.extend(group.child(child).text(0) for child in range(group.childCount()))
    return names


@pytest.mark.parametrize(
    ("button", "kind"),
    [("decide", DecisionDialog), ("Question ban&k…", QuestionBankDialog)],
)
def test_two_quick_clicks_open_one_dialog(
    sample_window: MainWindow, qtbot: QtBot, button: str, kind: type
) -> None:
    """The dialog opens once what it shows is read; a second click meanwhile is not a
    second dialog over the first."""
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    target = page.decide if button == "decide" else _button(page, button)
    opened: list[QWidget] = []

    def close_every_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                if widget not in opened:
                    opened.append(widget)
                widget.reject()

    closer = QTimer(interval=10)
    closer.timeout.connect(close_every_dialog)
    closer.start()
    qtbot.mouseClick(target, LEFT)
    qtbot.mouseClick(target, LEFT)
    qtbot.waitUntil(lambda: bool(opened) and not sample_window.operations.busy)
    closer.stop()
    assert len(opened) == 1

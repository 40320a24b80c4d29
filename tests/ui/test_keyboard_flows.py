"""Pages read on the database worker, driven by keyboard as a person drives them (issue 17).

A record opens a moment after Enter, once it is read: the keys pressed next must land on
the page that opened, a slow read must not pull the person back from where they went
meanwhile, and what was typed is kept whatever arrives in between.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.vetting import overview
from partnerdesk.services.vetting.questions import answers_by_key
from partnerdesk.store.models import Organization, PartnershipRequest
from partnerdesk.ui import mou_actions, record_editing
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.profile_wizard import SAVED_TEXT, ProfileWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.request_page import KEY_ROLE

from .conftest import RecordingDialogs, settle, when_dialog_opens

VETTING = "Community health worker referrals for food insecurity"
DECLINED = "Member food-insecurity survey at Saturday distribution"


def _no_trouble_shown(dialogs: RecordingDialogs) -> None:
    troubles = [shown for shown in dialogs.shown if shown[0] == "problem"]
    assert not troubles, troubles


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _open_from_list(window: MainWindow, qtbot: QtBot, kind: RecordKind, starts: str) -> None:
    """Ctrl+number to the list, arrow keys to the row whose first column starts so, Enter."""
    number = {RecordKind.ORGANIZATION: Qt.Key.Key_2, RecordKind.REQUEST: Qt.Key.Key_4}[kind]
    qtbot.keyClick(window, number, Qt.KeyboardModifier.ControlModifier)
    page = window.list_pages[kind]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    table = page.table
    table.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(page.model.rowCount()):
        if str(table.currentIndex().data()).startswith(starts[:30]):
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert str(table.currentIndex().data()).startswith(starts[:30])
    qtbot.keyClick(table, Qt.Key.Key_Return)


def _stored_answer(window: MainWindow, title: str, key: str) -> str:
    window.operations.wait_for_all()
    with window.database.session() as session:
        request = session.query(PartnershipRequest).filter_by(title=title).one()
        facts = answers_by_key(session, request.id).get(key)
        return facts.their_answer if facts else ""


def _type_first_answer(window: MainWindow, qtbot: QtBot, text: str) -> str:
    """From the question list just opened: Down to the first question, Enter, type over its
    answer. Returns the question's key."""
    page = window.request_page
    assert page.questions.hasFocus()
    assert not page.editor.key  # nothing chosen (nor the user's name asked) before Down
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)
    current = page.questions.currentItem()
    assert current is not None
    key = current.data(0, KEY_ROLE)
    assert key == "alignment.goals" and page.editor.key == key
    qtbot.keyClick(page.questions, Qt.Key.Key_Return)
    box = page.editor.their_answer
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the old
    qtbot.keyClicks(box, text)
    return str(key)


@pytest.fixture
def held_request_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading a request's page waits until the test lets it go (a slow shared database):
    the person presses on meanwhile."""
    real = overview.request_page_data
    release = threading.Event()

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(overview, "request_page_data", held)
    yield release
    release.set()


def test_a_request_opened_with_enter_takes_an_answer_typed_at_once(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    _open_from_list(sample_window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: sample_window.current_page_key() == "request")
    page = sample_window.request_page
    assert page.title.text() == VETTING
    # The keys go on to the questions, not to "← All requests" (Enter there went back).
    key = _type_first_answer(sample_window, qtbot, "They named a lead.")
    qtbot.keyClick(sample_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # leave
    assert _stored_answer(sample_window, VETTING, key) == "They named a lead."
    _no_trouble_shown(dialogs)


def _dialogs_opened(kind: type, answer: Callable[[Any], None]) -> list[Any]:
    """Every dialog of ``kind`` that opens from now on, each answered by ``answer``."""
    opened: list[Any] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget not in opened:
                opened.append(widget)
                answer(widget)
        timer.start()

    timer = QTimer(singleShot=True, interval=10)
    timer.timeout.connect(look)
    timer.start()
    opened.append(timer)  # kept alive with the list; not a dialog
    return opened


def test_an_organization_opened_with_enter_is_edited_by_alt_i_and_the_button(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The editor's contents are read slowly, so the second key press surely comes first.
    release = threading.Event()
    real = record_editing.organization_to_edit

    def held(*args: Any) -> Any:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(record_editing, "organization_to_edit", held)
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.ORGANIZATION, "Riverbend Health System")
    qtbot.waitUntil(lambda: window.current_page_key() == "organization")
    page = window.organization_page
    assert page.title.text() == "Riverbend Health System"
    focus = _focus()
    assert focus is not None and page.isAncestorOf(focus)

    names: list[str] = []

    def rename(dialog: OrganizationDialog) -> None:
        names.append(dialog.name.text())
        dialog.name.setFocus()
        qtbot.keyClick(dialog.name, Qt.Key.Key_End)
        qtbot.keyClicks(dialog.name, " (Harlow)")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    opened = _dialogs_opened(OrganizationDialog, rename)
    # Alt+I (Ed&it details…) twice, as an impatient person does before the editor is read:
    # one editor. (Alt+E was also the Edit menu's: it opened the menu instead.)
    qtbot.keyClick(focus, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focus, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    release.set()
    qtbot.waitUntil(lambda: len(opened) == 2)
    settle(window, qtbot)
    qtbot.waitUntil(lambda: page.title.text() == "Riverbend Health System (Harlow)")
    assert names == ["Riverbend Health System"]
    assert len(opened) == 2  # the timer and one editor
    with window.database.session() as session:
        assert session.query(Organization).filter_by(name="Riverbend Health System (Harlow)").one()

    # The Edit details… button, reached by Tab and pressed with Space.
    opened[0].stop()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Ed&it details…")
    cancelled: list[str] = []

    def cancel(dialog: OrganizationDialog) -> None:
        cancelled.append(dialog.name.text())
        dialog.reject()

    when_dialog_opens(OrganizationDialog, cancel)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: cancelled == ["Riverbend Health System (Harlow)"])
    _no_trouble_shown(dialogs)


def test_f5_on_the_request_page_keeps_the_answer_being_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    page = window.request_page
    key = _type_first_answer(window, qtbot, "First half,")
    box = page.editor.their_answer
    qtbot.keyClick(box, Qt.Key.Key_F5)
    settle(window, qtbot)  # everything re-read
    assert box.hasFocus()
    assert box.toPlainText() == "First half,"
    assert page.editor.key == key
    qtbot.keyClicks(box, " second half.")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # leave
    assert _stored_answer(window, VETTING, key) == "First half, second half."
    _no_trouble_shown(dialogs)


def test_the_last_request_chosen_opens_and_the_typed_answer_is_saved(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    held_request_reads: threading.Event,
) -> None:
    window = sample_window
    held_request_reads.set()
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    page = window.request_page
    key = _type_first_answer(window, qtbot, "Typed on the first request.")
    shown: list[str] = []
    window.stack.currentChanged.connect(
        lambda _i: shown.append(f"{window.current_page_key()}:{page.title.text()}")
    )

    held_request_reads.clear()
    # Back to the list, and the first request again (its read is slow) …
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    # … then, before it arrives, back to the list and the other one.
    _open_from_list(window, qtbot, RecordKind.REQUEST, DECLINED)
    held_request_reads.set()
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    settle(window, qtbot)
    assert page.title.text().startswith(DECLINED[:30])
    # The person was never taken back to the first request on the way.
    assert shown == ["requests:" + VETTING, "request:" + page.title.text()]
    assert page.questions.hasFocus()
    assert _stored_answer(window, VETTING, key) == "Typed on the first request."
    _no_trouble_shown(dialogs)


def _mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter keys on screen: the menus', and the visible buttons', labels' and tabs'."""
    texts = [action.text() for action in window.menuBar().actions()]
    page = window.stack.currentWidget()
    assert page is not None
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
    letters = []
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            letters.append(f"{found.group(1).lower()} ({text})")
    return letters


def test_each_alt_letter_on_the_record_pages_leads_to_one_place(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    """Two controls (or a control and a menu) with one Alt+letter: the key reaches only one,
    or opens the menu instead; a keyboard user cannot tell which."""
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.ORGANIZATION, "Riverbend Health System")
    qtbot.waitUntil(lambda: window.current_page_key() == "organization")
    screens = {"organization": _mnemonics(window)}
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    page = window.request_page
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)  # the answer's fields show
    screens["questions and answers"] = _mnemonics(window)
    page.tabs.setCurrentIndex(1)
    screens["capacity matrix"] = _mnemonics(window)
    for screen, letters in screens.items():
        seen: dict[str, str] = {}
        twice = []
        for entry in letters:
            letter = entry[0]
            if letter in seen:
                twice.append(f"{seen[letter]} and {entry}")
            seen[letter] = entry
        assert not twice, f"on the {screen} page: {twice}"


def test_mou_clicked_twice_before_the_draft_is_read_opens_one_wizard(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    release = threading.Event()
    real = mou_actions.read_draft

    def held(*args: Any) -> Any:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(mou_actions, "read_draft", held)
    opened = _dialogs_opened(MouWizard, lambda wizard: wizard.close())
    # MOU… clicked twice, as an impatient person does while the draft is read.
    button = window.request_page.mou
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: len(opened) >= 2)
    settle(window, qtbot)
    window.operations.wait_for_all()
    QApplication.processEvents()
    assert len(opened) == 2, f"the timer and one wizard, not {opened[1:]}"
    opened[0].stop()
    # Closed, it opens again on the next press.
    again = _dialogs_opened(MouWizard, lambda wizard: wizard.close())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(again) == 2)
    again[0].stop()
    _no_trouble_shown(dialogs)


def test_export_to_word_clicked_twice_asks_for_one_file(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")

    def export_twice(wizard: MouWizard) -> None:
        wizard.show_section("check")
        for button in (wizard.check_page.export_button, wizard.check_page.email_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not window.operations.busy)
        wizard.close()

    opened = _dialogs_opened(MouWizard, export_twice)
    qtbot.mouseClick(window.request_page.mou, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2)
    opened[0].stop()
    settle(window, qtbot)
    # Export to Word… and E-mail draft… (which exports first): one file asked for each.
    assert len(dialogs.suggested) == 2, dialogs.suggested
    _no_trouble_shown(dialogs)


def test_add_a_partner_clicked_twice_asks_once(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    page = window.request_page
    page.tabs.setCurrentIndex(1)
    button = next(b for b in page.capacities.findChildren(QPushButton) if "partner…" in b.text())
    dialogs.picks = [None, None]  # each time asked: closed without choosing
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert [shown[1] for shown in dialogs.shown] == ["Add a partner"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # asked again once answered
    settle(window, qtbot)
    assert [shown[1] for shown in dialogs.shown] == ["Add a partner", "Add a partner"]


def test_the_profiles_save_line_comes_back_to_saved_after_typing_and_next(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    """The line says Saving… while typing is on its way, and comes back to saying all is
    saved once the worker has written it (heard too: it is its accessible name)."""
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.ORGANIZATION, "Riverbend Health System")
    qtbot.waitUntil(lambda: window.current_page_key() == "organization")
    opened: list[ProfileWizard] = []
    window.profiles.edit_profile(window.organization_page.organization_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    [wizard] = opened
    box = next(iter(wizard.boxes.values()))
    box.setFocus()
    qtbot.keyClicks(box, "Neighbors first.")
    assert wizard.status.text() == "Saving…"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "And the next part at once.")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.status.text() == SAVED_TEXT)
    settle(window, qtbot)
    assert wizard.status.text() == SAVED_TEXT
    assert wizard.status.accessibleName() == SAVED_TEXT
    wizard.close()
    _no_trouble_shown(dialogs)


def test_search_results_read_after_the_person_moved_on_do_not_pull_them_back(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from partnerdesk.services.records import search

    window = sample_window
    release = threading.Event()
    real = search.search_store

    def held(*args: Any) -> Any:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(search, "search_store", held)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_box, "riverbend")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # searched (slowly) …
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # … moved on
    release.set()
    settle(window, qtbot)
    QApplication.processEvents()
    assert window.current_page_key() == "requests"
    # Searching again, and waiting, shows the results.
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == "search")
    _no_trouble_shown(dialogs)


def _focus_stops(window: MainWindow, qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Every control Tab stops at, from ``start`` round to it again (or back to the start
    of the window's chain), in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    for _ in range(120):
        focus = _focus()
        assert focus is not None
        if focus in stops:
            break
        stops.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return stops


def _said(widget: QWidget) -> str:
    """What a screen reader says for a control: its accessible name, else its text (Qt
    names buttons after their text, and a row of tabs after the tab chosen)."""
    shown = ""
    if isinstance(widget, QAbstractButton):
        shown = widget.text()
    elif isinstance(widget, QTabBar):  # announced as its chosen tab
        shown = widget.tabText(widget.currentIndex())
    return (widget.accessibleName() or shown).replace("&", "").strip()


def test_every_tab_stop_on_the_record_pages_is_named(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.REQUEST, VETTING)
    qtbot.waitUntil(lambda: window.current_page_key() == "request")
    page = window.request_page
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)  # a question open: its answer's fields
    unnamed = [
        type(stop).__name__ for stop in _focus_stops(window, qtbot, page.stage) if not _said(stop)
    ]
    page.tabs.setCurrentIndex(1)
    unnamed += [
        f"capacity tab: {type(stop).__name__}"
        for stop in _focus_stops(window, qtbot, page.capacities.grid)
        if not _said(stop)
    ]
    _open_from_list(window, qtbot, RecordKind.ORGANIZATION, "Riverbend Health System")
    qtbot.waitUntil(lambda: window.current_page_key() == "organization")
    organization = window.organization_page
    unnamed += [
        f"organization: {type(stop).__name__}"
        for stop in _focus_stops(window, qtbot, organization.timeline)
        if not _said(stop)
    ]
    assert not unnamed


def test_f5_on_an_organization_keeps_the_timeline_entry_chosen(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    window = sample_window
    _open_from_list(window, qtbot, RecordKind.ORGANIZATION, "Riverbend Health System")
    qtbot.waitUntil(lambda: window.current_page_key() == "organization")
    timeline = window.organization_page.timeline
    assert timeline.hasFocus()
    for _ in range(3):
        qtbot.keyClick(timeline, Qt.Key.Key_Down)
    chosen = timeline.currentIndex().data()
    qtbot.keyClick(timeline, Qt.Key.Key_F5)
    settle(window, qtbot)
    assert timeline.hasFocus()
    assert timeline.currentIndex().data() == chosen  # Down goes on from here, not the top


def test_f5_on_today_keeps_the_entry_chosen(sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    upcoming = window.today_page.upcoming.list
    assert upcoming.count() == 2
    upcoming.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(upcoming, Qt.Key.Key_End)
    chosen = upcoming.currentItem()
    assert chosen is not None and upcoming.row(chosen) == 1
    text = chosen.text()
    qtbot.keyClick(upcoming, Qt.Key.Key_F5)
    settle(window, qtbot)
    current = upcoming.currentItem()
    assert upcoming.hasFocus()
    assert current is not None and current.text() == text

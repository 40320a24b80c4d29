"""Deleting from a list, undoing it, restoring from the Trash page, emptying the trash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle


def _select_first(window: MainWindow, kind: RecordKind, qtbot: QtBot) -> str:
    page = window.list_pages[kind]
    window.show_page({RecordKind.CONTACT: "contacts"}.get(kind, "organizations"))
    page.table.setFocus()
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(0, 0)).center(),
    )
    return page.model.index(0, 0).data()


def _count(window: MainWindow, kind: RecordKind) -> int:
    with window.database.session() as session:
        return count_rows(session, kind)


def _trash_names(window: MainWindow) -> list[str]:
    model = window.trash_page.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_delete_key_moves_to_trash_and_ctrl_z_brings_it_back(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    page = sample_window.list_pages[RecordKind.CONTACT]
    before = _count(sample_window, RecordKind.CONTACT)
    name = _select_first(sample_window, RecordKind.CONTACT, qtbot)

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1, timeout=5000)
    assert name not in [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Ctrl+Z" in sample_window.statusBar().currentMessage()
    assert name in sample_window.menu_actions["undo"].text()
    sample_window.show_page("trash")
    settle(sample_window, qtbot)
    assert _trash_names(sample_window) == [name]

    sample_window.show_page("contacts")
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=5000)
    assert _count(sample_window, RecordKind.CONTACT) == before
    assert not sample_window.menu_actions["undo"].isEnabled()


def test_delete_key_in_a_text_box_deletes_text_not_records(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    page = sample_window.list_pages[RecordKind.CONTACT]
    _select_first(sample_window, RecordKind.CONTACT, qtbot)
    before = _count(sample_window, RecordKind.CONTACT)
    qtbot.keyClicks(page.filter_box, "ab")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Home)
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Delete)
    assert page.filter_box.text() == "b"
    sample_window.tasks.wait_for_all()
    assert _count(sample_window, RecordKind.CONTACT) == before


def test_restore_from_the_trash_page(sample_window: MainWindow, qtbot: QtBot) -> None:
    page = sample_window.list_pages[RecordKind.ORGANIZATION]
    before = _count(sample_window, RecordKind.ORGANIZATION)
    _select_first(sample_window, RecordKind.ORGANIZATION, qtbot)
    sample_window.menu_actions["delete"].trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1, timeout=5000)

    sample_window.show_page("trash")
    settle(sample_window, qtbot)
    trash = sample_window.trash_page
    assert not trash.restore_button.isEnabled()
    trash.table.selectRow(0)
    assert trash.restore_button.isEnabled()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.stack.currentWidget() is trash.empty_state, timeout=5000)
    sample_window.show_page("organizations")
    assert page.model.rowCount() == before


def test_emptying_the_trash_asks_first_and_then_removes_for_good(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    page = sample_window.list_pages[RecordKind.CONTACT]
    before = _count(sample_window, RecordKind.CONTACT)
    _select_first(sample_window, RecordKind.CONTACT, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1, timeout=5000)
    sample_window.show_page("trash")
    settle(sample_window, qtbot)
    assert len(_trash_names(sample_window)) == 1

    dialogs.answer = False
    qtbot.mouseClick(sample_window.trash_page.empty_button, Qt.MouseButton.LeftButton)
    sample_window.tasks.wait_for_all()
    assert len(_trash_names(sample_window)) == 1
    assert dialogs.shown[-1][1] == "Empty the trash?"

    dialogs.answer = True
    qtbot.mouseClick(sample_window.trash_page.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            sample_window.trash_page.stack.currentWidget() is sample_window.trash_page.empty_state
        ),
        timeout=5000,
    )
    assert _count(sample_window, RecordKind.CONTACT) == before - 1
    assert not sample_window.menu_actions["undo"].isEnabled()

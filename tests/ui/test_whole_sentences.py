"""The window's texts that name a kind of record or a count are whole sentences (issue 21):
what a person reads in English stays as it was, and is right for one record too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.ui.backups_dialog import DataLocationDialog
from partnerdesk.ui.main_window import MainWindow


def test_each_list_names_its_own_kind(sample_window: MainWindow) -> None:
    organizations = sample_window.list_pages[RecordKind.ORGANIZATION]
    assert organizations.filter_box.placeholderText() == "Filter organizations…"
    assert organizations.count_label.accessibleName() == "Number of organizations"
    assert organizations.add_button is not None
    assert organizations.add_button.text() == "New organization…"
    requests = sample_window.list_pages[RecordKind.REQUEST]
    assert requests.view_switch is not None
    assert requests.view_switch.text() == "Show as a board"


def test_moving_several_to_the_trash_and_back_says_how_many(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    page = sample_window.list_pages[RecordKind.CONTACT]
    sample_window.show_page("contacts")
    before = page.model.rowCount()
    page.table.setFocus()
    for row, modifier in (
        (0, Qt.KeyboardModifier.NoModifier),
        (1, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.mouseClick(
            page.table.viewport(),
            Qt.MouseButton.LeftButton,
            modifier,
            page.table.visualRect(page.model.index(row, 0)).center(),
        )
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 2, timeout=10000)
    assert sample_window.statusBar().currentMessage() == (
        "Moved 2 contacts to the trash. Press Ctrl+Z to undo."
    )
    assert sample_window.menu_actions["undo"].text() == "&Undo moving 2 contacts to the trash"

    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=10000)
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage() == "Restored 2 contacts.")


def test_the_board_says_how_many_requests_each_column_holds(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    sample_window.show_page("requests")
    page = sample_window.list_pages[RecordKind.REQUEST]
    assert page.view_switch is not None
    qtbot.mouseClick(page.view_switch, Qt.MouseButton.LeftButton)
    assert page.view_switch.text() == "Show as a list"
    board = sample_window.request_board
    qtbot.waitUntil(lambda: any(column.count() for column in board.columns.values()))
    for stage, column in board.columns.items():
        count = column.count()
        requests = "request" if count == 1 else "requests"
        assert column.accessibleName() == f"{stage.label}: {count} {requests}"


def test_where_is_my_data_names_each_open_button_whole(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = DataLocationDialog(sample_window.safety.paths(), lambda _folder: None)
    qtbot.addWidget(dialog)
    assert [button.accessibleName() for button in dialog.open_buttons] == [
        "Open the data folder",
        "Open the folder of the data file",
        "Open the backups folder",
        "Open the folder of the log file",
        "Open the folder of the settings file",
    ]

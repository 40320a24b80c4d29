"""File → Export calendar (.ics)… by keys: the file has every dated thing; the folder is kept."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from partnerdesk.ui.export_folder import LAST_FOLDER_KEY
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle


def _file_menu_item(window: MainWindow, qtbot: QtBot, letter: Qt.Key) -> None:
    """Alt+F opens the File menu; the item's underlined letter chooses it."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, letter)


def test_export_calendar_from_the_file_menu(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    window = sample_window
    folder = tmp_path / "calendars"
    folder.mkdir()
    target = folder / "Our partnerships.ics"
    dialogs.files.append(target)
    _file_menu_item(window, qtbot, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: target.exists())
    settle(window, qtbot)
    assert dialogs.suggested[-1].name == "PartnerDesk calendar.ics"
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events and all(event.walk("VALARM") for event in events)
    assert any("RRULE" in event for event in events)
    assert f"Saved {len(events)} dates" in window.statusBar().currentMessage()
    assert window.context.settings.value(LAST_FOLDER_KEY) == str(folder)
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_an_empty_calendar_is_said_and_not_written(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "Our partnerships.ics"
    dialogs.files.append(target)
    _file_menu_item(window, qtbot, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: any(entry[0] == "inform" for entry in dialogs.shown))
    settle(window, qtbot)
    [(_, title, text)] = [entry for entry in dialogs.shown if entry[0] == "inform"]
    assert title == "Nothing to export" and "No file was written" in text
    assert not target.exists()

"""Every box of every part of the partner profile, typed as a person does and left at once.

The boxes are walked from the wizard itself, so a new prompt is covered by itself. Each way
of leaving is tried with no pause: Next, another part in the list, Close, Escape, and
closing the main window with the wizard still open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.services.profiles.answers import load_profile
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs


def _open(window: MainWindow, qtbot: QtBot, organization_id: int) -> ProfileWizard:
    opened: list[ProfileWizard] = []
    window.profiles.edit_profile(organization_id, opened.append)
    # The profile is read on the database worker, then the wizard is shown.
    qtbot.waitUntil(lambda: bool(opened))
    [wizard] = opened
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    return wizard


def _leave(qtbot: QtBot, window: MainWindow, wizard: ProfileWizard, way: str) -> None:
    if way == "next":
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    elif way == "parts list":
        parts = wizard.parts_list
        item = parts.item(parts.currentRow() + 1)
        parts.scrollToItem(item)
        qtbot.mouseClick(
            parts.viewport(), Qt.MouseButton.LeftButton, pos=parts.visualItemRect(item).center()
        )
    elif way == "close":
        qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    elif way == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        assert way == "main window closed"
        window.close()


@pytest.mark.parametrize("way", ["next", "parts list", "close", "escape", "main window closed"])
def test_every_box_of_every_part_is_kept_however_it_is_left(
    window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, way: str
) -> None:
    with window.database.session() as session:
        hospital, _ = add_organization(session, "Lakeview Hospital")
    expected: dict[str, str] = {}
    wizard = _open(window, qtbot, hospital)
    parts = wizard.prompts.parts
    for number, part in enumerate(parts):
        if wizard.current_part.id != part.id:
            wizard.go_to(number)
        for field in part.fields:
            box = wizard.boxes[field.id]
            box.setFocus()
            text = f"Typed by hand: {field.label}"
            qtbot.keyClicks(box, text)
            expected[field.id] = text
        last = number == len(parts) - 1
        if way in ("next", "parts list") and last:
            _leave(qtbot, window, wizard, "close")
        else:
            _leave(qtbot, window, wizard, way)
        if way in ("close", "escape") and not last:
            wizard = _open(window, qtbot, hospital)
        if way == "main window closed":
            break
    window.operations.wait_for_all()
    with window.database.session() as session:
        answers = load_profile(session, hospital).answers
    assert {key: answers.get(key) for key in expected} == expected
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

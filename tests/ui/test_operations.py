"""The window's one way to the store (ui/operations.py), as a person meets it: a second
click before the first is answered, a window closed with work on its way, a document
finished after its editor was closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from partnerdesk.services.database_access import Database
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens


def test_our_profile_asked_twice_quickly_asks_which_is_ours_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    opened: list[QDialog] = []

    def count_and_close(dialog: OurOrganizationDialog) -> None:
        opened.append(dialog)
        dialog.reject()

    when_dialog_opens(OurOrganizationDialog, count_and_close)
    window.menu_actions["our_profile"].trigger()
    window.menu_actions["our_profile"].trigger()  # before the first is read
    qtbot.waitUntil(lambda: bool(opened))
    settle(window, qtbot)
    assert not any(
        isinstance(widget, OurOrganizationDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    ), "a second dialog opened behind the first"
    assert len(opened) == 1


def test_a_second_asking_of_the_same_work_on_its_way_is_not_run(
    window: MainWindow, qtbot: QtBot
) -> None:
    shown: list[int] = []
    for _ in range(3):
        window.operations.query(lambda _database: 1, shown.append, once="the same")
    settle(window, qtbot)
    assert shown == [1]
    window.operations.query(lambda _database: 2, shown.append, once="the same")
    settle(window, qtbot)
    assert shown == [1, 2], "once back, the work may be asked again"


def test_what_comes_back_after_the_window_closed_touches_nothing(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window.close()
    shown: list[int] = []
    window.operations.query(lambda _database: 1, shown.append)
    window.operations.tasks.wait_for_all()
    QApplication.processEvents()
    assert shown == []
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def _organization(database: Database, name: str) -> int:
    with database.session() as session:
        organization_id, _changes = add_organization(session, name)
    return organization_id


def test_a_profile_written_after_its_wizard_was_closed_is_still_told(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    organization_id = _organization(window.database, "Harbor Lights Tenants Union")
    opened: list[ProfileWizard] = []
    window.profiles.edit_profile(organization_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    wizard = opened[0]
    dialogs.files = [tmp_path / "profile.docx"]
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)  # before it is written
    settle(window, qtbot)
    qtbot.waitUntil(lambda: (tmp_path / "profile.docx").exists())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"))
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]

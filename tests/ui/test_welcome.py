"""The first start: a short welcome, shown once, and the About box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk import __version__
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.store.models import Organization
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.welcome_dialog import WelcomeDialog, welcome_done
from partnerdesk.ui.window_state import open_settings

from .conftest import RecordingDialogs, when_dialog_opens


def _texts(dialog: WelcomeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _visible_welcomes() -> list[WelcomeDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, WelcomeDialog) and widget.isVisible()
    ]


def start(dialog: WelcomeDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


# The real start, in a process of its own: the app's event loop runs and quits there.
REAL_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from partnerdesk.app import create_application, run_gui
from partnerdesk.paths import DataLocation
from partnerdesk.ui.welcome_dialog import WelcomeDialog

application = create_application()

def answer_the_welcome():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WelcomeDialog) and widget.isVisible():
            print("welcome:", widget.what_for.text())
            widget.start_button.click()

QTimer.singleShot(0, answer_the_welcome)
sys.exit(run_gui(DataLocation(Path(sys.argv[1])), exit_when_ready=True))
"""


def _start_the_app(data_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", REAL_START, str(data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_first_start_greets_and_later_starts_do_not(data_dir: Path) -> None:
    first = _start_the_app(data_dir)
    assert "welcome: PartnerDesk keeps track of the hospitals" in first
    assert welcome_done(open_settings(data_dir))
    assert _start_the_app(data_dir) == "", "a second start goes straight to work"


def test_windows_built_for_tests_and_the_self_test_do_not_greet(window: MainWindow) -> None:
    assert _visible_welcomes() == []
    assert window.help.welcome.dialog is None


def test_the_welcome_says_where_the_data_is_and_how_backups_work(
    window: MainWindow, data_dir: Path
) -> None:
    dialog = window.help.show_welcome()
    text = _texts(dialog)
    assert data_dir.name in text
    assert "Everything stays on this computer" in text
    assert "backs up your data by itself" in text
    assert "File → Backups and restore…" in text
    assert dialog.windowModality() == Qt.WindowModality.WindowModal


def test_loading_the_sample_data_from_the_welcome(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialog = window.help.show_welcome()
    # Offered once the store is known to be empty (read off the GUI thread).
    qtbot.waitUntil(dialog.load_sample.isEnabled)
    qtbot.keyClick(dialog.load_sample, Qt.Key.Key_Space)
    assert dialog.load_sample.isChecked()
    start(dialog, qtbot)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Sample data loaded.", timeout=10000
    )
    with window.database.session() as session:
        assert count_rows(session, RecordKind.ORGANIZATION) == 6
    assert dialogs.shown == [], "ticking the box was the answer; no second question"
    assert window.current_page_key() == "today"


def test_setting_up_our_profile_now_opens_the_profile_wizard_for_our_organization(
    window: MainWindow, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def name_ours(question: OurOrganizationDialog) -> None:
        qtbot.keyClicks(question.name, "Eastside Tenants' Union")
        qtbot.mouseClick(
            question.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    def look(wizard: ProfileWizard) -> None:
        seen["title"] = wizard.windowTitle()
        wizard.close()

    dialog = window.help.show_welcome()
    dialog.profile_now.click()
    when_dialog_opens(OurOrganizationDialog, name_ours)
    when_dialog_opens(ProfileWizard, look)
    start(dialog, qtbot)
    qtbot.waitUntil(lambda: "title" in seen, timeout=10000)
    assert "Eastside Tenants' Union" in str(seen["title"])
    with window.database.session() as session:
        ours = session.scalars(select(Organization).where(Organization.is_ours)).one()
        assert ours.name == "Eastside Tenants' Union"


def test_later_changes_nothing_and_says_where_to_do_it(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.help.show_welcome()
    assert dialog.profile_later.isChecked(), "nothing is pushed on someone looking around"
    assert "File → Our organization's profile…" in dialog.profile_hint.text()
    start(dialog, qtbot)
    window.tasks.wait_for_all()
    with window.database.session() as session:
        assert count_rows(session, RecordKind.ORGANIZATION) == 0
    assert welcome_done(window.window_state.settings)


def test_with_records_already_the_sample_is_not_offered(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = sample_window.help.show_welcome()
    qtbot.waitUntil(lambda: "already holds records" in _texts(dialog))
    assert not dialog.load_sample.isEnabled()


def test_help_opens_the_welcome_again(window: MainWindow, qtbot: QtBot) -> None:
    first = window.help.show_welcome()
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert welcome_done(window.window_state.settings), "closing it counts as seen"
    window.menu_actions["welcome"].trigger()
    again = window.help.welcome.dialog
    assert again is not None and again.isVisible()
    assert again.start_button.isDefault()


def test_about_names_the_version_and_the_licence(
    window: MainWindow, dialogs: RecordingDialogs
) -> None:
    window.menu_actions["about"].trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("about", "About PartnerDesk")
    assert f"PartnerDesk {__version__}" in text
    assert "GPL-3.0-or-later" in text

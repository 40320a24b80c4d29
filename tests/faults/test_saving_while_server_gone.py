"""The shared server stops while someone is typing, and starts again (issue 22, item 3).

The window runs on a PostgreSQL server of this test's own, stopped and started by the test
(a fast shutdown, as a restart of the server does). What was typed must stay in the editor,
the user be told plainly that the server cannot be reached, and the save be made once it
is back: on "Try again" in a record editor, by itself in the MOU wizard.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import Changes
from partnerdesk.services.profiles.answers import read_profile
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Organization
from partnerdesk.ui.editors.mou_wizard import ALL_SAVED, MouWizard
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.profile_wizard import SAVED_TEXT, ProfileWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.mou_editing import SERVER_AWAY
from partnerdesk.ui.profile_actions import SERVER_AWAY as PROFILE_SERVER_AWAY
from partnerdesk.ui.record_saving import BACK_TO_EDITOR, TRY_AGAIN
from tests.postgres_server import PostgresServer, start_server
from tests.ui import conftest as ui
from tests.ui.conftest import RecordingDialogs, when_dialog_opens
from tests.ui.test_editing_flow import save
from tests.ui.test_mou_flow import run_wizard, stored, text_box
from tests.ui.test_vetting_by_hand import click_question, stored_answers, type_answer
from tests.ui.test_vetting_flow import open_sample_request

# The window's fixtures (they live with the GUI tests), used here by name.
dialogs = ui.dialogs
sample_database = ui.sample_database
sample_window = ui.sample_window
_earlier_windows_collected_here = ui._earlier_windows_collected_here
_dialog_waits_end_with_their_test = ui._dialog_waits_end_with_their_test

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def database(own_server: PostgresServer, tmp_path: Path) -> Iterator[Database]:
    """The window's database, on the server this test stops and starts."""
    opened = open_database(DataLocation(tmp_path / "laptop", own_server.url()))
    yield opened
    opened.close()


def _pg_ctl(server: PostgresServer, *args: str) -> None:
    done = subprocess.run(
        [
            *server.run_as,
            str(server.bin_dir / "pg_ctl"),
            "-D",
            str(server.directory / "data"),
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def stop(server: PostgresServer) -> None:
    """Stopped as a restart does: every connection is ended, nothing more is accepted."""
    _pg_ctl(server, "-m", "fast", "-w", "stop")


def start_again(server: PostgresServer) -> None:
    options = (
        f"-c listen_addresses=127.0.0.1 -p {server.port} -k {server.directory} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    _pg_ctl(server, "-l", str(server.directory / "log"), "-w", "-o", options, "start")


def _problems(dialogs: RecordingDialogs) -> list[tuple[str, str, str]]:
    return [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_an_organization_saved_while_the_server_is_down_is_kept_and_saved_on_try_again(
    sample_window: MainWindow,
    own_server: PostgresServer,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sample_window.database.session() as session:
        organization_id = session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()
    asked: list[tuple[str, str]] = []

    def choose(title: str, text: str, options: list[str], *, close: str | None = None) -> str:
        asked.append((title, text))
        assert options == [TRY_AGAIN, BACK_TO_EDITOR]
        if len(asked) == 1:
            return BACK_TO_EDITOR
        start_again(own_server)  # the server is back by the time the user tries again
        return TRY_AGAIN

    monkeypatch.setattr(dialogs, "choose", choose)
    reopened: list[str] = []

    def save_again(dialog: OrganizationDialog) -> None:
        reopened.append(dialog.notes.toPlainText())
        save(qtbot, dialog)  # still down: asked again, and this time tried again

    def type_while_the_server_is_down(dialog: OrganizationDialog) -> None:
        # The editor opened again (with what was typed) is the next one on screen.
        when_dialog_opens(OrganizationDialog, save_again, other_than=dialog)
        stop(own_server)
        dialog.notes.setFocus()
        qtbot.keyClicks(dialog.notes, "Call back in May")
        save(qtbot, dialog)

    when_dialog_opens(OrganizationDialog, type_while_the_server_is_down)
    sample_window.editing.edit_organization(organization_id)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20000)
    title, text = asked[0]
    assert title == "The shared database cannot be reached"
    assert "server cannot be reached right now" in text and "What you typed is kept" in text

    qtbot.waitUntil(lambda: bool(reopened), timeout=20000)
    assert "Call back in May" in reopened[0]
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    qtbot.waitUntil(
        lambda: sample_window.statusBar().currentMessage().startswith("Saved"), timeout=20000
    )
    sample_window.operations.wait_for_all()
    with sample_window.database.session() as session:
        assert "Call back in May" in session.get_one(Organization, organization_id).notes
    assert not _problems(dialogs)


def test_an_mou_page_typed_while_the_server_is_down_stays_and_is_saved_once_it_is_back(
    sample_window: MainWindow, own_server: PostgresServer, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.answer = False  # "close without saving?": no, keep it open
    typed = "Our leads talk within a week."

    def write(wizard: MouWizard) -> None:
        wizard.show_section("conflict")
        sample_window.operations.wait_for_all()
        stop(own_server)
        box = text_box(wizard, "conflict", "process")
        box.setFocus()
        qtbot.keyClicks(box, typed)
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)  # leaves the page at once
        qtbot.waitUntil(lambda: wizard.saved.text() == SERVER_AWAY, timeout=20000)

        wizard.close()  # asked whether to close unsaved: no
        assert wizard.isVisible()
        assert box.toPlainText() == typed

        start_again(own_server)
        qtbot.waitUntil(lambda: wizard.saved.text() == ALL_SAVED, timeout=20000)

    run_wizard(sample_window, qtbot, write)
    confirmed = [shown for shown in dialogs.shown if shown[0] == "confirm"]
    assert [title for _kind, title, _text in confirmed] == ["This MOU is not saved yet"]
    assert stored(sample_window, "conflict", "process") == typed
    assert not _problems(dialogs)


def test_a_profile_answer_typed_while_the_server_is_down_stays_and_is_saved_once_it_is_back(
    sample_window: MainWindow, own_server: PostgresServer, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    with sample_window.database.session() as session:
        organization_id = session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()
    opened: list[ProfileWizard] = []
    sample_window.profiles.edit_profile(organization_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wizard = opened[0]
    sample_window.operations.wait_for_all()
    dialogs.answer = False  # "close without saving?": no, keep it open
    typed = "Home visits for older neighbours"

    stop(own_server)
    box = wizard.boxes["serve.mission"]
    assert isinstance(box, QPlainTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, typed)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # leaves the part at once
    not_saved = f"Not saved: {PROFILE_SERVER_AWAY}"
    qtbot.waitUntil(lambda: wizard.status.text() == not_saved, timeout=20000)
    assert "data file" not in wizard.status.text()

    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)  # asked: keep it open
    assert wizard.isVisible()
    assert box.toPlainText() == typed

    start_again(own_server)
    qtbot.waitUntil(lambda: wizard.status.text() == SAVED_TEXT, timeout=20000)
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    sample_window.operations.wait_for_all()
    confirmed = [shown for shown in dialogs.shown if shown[0] == "confirm"]
    assert [title for _kind, title, _text in confirmed] == ["This profile is not saved yet"]
    assert read_profile(sample_window.database, organization_id).answers["serve.mission"] == typed
    assert not _problems(dialogs)


@pytest.mark.parametrize("leaving", ["moved on", "saved and stayed"])
def test_a_vetting_answer_typed_while_the_server_is_down_stays_in_the_editor(
    sample_window: MainWindow,
    own_server: PostgresServer,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    leaving: str,
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    dialogs.texts.append("Robin Example")  # the user's name, asked the first time
    click_question(page, qtbot, "trust.01")
    sample_window.operations.wait_for_all()
    typed = "They answer within two days."

    stop(own_server)
    type_answer(page, qtbot, typed)
    if leaving == "moved on":
        click_question(page, qtbot, "trust.02")  # leaves the question at once
    else:
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("server cannot be reached" in shown[2] for shown in dialogs.shown),
        timeout=20000,
    )
    start_again(own_server)
    # The page is read again (as after any change): the stored answer, empty, is not
    # shown over what was typed.
    sample_window.operations.apply(Changes.everything())
    sample_window.operations.wait_for_all()
    qtbot.waitUntil(lambda: not sample_window.operations.busy, timeout=20000)
    if leaving == "moved on":
        click_question(page, qtbot, "trust.01")  # back to it: what was typed is there
    assert page.editor.their_answer.toPlainText() == typed
    assert page.editor.changed  # still to be saved
    assert stored_answers(sample_window, request_id).get("trust.01", "") == ""

    click_question(page, qtbot, "trust.03")  # leaving saves it, the server back
    sample_window.operations.wait_for_all()
    assert stored_answers(sample_window, request_id)["trust.01"] == typed
    assert not _problems(dialogs)

"""Two staff on one database (issue 22, items 5 to 8), driven by keys and clicks.

The window is one member of staff; the colleague is a second engine on the same store
(or a second main window), acting at the moment the test chooses: after this user's
screen was shown, before they save. On PostgreSQL when PARTNERDESK_TEST_POSTGRES=1,
else on the SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.profiles.answers import read_profile, save_profile_answers
from partnerdesk.services.records.editing import organization_to_edit, save_organization_edits
from partnerdesk.services.records.trash import move_records_to_trash
from partnerdesk.services.vetting.decisions import DecisionForm, record_decision
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Organization, OutreachNote, PartnershipRequest
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD, RESTORE_WITH_MINE
from tests.postgres_databases import postgres_requested

from .conftest import RecordingDialogs, _shown_window, settle, when_dialog_opens
from .test_board_and_decisions import show_board
from .test_editing_flow import save
from .test_vetting_flow import open_sample_request

DECLINED_BY_SAM = DecisionForm(Decision.DECLINE, "Their funding ends before the work would.")


@pytest.fixture
def location(data_dir: Path, request: pytest.FixtureRequest) -> DataLocation:
    """The shared server when the run has one, else the file (both staff use the same)."""
    if postgres_requested():
        return DataLocation(data_dir, request.getfixturevalue("postgres_url"))
    return DataLocation(data_dir)


@pytest.fixture
def colleague(sample_database: Database) -> Iterator[Database]:
    """Sam, on another computer: an engine of their own on the same store."""
    sam = open_database(sample_database.location)
    yield sam
    sam.close()


def _asked(dialogs: RecordingDialogs) -> list[tuple[str, str]]:
    return [(title, text) for kind, title, text in dialogs.shown if kind == "choose"]


def _request(database: Database, request_id: int) -> PartnershipRequest:
    with database.session() as session:
        request = session.get_one(PartnershipRequest, request_id)
        session.expunge(request)
        return request


# Item 5: a decision from a dialog opened before a colleague declined ----------------------
@pytest.mark.parametrize("choice", [RELOAD, KEEP_MINE])
def test_a_decision_dialog_opened_before_a_colleague_declined_asks_first(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    choice: str,
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    dialogs.choices = [choice]
    reopened: list[Decision | None] = []
    first: list[DecisionDialog] = []

    def decide(dialog: DecisionDialog) -> None:
        first.append(dialog)
        if choice == RELOAD:  # their decision is shown in a new dialog
            when_dialog_opens(DecisionDialog, look_and_cancel, other_than=dialog)
        record_decision(colleague, request_id, DECLINED_BY_SAM, "Sam")  # meanwhile
        proceed = dialog.buttons_by_decision[Decision.PROCEED]
        proceed.setFocus()
        qtbot.keyClick(proceed, Qt.Key.Key_Space)
        dialog.reasons.setFocus()
        qtbot.keyClicks(dialog.reasons, "A good fit for our volunteers")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    def look_and_cancel(dialog: DecisionDialog) -> None:
        reopened.append(dialog.chosen())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(DecisionDialog, decide)
    dialogs.answer = False  # "Move it on to the kickoff?" — not now
    dialogs.texts.append("Robin Example")  # the user's name, asked the first time
    qtbot.mouseClick(page.decide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_asked(dialogs)), timeout=10000)
    settle(sample_window, qtbot)
    sample_window.operations.wait_for_all()

    title, text = _asked(dialogs)[0]
    assert title == "Someone else decided on this request"
    assert "They changed: stage, decision, reasons." in text
    assert "• Decision: theirs “Decline”, yours “Proceed”" in text
    stored = _request(sample_window.database, request_id)
    if choice == RELOAD:
        qtbot.waitUntil(lambda: bool(reopened), timeout=10000)
        assert reopened == [Decision.DECLINE]  # their decision, shown to decide again
        assert (stored.stage, stored.decision) == (RequestStage.DECLINED, Decision.DECLINE)
        assert stored.decision_reasons == DECLINED_BY_SAM.reasons
    else:
        assert stored.decision is Decision.PROCEED  # over theirs, on purpose
        with sample_window.database.session() as session:  # Sam's decline stays in the history
            history = session.get_one(PartnershipRequest, request_id).decisions
            assert [entry.decided_by for entry in history][-2:] == ["Sam", "Robin Example"]
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


# Item 5: a move from a board shown before a colleague declined ----------------------------
def test_a_move_on_a_stale_board_leaves_the_declined_request_where_it_is(
    sample_window: MainWindow, colleague: Database, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    board = show_board(sample_window, qtbot)
    vetting = board.columns[RequestStage.VETTING]
    request_id = vetting.item(0).data(Qt.ItemDataRole.UserRole + 1)
    record_decision(colleague, request_id, DECLINED_BY_SAM, "Sam")  # the board still shows it

    dialogs.choices = [RELOAD]
    assert board.select_request(request_id)
    qtbot.keyClick(vetting, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_asked(dialogs)), timeout=10000)
    settle(sample_window, qtbot)

    title, text = _asked(dialogs)[0]
    assert title == "Someone else changed this request"
    assert "They changed: stage, decision." in text
    assert "• Stage: theirs “Declined”, yours “Kickoff meeting”" in text
    assert _request(sample_window.database, request_id).stage is RequestStage.DECLINED
    # The board shows where the colleague put it.
    qtbot.waitUntil(lambda: board.columns[RequestStage.VETTING].count() == 0)


# Item 5: a move from a request page shown before a colleague declined ---------------------
@pytest.mark.parametrize("choice", [RELOAD, KEEP_MINE])
def test_a_move_on_a_stale_request_page_asks_and_shows_theirs(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    choice: str,
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    assert page.stage.currentText() == "Vetting"
    record_decision(colleague, request_id, DECLINED_BY_SAM, "Sam")  # the page still shows it

    dialogs.choices = [choice]
    dialogs.texts.append("Robin Example")  # the user's name, asked the first time
    page.stage.setFocus()
    qtbot.keyClick(page.stage, Qt.Key.Key_Down)  # Vetting → Kickoff meeting, by keyboard
    qtbot.waitUntil(lambda: bool(_asked(dialogs)), timeout=10000)
    settle(sample_window, qtbot)
    sample_window.operations.wait_for_all()

    title, text = _asked(dialogs)[0]
    assert title == "Someone else changed this request"
    assert "They changed: stage, decision." in text
    assert "• Stage: theirs “Declined”, yours “Kickoff meeting”" in text
    stored = _request(sample_window.database, request_id)
    if choice == RELOAD:
        assert (stored.stage, stored.decision) == (RequestStage.DECLINED, Decision.DECLINE)
        # The page shows their version: where they put it and their decision.
        qtbot.waitUntil(lambda: page.stage.currentText() == "Declined", timeout=10000)
        qtbot.waitUntil(lambda: "Decline" in page.decision.text(), timeout=10000)
    else:
        assert stored.stage is RequestStage.KICKOFF  # over theirs, on purpose
        assert stored.decision is Decision.DECLINE  # their decision is not touched
        qtbot.waitUntil(lambda: page.stage.currentText() == "Kickoff meeting", timeout=10000)
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


# Item 7: a note moved to the Trash by a colleague while edited -----------------------------
def test_a_note_trashed_meanwhile_is_named_and_restored_with_the_edit(
    sample_window: MainWindow, colleague: Database, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    with sample_window.database.session() as session:
        note_id = session.scalars(select(OutreachNote.id).order_by(OutreachNote.id)).first()
    assert note_id is not None
    dialogs.choices = [RESTORE_WITH_MINE]

    def edit(dialog: NoteDialog) -> None:
        move_records_to_trash(colleague, RecordKind.NOTE, [note_id])
        dialog.summary.setFocus()
        dialog.summary.moveCursor(dialog.summary.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.summary, " Call back on Tuesday.")
        save(qtbot, dialog)

    when_dialog_opens(NoteDialog, edit)
    sample_window.editing.edit_note(note_id)
    qtbot.waitUntil(lambda: bool(_asked(dialogs)), timeout=10000)
    settle(sample_window, qtbot)
    sample_window.operations.wait_for_all()

    title, text = _asked(dialogs)[0]
    assert title == "Someone else moved this note to the Trash"
    assert "moved this note to the Trash while you were editing it" in text
    qtbot.waitUntil(
        lambda: sample_window.statusBar().currentMessage().startswith("Restored from the Trash")
    )
    with sample_window.database.session() as session:
        stored = session.get_one(OutreachNote, note_id)
        assert stored.deleted_at is None
        assert stored.summary.endswith("Call back on Tuesday.")


# Item 6: a profile wizard left open ----------------------------------------------------------
@pytest.mark.parametrize("choice", [RELOAD, KEEP_MINE])
def test_a_profile_wizard_left_open_does_not_replace_a_newer_answer(
    sample_window: MainWindow,
    colleague: Database,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    choice: str,
) -> None:
    with sample_window.database.session() as session:
        organization_id = session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()
    save_profile_answers(sample_window.database, organization_id, {"serve.mission": "Care"})
    opened: list[ProfileWizard] = []
    sample_window.profiles.edit_profile(organization_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    wizard = opened[0]
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    save_profile_answers(colleague, organization_id, {"serve.mission": "Care for the east side"})

    dialogs.choices = [choice]
    box = wizard.boxes["serve.mission"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, " and more")
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)  # leave at once
    sample_window.operations.wait_for_all()
    qtbot.waitUntil(lambda: not sample_window.operations.busy)

    title, text = _asked(dialogs)[0]
    assert title == "Someone else changed this profile"
    assert "• Your role and mission: theirs “Care for the east side”, yours “Care and more”" in (
        text
    )
    stored = read_profile(sample_window.database, organization_id).answers["serve.mission"]
    assert stored == ("Care for the east side" if choice == RELOAD else "Care and more")
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


# Two main windows on one database -----------------------------------------------------------
@pytest.fixture
def second_window(
    qtbot: QtBot, colleague: Database, sample_window: MainWindow
) -> Iterator[tuple[MainWindow, RecordingDialogs]]:
    their_dialogs = RecordingDialogs()
    yield from (
        (window, their_dialogs) for window in _shown_window(qtbot, colleague, their_dialogs)
    )


def test_two_windows_one_database_nothing_lost_and_the_conflict_named(
    sample_window: MainWindow,
    second_window: tuple[MainWindow, RecordingDialogs],
    qtbot: QtBot,
    dialogs: RecordingDialogs,
) -> None:
    """Alex opens Riverbend; Sam, in the other window, saves its mission; Alex types notes
    and saves: asked, reloads theirs, types again — both edits are stored."""
    sam_window, sam_dialogs = second_window
    with sample_window.database.session() as session:
        organization_id = session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()
    dialogs.choices = [RELOAD]
    first: list[OrganizationDialog] = []

    def sam_edits(dialog: OrganizationDialog) -> None:
        dialog.mission.setFocus()
        qtbot.keyClick(dialog.mission, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.mission, "Feeding the east side")
        save(qtbot, dialog)

    def alex_edits(dialog: OrganizationDialog) -> None:
        first.append(dialog)
        when_dialog_opens(OrganizationDialog, sam_edits, other_than=dialog)
        sam_window.editing.edit_organization(organization_id)
        qtbot.waitUntil(lambda: not sam_window.operations.busy, timeout=10000)
        sam_window.operations.wait_for_all()
        # Sam's editor is closed: the next one to open is Alex's, reopened on theirs.
        when_dialog_opens(OrganizationDialog, alex_again, other_than=dialog)
        dialog.notes.setFocus()
        qtbot.keyClicks(dialog.notes, "Call back in May")
        save(qtbot, dialog)

    reloaded: list[str] = []

    def alex_again(dialog: OrganizationDialog) -> None:
        reloaded.append(dialog.mission.toPlainText())
        dialog.notes.setFocus()
        qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.notes, "Call back in May")
        save(qtbot, dialog)

    when_dialog_opens(OrganizationDialog, alex_edits)
    sample_window.editing.edit_organization(organization_id)
    qtbot.waitUntil(lambda: bool(reloaded), timeout=15000)
    sample_window.operations.wait_for_all()
    settle(sample_window, qtbot)

    title, text = _asked(dialogs)[0]
    assert title == "Someone else changed this organization"
    assert "They changed: mission. Your own changes: notes." in text
    assert reloaded == ["Feeding the east side"]
    form = organization_to_edit(sample_window.database, organization_id).form
    assert form is not None
    assert (form.mission, form.notes.endswith("Call back in May")) == (
        "Feeding the east side",
        True,
    )
    for shown in (dialogs.shown, sam_dialogs.shown):
        assert not [entry for entry in shown if entry[0] == "problem"]
    # Sam's window, told nothing by Alex's, still saves over nothing it has not seen.
    stale = replace(form, mission="Something else", row_version=1)
    with pytest.raises(Exception, match="Someone else changed this organization"):
        save_organization_edits(sam_window.database, stale, organization_id)

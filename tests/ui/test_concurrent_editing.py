"""A colleague saved the record while this user had it open: reload theirs, or keep mine.

"The colleague" is a second session on the same store saving between the moment the
editor opened and the moment the user pressed Save, as on a shared database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.services.mou.drafts import mou_for_request, save_section
from partnerdesk.services.records.contacts import load_contact_form, save_contact
from partnerdesk.services.records.organizations import load_organization_form, save_organization
from partnerdesk.services.vetting.questions import AnswerForm, answers_by_key, save_answer
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD

from .conftest import RecordingDialogs, when_dialog_opens
from .test_editing_flow import save
from .test_mou_flow import run_wizard, stored, text_box
from .test_vetting_flow import open_sample_request


def _riverbend(database: Database) -> int:
    with database.session() as session:
        return session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()


def _colleague_sets_mission(database: Database, organization_id: int, mission: str) -> None:
    with database.session() as session:
        theirs = load_organization_form(session, organization_id)
        theirs.mission = mission
        save_organization(session, theirs, organization_id)


def _edit_notes_while_colleague_saves(
    window: MainWindow, qtbot: QtBot, organization_id: int, notes: str
) -> OrganizationDialog:
    """The editor the user typed in (it may still be on screen while its save is refused)."""
    opened: list[OrganizationDialog] = []

    def act(dialog: OrganizationDialog) -> None:
        opened.append(dialog)
        _colleague_sets_mission(window.database, organization_id, "Feeding the east side")
        dialog.notes.setPlainText(notes)
        save(qtbot, dialog)

    when_dialog_opens(OrganizationDialog, act)
    window.editing.edit_organization(organization_id)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    return opened[0]


def _when_editor_reopens(
    qtbot: QtBot, first: OrganizationDialog, act: Callable[[OrganizationDialog], str]
) -> str:
    """What ``act`` read from the organization editor when it opened again (not ``first``,
    which may still be on screen for a moment: waiting for it was once a race)."""
    seen: list[str] = []
    when_dialog_opens(OrganizationDialog, lambda dialog: seen.append(act(dialog)), other_than=first)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen[0]


def test_keep_mine_saves_over_their_version_after_showing_what_differs(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    organization_id = _riverbend(sample_window.database)
    dialogs.choices = [KEEP_MINE]
    _edit_notes_while_colleague_saves(sample_window, qtbot, organization_id, "Call back in May")
    qtbot.waitUntil(lambda: any(shown[0] == "choose" for shown in dialogs.shown))
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage().startswith("Saved"))

    _kind, title, text = next(shown for shown in dialogs.shown if shown[0] == "choose")
    assert title == "Someone else changed this organization"
    # The colleague's change is named as theirs, the user's own edit as theirs not (issue 22).
    assert "They changed: mission. Your own changes: notes." in text
    assert "• Mission: theirs “Feeding the east side”, yours “" in text
    assert "yours “Call back in May”" in text
    with sample_window.database.session() as session:
        stored = session.get_one(Organization, organization_id)
        assert stored.notes == "Call back in May"
        assert stored.mission != "Feeding the east side", "kept mine, on purpose"


def test_reload_theirs_reopens_the_editor_with_their_version(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    organization_id = _riverbend(sample_window.database)
    dialogs.choices = [RELOAD]
    first = _edit_notes_while_colleague_saves(
        sample_window, qtbot, organization_id, "Mine, not saved"
    )

    def look(dialog: OrganizationDialog) -> str:
        dialog.reject()
        return dialog.mission.toPlainText()

    assert _when_editor_reopens(qtbot, first, look) == "Feeding the east side"
    with sample_window.database.session() as session:
        stored = session.get_one(Organization, organization_id)
        assert stored.mission == "Feeding the east side"
        assert stored.notes != "Mine, not saved"


def test_closing_the_question_reopens_what_was_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    organization_id = _riverbend(sample_window.database)
    dialogs.choices = [None]
    first = _edit_notes_while_colleague_saves(sample_window, qtbot, organization_id, "Typed, kept")

    def save_again(dialog: OrganizationDialog) -> str:
        typed = dialog.notes.toPlainText()
        save(qtbot, dialog)
        return typed

    assert _when_editor_reopens(qtbot, first, save_again) == "Typed, kept"
    sample_window.tasks.wait_for_all()
    with sample_window.database.session() as session:
        assert session.get_one(Organization, organization_id).notes == "Typed, kept"


def test_a_contact_whose_emails_a_colleague_changed_is_not_overwritten(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    database = sample_window.database
    with database.session() as session:
        contact = session.scalars(select(Contact).where(Contact.emails.any())).first()
        assert contact is not None
        contact_id = contact.id
        contact.given_name, contact.family_name = "Imported", "Card"

    def act(dialog: ContactDialog) -> None:
        with database.session() as session:
            theirs = load_contact_form(session, contact_id)
            theirs.emails = [*theirs.emails, "new.address@riverbend.example"]
            save_contact(session, theirs, contact_id)
        dialog.role_title.setText("Director of Community Partnerships")
        save(qtbot, dialog)

    dialogs.choices = [KEEP_MINE]
    when_dialog_opens(ContactDialog, act)
    sample_window.editing.edit_contact(contact_id)
    qtbot.waitUntil(lambda: any(shown[0] == "choose" for shown in dialogs.shown))
    sample_window.tasks.wait_for_all()
    text = next(shown[2] for shown in dialogs.shown if shown[0] == "choose")
    assert "They changed: emails. Your own changes: role title." in text
    with database.session() as session:
        stored = load_contact_form(session, contact_id)
    assert stored.role_title == "Director of Community Partnerships"
    # The editor does not show the imported given and family names; they survive it.
    assert (stored.given_name, stored.family_name) == ("Imported", "Card")


# Vetting answers: the editor sits on the request's page, saved with Save or on moving on.
def test_an_answer_a_colleague_saved_meanwhile_is_not_overwritten_unseen(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    page.select_question("data.ownership")
    qtbot.keyClicks(page.editor.their_answer, "The community owns it.")
    save_answer(
        sample_window.database, request_id, "data.ownership", AnswerForm("Their lawyers own it")
    )

    dialogs.choices = [None]  # closed without choosing
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(shown[0] == "choose" for shown in dialogs.shown))
    title, text = next(shown[1:] for shown in dialogs.shown if shown[0] == "choose")
    assert title == "Someone else changed this answer"
    assert "• Their answer: theirs “Their lawyers own it”, yours “The community owns it.”" in text
    # Nothing typed is lost: it is back in the editor, unsaved, over their answer.
    qtbot.waitUntil(lambda: page.editor.their_answer.toPlainText() == "The community owns it.")
    assert page.editor.changed

    dialogs.choices = [KEEP_MINE]
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage() == "Answer saved.")
    with sample_window.database.session() as session:
        stored = answers_by_key(session, request_id)["data.ownership"]
    assert stored.their_answer == "The community owns it."


def test_saving_the_same_answer_twice_quickly_is_not_a_conflict(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    """The second save leaves before the page has reloaded the first: not someone else."""
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    page.select_question("data.ownership")
    qtbot.keyClicks(page.editor.their_answer, "First thoughts.")
    page.editor.save()
    qtbot.keyClicks(page.editor.their_answer, " Second thoughts.")
    page.editor.save()
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: sample_window.statusBar().currentMessage() == "Answer saved.")
    assert not any(shown[0] == "choose" for shown in dialogs.shown)
    with sample_window.database.session() as session:
        stored = answers_by_key(session, request_id)["data.ownership"]
    assert stored.their_answer == "First thoughts. Second thoughts."


# The MOU wizard saves each page as the user types.
def _colleague_writes_process(window: MainWindow, text: str) -> None:
    # The wizard's own saves run on the database worker: the colleague writes after them.
    window.operations.wait_for_all()
    with window.database.session() as session:
        mou_id = mou_for_request(session, window.request_page.request_id)
        assert mou_id is not None
        save_section(session, mou_id, "conflict", {"process": text})


def _type_over_a_colleagues_save(
    sample_window: MainWindow, wizard: MouWizard, qtbot: QtBot
) -> QPlainTextEdit:
    """A colleague saves the conflict page's process while we type ours into it."""
    wizard.show_section("conflict")
    _colleague_writes_process(sample_window, "Their leads meet monthly.")
    box = text_box(wizard, "conflict", "process")
    box.setFocus()
    qtbot.keyClicks(box, "Ours talk within a week.")
    return box


def test_a_page_of_the_mou_a_colleague_saved_meanwhile_shows_theirs_on_reload(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.choices = [RELOAD]
    seen: list[str] = []

    def write(wizard: MouWizard) -> None:
        box = _type_over_a_colleagues_save(sample_window, wizard, qtbot)
        wizard.save_now()
        qtbot.waitUntil(lambda: not sample_window.operations.busy)
        seen.append(box.toPlainText())
        wizard.save_now()  # their version on screen is what is stored: nothing to ask

    run_wizard(sample_window, qtbot, write)
    asked = [shown for shown in dialogs.shown if shown[0] == "choose"]
    assert len(asked) == 1
    assert asked[0][1] == "Someone else changed this part of the MOU (Conflict resolution)"
    assert "theirs “Their leads meet monthly.”, yours “Ours talk within a week.”" in asked[0][2]
    assert seen == ["Their leads meet monthly."]
    assert stored(sample_window, "conflict", "process") == "Their leads meet monthly."


def test_keep_mine_saves_the_mou_page_over_theirs(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.choices = [KEEP_MINE]

    def write(wizard: MouWizard) -> None:
        _type_over_a_colleagues_save(sample_window, wizard, qtbot)
        assert wizard.save_now()
        qtbot.waitUntil(lambda: not sample_window.operations.busy)

    run_wizard(sample_window, qtbot, write)
    assert stored(sample_window, "conflict", "process") == "Ours talk within a week."

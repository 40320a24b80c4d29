"""The core story, start to finish, by keys and clicks only, finding controls by their labels.

First start → our own organization's profile → log an incoming hospital request (a new
organization, its contact, the request) → answer the three hard questions, read the red
flags, decide "proceed with conditions" → start the MOU from the request, write its purpose,
a role for each party, how conflicts are resolved and a review date → export to Word →
an e-mail draft to the contact. At the end the store, the .docx (read back, and converted by
LibreOffice where it is installed) and the .eml (parsed with Python's email) must hold it all.

Set PARTNERDESK_STORY_SHOTS to a folder to keep a picture of every step.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.core.dates import document_date
from partnerdesk.services.mou.drafts import load_draft, mou_for_request
from partnerdesk.services.mou.versions import list_versions
from partnerdesk.store.models import PartnershipRequest
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog
from partnerdesk.ui.email_draft_dialog import EmailDraftDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.welcome_dialog import WelcomeDialog

from ..exports.word_readers import all_text, libreoffice_text
from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_email_draft_flow import RecordingOpener
from .test_vetting_by_hand import click_question

SHOTS = os.environ.get("PARTNERDESK_STORY_SHOTS", "")
# A real Word reader where there is one; CI installs it and demands it.
LIBREOFFICE = bool(shutil.which("soffice") or os.environ.get("PARTNERDESK_REQUIRE_LIBREOFFICE"))


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def by_label(root: QWidget, label: str) -> QWidget:
    """The field a visible label leads to, as a screen reader finds it."""
    found = [
        caption.buddy()
        for caption in root.findChildren(QLabel)
        if caption.buddy() is not None and _plain(caption.text()) == label
    ]
    assert found, f"no field labelled {label!r}"
    return found[0]


def button(root: QWidget, text: str) -> QAbstractButton:
    """A button (or radio button, check box) by its visible text."""
    found = [
        widget
        for widget in root.findChildren(QAbstractButton)
        if _plain(widget.text()) == text and widget.isVisible()
    ]
    assert found, f"no button {text!r}"
    return found[0]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, root: QWidget, label: str, text: str) -> None:
    field = by_label(root, label)
    line = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit) or field
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)


def choose(qtbot: QtBot, root: QWidget, label: str, starts_with: str) -> None:
    """Pick a drop-down entry by keyboard: arrow down until it shows."""
    combo = by_label(root, label)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _press in range(combo.count()):
        if combo.currentText().startswith(starts_with):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(starts_with), f"{starts_with!r} not in {label!r}"


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


_failures: list[BaseException] = []


def answer_when_open(qtbot: QtBot, kind: type, act: Callable[[QWidget], None]) -> list[bool]:
    """Fill the next dialog of this kind once it shows, as the active window; a failure
    closes it (so the story cannot hang on it) and fails the test."""
    done: list[bool] = []

    def drive(dialog: QWidget) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        try:
            act(dialog)
        except BaseException as failure:
            _failures.append(failure)
            dialog.close()
        finally:
            done.append(True)

    when_dialog_opens(kind, drive)
    return done


def in_dialog(
    qtbot: QtBot, kind: type, act: Callable[[QWidget], None], start: Callable[[], None]
) -> None:
    """Open a dialog by ``start`` (a click or a key), let ``act`` fill it, wait until done."""
    done = answer_when_open(qtbot, kind, act)
    start()
    qtbot.waitUntil(lambda: bool(done) or bool(_failures), timeout=10000)
    if _failures:
        raise _failures.pop(0)


# Tabbing out of a table cell's editor makes Qt say this when the closed editor later loses
# focus; it is Qt's own bookkeeping, and what was typed is stored (checked below).
@pytest.mark.qt_log_ignore("QAbstractItemView::commitData called with an editor that does not")
def test_a_new_user_goes_from_first_start_to_an_mou_e_mailed_to_the_hospital(
    window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    # 1. First start: the welcome, and "set up our profile now".
    def welcome(dialog: QWidget) -> None:
        shot(dialog, "01-welcome")
        click(qtbot, button(dialog, "Set it up now"))
        click(qtbot, button(dialog, "Start using PartnerDesk"))

    def our_organization(dialog: QWidget) -> None:
        assert isinstance(dialog, OurOrganizationDialog)
        dialog.name.setFocus()
        qtbot.keyClicks(dialog.name, "Eastside Community Food Collective")
        shot(dialog, "02-our-organization")
        click(qtbot, button(dialog, "Continue"))

    answer_when_open(qtbot, OurOrganizationDialog, our_organization)
    in_dialog(qtbot, WelcomeDialog, welcome, window.help.show_welcome)
    qtbot.waitUntil(lambda: bool(window.profiles.open_wizards), timeout=10000)
    [profile] = window.profiles.open_wizards.values()
    first_box = profile.boxes[profile.current_part.fields[0].id]
    first_box.setFocus()
    qtbot.keyClicks(first_box, "Families on the east side who run short of food.")
    shot(profile, "03-profile")
    click(qtbot, profile.close_button)

    # 2. The hospital, its contact, the request.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)

    def hospital(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "Name", "Lakeview Regional Health")
        choose(qtbot, dialog, "Type", "Hospital")
        type_into(qtbot, dialog, "Years active in our community", "3")
        shot(dialog, "04-organization")
        click(qtbot, button(dialog, "Save"))

    in_dialog(
        qtbot,
        OrganizationDialog,
        hospital,
        lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    )
    settle(window, qtbot)  # saved, the hospital's page opens

    def contact(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "Name", "Dr. Priya Raman")
        choose(qtbot, dialog, "Organization", "Lakeview")
        emails = by_label(dialog, "Emails (one per line)")
        emails.setFocus()
        qtbot.keyClicks(emails, "priya.raman@lakeview-health.example")
        shot(dialog, "05-contact")
        click(qtbot, button(dialog, "Save"))

    window.show_page("contacts")
    in_dialog(
        qtbot,
        ContactDialog,
        contact,
        lambda: click(qtbot, button(window.pages["contacts"], "New contact…")),
    )

    def request(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "Title", "Diabetes prevention classes")
        choose(qtbot, dialog, "From (organization)", "Lakeview")
        choose(qtbot, dialog, "Who asked", "Dr. Priya")
        received = by_label(dialog, "Received on")
        assert date.today().strftime("%Y") in (received.findChild(QLineEdit) or received).text()
        type_into(qtbot, dialog, "Funding ends on", "2027-09-30")
        shot(dialog, "06-request")
        click(qtbot, button(dialog, "Save"))

    # Logging the request, PartnerDesk asks the user's own name once (not the login name).
    dialogs.texts.append("Marisol Ortega")
    window.show_page("requests")
    in_dialog(
        qtbot,
        RequestDialog,
        request,
        lambda: click(qtbot, button(window.pages["requests"], "New request…")),
    )
    qtbot.waitUntil(lambda: window.current_page_key() == "request", timeout=10000)
    page = window.request_page
    window.tasks.wait_for_all()
    shot(window, "07-request-page")

    # 3. The three hard questions, answered one after the other without a pause.
    answers = {
        "hard.why-now": "A new state grant for prevention programs.",
        "hard.funding-runs-out": "They have not decided yet.",
        "hard.values-statement": "They shared their equity statement and the board minutes.",
    }
    for key, text in answers.items():
        click_question(page, qtbot, key)
        if key == "hard.funding-runs-out":
            # The placeholder is filled from the organization's record.
            assert "(X)" not in page.editor.question.text()
        type_into(qtbot, page.editor, "Their answer", text)
    shot(window, "08-hard-questions")
    window.show_page("organizations")  # leave the page at once: the last answer is kept
    window.tasks.wait_for_all()
    window.show_request(page.request_id)
    window.tasks.wait_for_all()
    settle(window, qtbot)
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]
    assert "fund" in page.flags.toPlainText().lower()

    # 4. Decide: proceed with conditions.
    def decide(dialog: QWidget) -> None:
        click(qtbot, button(dialog, "Proceed with conditions — only if they agree to ours."))
        type_into(qtbot, dialog, "Why", "Their lead listened, and the money is real.")
        type_into(qtbot, dialog, "Conditions", "Our staff time is paid.")
        shot(dialog, "09-decision")
        click(qtbot, button(dialog, "Save"))

    in_dialog(qtbot, DecisionDialog, decide, lambda: click(qtbot, page.decide))
    qtbot.waitUntil(lambda: "conditions" in page.decision.text().lower(), timeout=10000)
    # Asked "Move the request to 'Kickoff meeting'?", the user said yes.
    assert any("Kickoff meeting" in shown[1] + shown[2] for shown in dialogs.shown)
    qtbot.waitUntil(lambda: page.stage.currentText() == "Kickoff meeting", timeout=10000)

    # 5. The MOU from the request: purpose, a role for each party, conflicts, a review date.
    def write_mou(wizard: QWidget) -> None:
        assert isinstance(wizard, MouWizard)

        def go(title: str) -> None:
            contents = wizard.contents
            row = next(r for r in range(contents.count()) if title in contents.item(r).text())
            contents.scrollToItem(contents.item(row))
            qtbot.mouseClick(
                contents.viewport(),
                Qt.MouseButton.LeftButton,
                pos=contents.visualItemRect(contents.item(row)).center(),
            )

        go("Purpose and shared vision")
        type_into(qtbot, wizard, "Purpose", "Classes that help neighbours prevent diabetes.")
        go("Roles and responsibilities")
        roles = wizard.section_pages["roles"].editors["roles"].widget
        for party, duty in (
            ("Eastside Community Food Collective", "Host the classes"),
            ("Lakeview Regional Health", "Pay the teachers"),
        ):
            click(qtbot, button(roles, "Add a responsibility"))
            duty_cell = wizard.focusWidget()
            qtbot.keyClicks(duty_cell, duty)
            # Tab moves on to the Party cell, ready to type, as in a spreadsheet.
            qtbot.keyClick(duty_cell, Qt.Key.Key_Tab)
            party_cell = wizard.focusWidget()
            assert party_cell.accessibleName().startswith("Party, row")
            qtbot.keyClicks(party_cell, party)
            qtbot.keyClick(party_cell, Qt.Key.Key_Return)
        go("Conflict resolution")
        type_into(qtbot, wizard, "How we resolve conflicts", "The two leads talk within a week.")
        go("Review and update schedule")
        type_into(qtbot, wizard, "First review on", "9/30/2027")
        shot(wizard, "10-mou-review")
        go("Check and export")
        shot(wizard, "11-mou-check")
        click(qtbot, wizard.check_page.export_button)
        # What the user waits for: the status line saying the version was saved.
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage().startswith("Saved version 1"),
            timeout=10000,
        )
        answer_when_open(qtbot, EmailDraftDialog, send)
        click(qtbot, wizard.check_page.email_button)
        qtbot.waitUntil(lambda: bool(opener.urls), timeout=10000)
        click(qtbot, button(wizard, "Close"))

    def send(dialog: QWidget) -> None:
        assert isinstance(dialog, EmailDraftDialog)
        assert dialog.body.toPlainText().startswith("Dear Dr. Raman,")
        shot(dialog, "12-email")
        click(qtbot, dialog.open_button)

    word_file = tmp_path / "MOU Lakeview.docx"
    dialogs.files.append(word_file)
    opener = RecordingOpener()
    window.email.open_url = opener
    in_dialog(qtbot, MouWizard, write_mou, lambda: click(qtbot, page.mou))
    window.tasks.wait_for_all()
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

    # What the store, the Word file and the e-mail hold.
    with window.database.session() as session:
        request = session.get(PartnershipRequest, page.request_id)
        assert request is not None
        assert request.received_on == date.today()
        assert request.funding_ends_on == date(2027, 9, 30)
        assert request.decision is Decision.PROCEED_WITH_CONDITIONS
        assert request.stage is RequestStage.KICKOFF
        assert {change.changed_by for change in request.stage_changes} == {"Marisol Ortega"}
        stored_answers = {
            answer.question.key: (answer.their_answer, answer.asked_by)
            for answer in request.answers
        }
        assert stored_answers == {key: (text, "Marisol Ortega") for key, text in answers.items()}
        mou_id = mou_for_request(session, page.request_id)
        assert mou_id is not None
        draft = load_draft(session, mou_id)
        assert len(list_versions(session, mou_id)) == 1, "the e-mail reused the export"
    assert draft.sections["review"]["first_review"] == "2027-09-30"
    assert [row["party"] for row in draft.sections["roles"]["roles"]][-2:] == [
        "Eastside Community Food Collective",
        "Lakeview Regional Health",
    ]
    text = all_text(word_file)
    for expected in (
        "Classes that help neighbours prevent diabetes.",
        "Host the classes",
        "Pay the teachers",
        "The two leads talk within a week.",
        document_date(date(2027, 9, 30)),  # as the user's locale writes it
    ):
        assert expected in text, expected
    if LIBREOFFICE:
        assert "The two leads talk within a week." in libreoffice_text(word_file, tmp_path)
    [url] = opener.urls
    message = email.message_from_bytes(
        Path(url.toLocalFile()).read_bytes(), policy=email.policy.default
    )
    assert [a.addr_spec for a in message["To"].addresses] == ["priya.raman@lakeview-health.example"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == word_file.read_bytes()

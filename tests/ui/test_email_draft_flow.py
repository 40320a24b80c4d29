"""E-mailing a Word document to a partner's people, without ever starting a real program."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import docx
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.services.records.contacts import ContactForm, save_contact
from partnerdesk.store.models import Contact, Organization
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.email_actions import DRAFTS_FOLDER_NAME, EmailActions
from partnerdesk.ui.email_draft_dialog import (
    COPY_TEXT,
    SHOW_IN_FOLDER,
    WITHOUT_ATTACHMENT,
    EmailDraftDialog,
)
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, when_dialog_opens

SUBJECT = "Draft MOU: Eastside Community Food Collective and Riverbend"
BODY = "Dear colleagues,\n\nOur draft of the agreement is attached.\n\nMarisol Ortega"


@dataclass
class RecordingOpener:
    """Stands in for QDesktopServices.openUrl: remembers each URL, and fails for those
    holding one of ``fails_for`` (".eml": no program opens e-mail files; "mailto:")."""

    fails_for: tuple[str, ...] = ()
    urls: list[QUrl] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return not any(text in url.toString() for text in self.fails_for)


@pytest.fixture
def mou(tmp_path: Path) -> Path:
    path = tmp_path / "Documents" / "Entente – Société.docx"
    path.parent.mkdir()
    document = docx.Document()
    document.add_heading("Memorandum of understanding", 0)
    document.save(str(path))
    return path


@pytest.fixture
def opener() -> RecordingOpener:
    return RecordingOpener()


def riverbend_id(window: MainWindow) -> int:
    with window.database.session() as session:
        return session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()


def open_dialog(
    window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    platform: str = "linux",
    chosen: tuple[int, ...] = (),
) -> EmailDraftDialog:
    actions = email_actions(window, opener, platform)
    opened: list[EmailDraftDialog] = []
    actions.draft_email(riverbend_id(window), mou, SUBJECT, BODY, chosen, then=opened.append)
    # The organization's people are read on the database worker first.
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.waitExposed(opened[0])
    return opened[0]


def email_actions(
    window: MainWindow, opener: RecordingOpener, platform: str = "linux"
) -> EmailActions:
    return EmailActions(
        window,
        window.operations,
        window.dialogs,
        window.database.location.data_dir,
        open_url=opener,
        platform=platform,
    )


def tick(qtbot: QtBot, dialog: EmailDraftDialog, *names: str) -> None:
    """Tick people with the keyboard, as a user would: move to the line, press Space."""
    dialog.people.setFocus()
    for row in range(dialog.people.topLevelItemCount()):
        item = dialog.people.topLevelItem(row)
        if item.text(0).startswith(names):
            dialog.people.setCurrentItem(item)
            qtbot.keyClick(dialog.people, Qt.Key.Key_Space)


def parsed(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_draft_opens_in_the_mail_program_with_the_chosen_people_and_the_document(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    rows = [dialog.people.topLevelItem(row) for row in range(3)]
    assert [[item.text(column) for column in range(3)] for item in rows[:2]] == [
        [
            "Robert Castellano (key leader, decides)",
            "Vice President, Population Health",
            "robert.castellano@riverbend-health.example",
        ],
        [
            "Angela Brooks (key leader)",
            "Director of Community Benefit",
            "angela.brooks@riverbend-health.example",
        ],
    ]
    assert dialog.subject.text() == SUBJECT
    assert dialog.body.toPlainText() == BODY

    tick(qtbot, dialog, "Angela Brooks", "Nguyễn Thị Lan")
    qtbot.keyClicks(dialog.other_addresses, "Siobhan O'Connor <siobhan@harlow.example>")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == EmailDraftDialog.DialogCode.Accepted
    assert len(opener.urls) == 1 and opener.urls[0].isLocalFile()
    draft = Path(opener.urls[0].toLocalFile())
    assert draft.parent == sample_window.database.location.data_dir / DRAFTS_FOLDER_NAME
    assert draft.suffix == ".eml" and draft.name.startswith("Entente – Société ")
    message = parsed(draft)
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("Angela Brooks", "angela.brooks@riverbend-health.example"),
        ("Nguyễn Thị Lan", "lan.nguyen@riverbend-health.example"),
        ("Siobhan O'Connor", "siobhan@harlow.example"),
    ]
    assert message["Subject"] == SUBJECT and message["X-Unsent"] == "1"
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == mou.name
    assert attachment.get_content() == mou.read_bytes()
    assert "open in your mail program" in sample_window.statusBar().currentMessage()


def test_the_callers_contact_is_ticked_to_begin_with(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    with sample_window.database.session() as session:
        angela = session.scalars(
            select(Contact.id).where(Contact.full_name == "Angela Brooks")
        ).one()
    dialog = open_dialog(sample_window, qtbot, opener, mou, chosen=(angela,))
    assert dialog.chosen_recipients() == [
        ("Angela Brooks", "angela.brooks@riverbend-health.example")
    ]
    qtbot.keyClick(dialog.people, Qt.Key.Key_Space)  # the first line is the current one
    assert len(dialog.chosen_recipients()) == 2


def test_when_nothing_opens_the_file_the_fallbacks_are_offered(
    sample_window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    dialogs: RecordingDialogs,
) -> None:
    opener.fails_for = (".eml",)
    dialogs.choices = [WITHOUT_ATTACHMENT]
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    tick(qtbot, dialog, "Angela Brooks")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert dialogs.shown[0][:2] == ("choose", "No mail program opened the e-mail")
    eml, mailto, folder = opener.urls
    assert eml.toLocalFile().endswith(".eml")
    parts = urlsplit(mailto.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "angela.brooks@riverbend-health.example"
    assert parse_qs(parts.query)["subject"] == [SUBJECT]
    assert parse_qs(parts.query)["body"] == [BODY.replace("\n", "\r\n")]
    assert Path(folder.toLocalFile()) == mou.parent
    assert dialog.isVisible(), "the dialog stays open, to copy the text if need be"
    assert "Attach “Entente – Société.docx”" in dialog.message.text()


def test_copying_the_message_text_puts_it_on_the_clipboard(
    sample_window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    dialogs: RecordingDialogs,
) -> None:
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    tick(qtbot, dialog, "Robert Castellano")
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "MOU for your review")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    copied = QApplication.clipboard().text()
    assert copied.startswith(
        "To: Robert Castellano <robert.castellano@riverbend-health.example>\n"
        "Subject: MOU for your review\n\nDear colleagues,"
    )
    assert "Attach: Entente – Société.docx" in copied
    assert opener.urls == [] and dialogs.shown == []
    assert dialog.message.text().startswith("Copied.")


def test_copy_is_also_offered_when_no_mail_program_is_set_up(
    sample_window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    dialogs: RecordingDialogs,
) -> None:
    opener.fails_for = (".eml",)
    dialogs.choices = [COPY_TEXT]
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Subject: " + SUBJECT)


def test_with_no_mail_program_at_all_copying_is_suggested(
    sample_window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    dialogs: RecordingDialogs,
) -> None:
    opener.fails_for = (".eml", "mailto:")
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    qtbot.mouseClick(dialog.without_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[0][:2] == ("inform", "No mail program is set up")
    assert "Copy message text" in dialogs.shown[0][2]
    assert Path(opener.urls[-1].toLocalFile()) == mou.parent, "the document is still shown"


def test_a_mistyped_address_is_pointed_out_and_nothing_opens(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    qtbot.keyClicks(dialog.other_addresses, "siobhan at harlow.example")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "“siobhan at harlow.example” is not a complete e-mail address" in (dialog.message.text())
    assert dialog.focusWidget() is dialog.other_addresses
    assert opener.urls == [] and dialog.isVisible()


def test_on_a_mac_the_read_only_problem_is_explained_and_mailto_comes_first(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    dialog = open_dialog(sample_window, qtbot, opener, mou, platform="darwin")
    assert dialog.mac_notice.isVisible()
    assert "Mail opens e-mail files read-only</b>" in dialog.mac_notice.text()
    assert dialog.without_button.isDefault() and not dialog.open_button.isDefault()
    dialog.body.setFocus()
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.without_button

    elsewhere = open_dialog(sample_window, qtbot, RecordingOpener(), mou, platform="win32")
    assert not elsewhere.mac_notice.isVisible() and elsewhere.open_button.isDefault()


def test_every_field_has_a_label_and_a_name_for_screen_readers(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    dialog = open_dialog(sample_window, qtbot, opener, mou)
    for widget, name in (
        (dialog.people, "To"),
        (dialog.other_addresses, "Other addresses"),
        (dialog.subject, "Subject"),
        (dialog.body, "Message"),
    ):
        assert widget.accessibleName() == name


def test_an_organization_that_is_gone_is_explained(
    sample_window: MainWindow,
    qtbot: QtBot,
    opener: RecordingOpener,
    mou: Path,
    dialogs: RecordingDialogs,
) -> None:
    actions = email_actions(sample_window, opener)
    opened: list[EmailDraftDialog] = []
    actions.draft_email(9999, mou, SUBJECT, BODY, then=opened.append)
    qtbot.waitUntil(lambda: not sample_window.operations.busy)
    assert not opened
    assert dialogs.shown == [
        ("inform", "No e-mail was prepared", "That organization is no longer there.")
    ]


def test_people_without_an_address_are_named_and_others_can_be_typed(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    with sample_window.database.session() as session:
        oakwood = Organization(name="Oakwood Senior Center")
        session.add(oakwood)
        session.flush()
        save_contact(session, ContactForm(full_name="Sam Okafor", organization_id=oakwood.id))
        oakwood_id = oakwood.id
    actions = email_actions(sample_window, opener)
    opened: list[EmailDraftDialog] = []
    actions.draft_email(oakwood_id, mou, SUBJECT, BODY, then=opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    [dialog] = opened
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    assert any(text.startswith("No one at Oakwood Senior Center has an e-mail") for text in shown)
    assert "No e-mail address saved for Sam Okafor." in shown
    assert dialog.people.isHidden()

    qtbot.keyClicks(dialog.other_addresses, "director@oakwood.example")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    message = parsed(Path(opener.urls[0].toLocalFile()))
    assert [a.addr_spec for a in message["To"].addresses] == ["director@oakwood.example"]


def _nothing_opens_the_file(
    window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path, answer: object
) -> tuple[EmailDraftDialog, list[str]]:
    """Press "Open in my mail program" where nothing opens .eml files; the real message
    box that follows is answered by ``answer`` (keys or clicks). Returns the dialog and the
    box's text and buttons."""
    opener.fails_for = (".eml",)
    dialog = open_dialog(window, qtbot, opener, mou)
    dialog.dialogs = Dialogs(dialog)  # the real box, not the recorder
    seen: list[str] = []

    def look_then_answer(box: QMessageBox) -> None:
        seen.append(box.text())
        seen.extend(button.text() for button in box.buttons())
        answer(box)  # type: ignore[operator]

    when_dialog_opens(QMessageBox, look_then_answer)
    tick(qtbot, dialog, "Angela Brooks")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert seen, "the box was shown"
    return dialog, seen


def test_the_no_mail_program_box_says_where_the_file_is_and_escape_closes_it(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    dialog, seen = _nothing_opens_the_file(
        sample_window, qtbot, opener, mou, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape)
    )
    [eml] = opener.urls
    draft = Path(eml.toLocalFile())
    text, *buttons = seen
    assert f"is saved as “{draft.name}” in {draft.parent}." in text
    assert buttons[-1] == "Close" and SHOW_IN_FOLDER in buttons
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ], "Escape closed the box"
    assert dialog.isVisible(), "back in the Email draft dialog, nothing else opened"
    assert draft.name in dialog.message.text() and str(draft.parent) in dialog.message.text()
    layout = dialog.layout()
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width()), "nothing overlaps"
    message = parsed(draft)
    assert [a.addr_spec for a in message["To"].addresses] == [
        "angela.brooks@riverbend-health.example"
    ]
    assert next(message.iter_attachments()).get_content() == mou.read_bytes()


def test_the_no_mail_program_box_shows_the_e_mail_file_in_its_folder(
    sample_window: MainWindow, qtbot: QtBot, opener: RecordingOpener, mou: Path
) -> None:
    def show(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == SHOW_IN_FOLDER]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog, _seen = _nothing_opens_the_file(sample_window, qtbot, opener, mou, show)
    eml, folder = opener.urls
    assert Path(folder.toLocalFile()) == Path(eml.toLocalFile()).parent
    assert Path(folder.toLocalFile()) == (
        sample_window.database.location.data_dir / DRAFTS_FOLDER_NAME
    )
    assert "is in the folder PartnerDesk opened" in dialog.message.text()

"""From the MOU wizard to Word and e-mail: the letterhead chosen in Settings, and "Email
draft…" right after "Export to Word…" attaching the same file (issue 15)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.core.mou_sections import SECTIONS
from partnerdesk.exports.letterhead import letterhead_path
from partnerdesk.services.mou.drafts import mou_for_request
from partnerdesk.services.mou.versions import list_versions
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.email_draft_dialog import EmailDraftDialog
from partnerdesk.ui.export_folder import LAST_FOLDER_KEY
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.window_state import open_settings
from tests.exports.test_letterheads import HEADER_TEXT, _word_letterhead

from .conftest import RecordingDialogs, when_dialog_opens
from .test_email_draft_flow import RecordingOpener
from .test_mou_flow import run_wizard, text_box
from .test_vetting_flow import open_sample_request


def _export(wizard: MouWizard, qtbot: QtBot, window: MainWindow, target: Path) -> None:
    wizard.show_section("check")
    qtbot.mouseClick(wizard.check_page.export_button, Qt.MouseButton.LeftButton)
    # Done when the window says so (the file is in place a moment before).
    qtbot.waitUntil(
        lambda: f"as “{target.name}”" in window.statusBar().currentMessage(), timeout=10000
    )


def _email(wizard: MouWizard, qtbot: QtBot, seen: list[str]) -> None:
    """Press "Email draft…" on the check page and send from the dialog that opens."""

    def send(dialog: EmailDraftDialog) -> None:
        seen.extend([dialog.subject.text(), dialog.body.toPlainText()])
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    count = len(seen)
    wizard.show_section("check")
    when_dialog_opens(EmailDraftDialog, send)
    qtbot.mouseClick(wizard.check_page.email_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) > count, timeout=10000)


def _sent(opener: RecordingOpener) -> EmailMessage:
    message = email.message_from_bytes(
        Path(opener.urls[-1].toLocalFile()).read_bytes(), policy=email.policy.default
    )
    assert isinstance(message, EmailMessage)
    return message


def _versions(window: MainWindow) -> list[tuple[int, str]]:
    with window.database.session() as session:
        mou_id = mou_for_request(session, window.request_page.request_id)
        assert mou_id is not None
        return [(v.number, v.file_name) for v in list_versions(session, mou_id)]


def test_email_draft_right_after_export_attaches_the_same_file(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    opener = RecordingOpener()
    sample_window.email.open_url = opener
    open_sample_request(sample_window, qtbot)
    folder = tmp_path / "Partners" / "Riverbend"
    folder.mkdir(parents=True)
    exported = folder / "MOU for Riverbend.docx"
    dialogs.files.append(exported)
    seen: list[str] = []

    def export_then_email(wizard: MouWizard) -> None:
        _export(wizard, qtbot, sample_window, exported)
        _email(wizard, qtbot, seen)

    run_wizard(sample_window, qtbot, export_then_email)
    assert len(dialogs.suggested) == 1, "the Word file was not asked for again"
    assert [kind for kind, *_ in dialogs.shown].count("ask_text") == 1, "one version note"
    assert not [shown for shown in dialogs.shown if shown[0] in ("problem", "confirm")]
    assert _versions(sample_window) == [(1, "MOU for Riverbend.docx")]
    subject, body = seen
    assert subject.endswith("— draft version 1") and body.startswith("Dear Angela,")
    [attachment] = list(_sent(opener).iter_attachments())
    assert attachment.get_content() == exported.read_bytes()
    # The next save dialog opens in the folder used last, also after a restart.
    data_dir = sample_window.database.location.data_dir
    assert open_settings(data_dir).value(LAST_FOLDER_KEY) == str(folder)
    assert sample_window.mous.save_folder() == folder


def test_after_a_change_a_new_version_is_saved_and_the_reason_given(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    opener = RecordingOpener()
    sample_window.email.open_url = opener
    open_sample_request(sample_window, qtbot)
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    dialogs.files.extend([first, second])
    seen: list[str] = []

    def export_change_email(wizard: MouWizard) -> None:
        _export(wizard, qtbot, sample_window, first)
        wizard.show_section("conflict")
        box = text_box(wizard, "conflict", "process")
        box.setFocus()
        qtbot.keyClicks(box, "A neutral facilitator helps.")
        _email(wizard, qtbot, seen)

    run_wizard(sample_window, qtbot, export_change_email)
    [(_, title, reason)] = [shown for shown in dialogs.shown if shown[0] == "confirm"][-1:]
    assert title == "A new version is needed"
    assert "has changed since version 1 was saved as “first.docx”" in reason
    assert dialogs.suggested[-1].parent == tmp_path, "the save dialog opens where we saved"
    assert _versions(sample_window) == [(1, "first.docx"), (2, "second.docx")]
    assert seen[0].endswith("— draft version 2")
    [attachment] = list(_sent(opener).iter_attachments())
    assert attachment.get_content() == second.read_bytes()
    assert "A neutral facilitator helps." in "\n".join(
        p.text for p in docx.Document(str(second)).paragraphs
    )


def test_a_file_no_longer_there_is_explained_and_nothing_is_done_unasked(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    exported = tmp_path / "moved away.docx"
    dialogs.files.append(exported)

    def export_remove_email(wizard: MouWizard) -> None:
        _export(wizard, qtbot, sample_window, exported)
        exported.unlink()
        dialogs.answer = False  # "Cancel" on the explanation
        wizard.show_section("check")
        qtbot.mouseClick(wizard.check_page.email_button, Qt.MouseButton.LeftButton)
        # Whether the MOU changed since is read on the database worker first.
        qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "confirm")

    run_wizard(sample_window, qtbot, export_remove_email)
    kind, title, reason = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "A new version is needed")
    assert f"“moved away.docx” in {tmp_path}, but the file is no longer there" in reason
    assert _versions(sample_window) == [(1, "moved away.docx")]


def test_a_letterhead_saved_by_word_chosen_in_settings_is_used_by_the_export(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs.files.append(_word_letterhead(tmp_path / "made"))
    sample_window.menu_actions["letterhead"].trigger()
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: "now use your letterhead" in sample_window.statusBar().currentMessage())
    assert not [shown for shown in dialogs.shown if shown[0] in ("problem", "inform")]

    open_sample_request(sample_window, qtbot)
    exported = tmp_path / "on the letterhead.docx"
    dialogs.files.append(exported)
    run_wizard(sample_window, qtbot, lambda w: _export(w, qtbot, sample_window, exported))
    assert not [shown for shown in dialogs.shown if shown[0] in ("problem", "inform")]
    document = docx.Document(str(exported))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[: len(SECTIONS)] == [f"{n}. {s.title}" for n, s in enumerate(SECTIONS, 1)]
    assert HEADER_TEXT in "\n".join(p.text for p in document.sections[0].header.paragraphs)


def test_a_letterhead_that_cannot_be_used_is_refused_plainly(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    not_word = tmp_path / "letterhead.docx"
    not_word.write_bytes(b"PK\x03\x04 a damaged download")
    dialogs.files.append(not_word)
    sample_window.menu_actions["letterhead"].trigger()
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("inform", "This letterhead cannot be used")
    assert "is not a Word document" in text and "stay as they were" in text
    assert not letterhead_path(sample_window.database.location.data_dir).exists()

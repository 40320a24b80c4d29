"""The MOU wizard: type, go back, resume after closing, undo a page, check, export, versions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from partnerdesk.services.mou.drafts import load_draft, mou_for_request
from partnerdesk.services.mou.versions import list_versions
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.ui.editors.mou_versions_dialog import MouVersionsDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_vetting_flow import open_sample_request


def run_wizard(window: MainWindow, qtbot: QtBot, act: Callable[[MouWizard], None]) -> None:
    """Open the sample request's MOU, let ``act`` drive the wizard, then close it."""
    done: list[bool] = []

    def drive(wizard: MouWizard) -> None:
        # The wizard is modal: on a desktop it is the active window, with the keyboard.
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
        try:
            act(wizard)
        finally:
            wizard.close()
            done.append(True)

    when_dialog_opens(MouWizard, drive)
    window.request_page.mou_requested.emit(window.request_page.request_id)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)


def text_box(wizard: MouWizard, section: str, field: str) -> QPlainTextEdit:
    widget = wizard.section_pages[section].editors[field].widget
    assert isinstance(widget, QPlainTextEdit)
    return widget


def stored(window: MainWindow, section: str, field: str) -> object:
    with window.database.session() as session:
        mou_id = mou_for_request(session, window.request_page.request_id)
        assert mou_id is not None
        return load_draft(session, mou_id).sections.get(section, {}).get(field)


def test_typing_is_saved_and_the_wizard_resumes_where_it_was_left(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)

    def write(wizard: MouWizard) -> None:
        assert wizard.current_section() == "parties"
        wizard.show_section("conflict")
        box = text_box(wizard, "conflict", "process")
        box.setFocus()
        qtbot.keyClicks(box, "The two leads talk within a week.")
        qtbot.waitUntil(lambda: wizard.saved.text() == "All changes are saved.", timeout=3000)
        qtbot.mouseClick(wizard.back, Qt.MouseButton.LeftButton)
        assert wizard.current_section() == "decisions"
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)

    run_wizard(sample_window, qtbot, write)
    assert stored(sample_window, "conflict", "process") == "The two leads talk within a week."

    def resume(wizard: MouWizard) -> None:
        assert wizard.current_section() == "conflict"
        assert text_box(wizard, "conflict", "process").toPlainText().startswith("The two leads")

    run_wizard(sample_window, qtbot, resume)


def test_closing_right_after_typing_loses_nothing(sample_window: MainWindow, qtbot: QtBot) -> None:
    open_sample_request(sample_window, qtbot)

    def type_and_close(wizard: MouWizard) -> None:
        wizard.show_section("objectives")
        box = text_box(wizard, "objectives", "objectives")
        box.setFocus()
        qtbot.keyClicks(box, "Train six volunteers")
        # No wait: closing saves at once.

    run_wizard(sample_window, qtbot, type_and_close)
    assert stored(sample_window, "objectives", "objectives") == "Train six volunteers"


def test_undo_changes_on_this_page_and_standard_wording(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)

    def edit(wizard: MouWizard) -> None:
        wizard.show_section("goals")
        box = text_box(wizard, "goals", "goals")
        before = box.toPlainText()
        box.setPlainText("Something we did not mean")
        wizard.save_now()
        qtbot.mouseClick(wizard.undo_page, Qt.MouseButton.LeftButton)
        assert box.toPlainText() == before
        wizard.show_section("data")
        insert = wizard.section_pages["data"].clause_buttons["ownership"]
        qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)
        assert "belongs to them" in text_box(wizard, "data", "ownership").toPlainText()

    run_wizard(sample_window, qtbot, edit)
    assert str(stored(sample_window, "goals", "goals")).startswith("By the end of the first year")
    assert "belongs to them" in str(stored(sample_window, "data", "ownership"))


def test_the_check_page_sends_the_user_to_the_page_that_fixes_a_point(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)

    def check(wizard: MouWizard) -> None:
        wizard.show_section("check")
        findings = wizard.check_page.findings
        texts = [findings.item(row).text() for row in range(findings.count())]
        assert any("No way to resolve conflicts" in text for text in texts)
        row = next(r for r, text in enumerate(texts) if "All decision power" in text)
        findings.setCurrentRow(row)
        findings.itemActivated.emit(findings.item(row))
        assert wizard.current_section() == "decisions"

    run_wizard(sample_window, qtbot, check)


def test_export_from_the_wizard_records_versions_that_compare(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.files.extend([tmp_path / "first", tmp_path / "second.docx"])
    dialogs.texts.extend(["Sent to Angela", ""])
    compared: list[str] = []

    def look(versions: MouVersionsDialog) -> None:
        # The comparison is read on the database worker: wait for it as a person does.
        qtbot.waitUntil(lambda: bool(versions.view.toPlainText()), timeout=5000)
        compared.append(versions.view.toPlainText())
        versions.older.setCurrentIndex(versions.older.findData(1))
        qtbot.mouseClick(versions.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Version 1" in versions.view.toPlainText(), timeout=5000)
        compared.append(versions.view.toPlainText())
        versions.reject()

    def export_twice(wizard: MouWizard) -> None:
        wizard.show_section("check")
        qtbot.mouseClick(wizard.check_page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (tmp_path / "first.docx").exists(), timeout=10000)
        wizard.show_section("conflict")
        text_box(wizard, "conflict", "process").setPlainText("A neutral facilitator helps.")
        wizard.show_section("check")
        qtbot.mouseClick(wizard.check_page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (tmp_path / "second.docx").exists(), timeout=10000)
        sample_window.tasks.wait_for_all()
        when_dialog_opens(MouVersionsDialog, look)
        wizard.check_page.versions_requested.emit()
        qtbot.waitUntil(lambda: len(compared) == 2, timeout=10000)

    run_wizard(sample_window, qtbot, export_twice)
    header = docx.Document(str(tmp_path / "second.docx")).sections[0].header.paragraphs[0].text
    assert header.startswith("DRAFT — version 2 — ")
    with sample_window.database.session() as session:
        mou_id = mou_for_request(session, sample_window.request_page.request_id)
        assert mou_id is not None
        assert [(v.file_name, v.note) for v in list_versions(session, mou_id)] == [
            ("first.docx", "Sent to Angela"),
            ("second.docx", ""),
        ]
    # Version 2 against the current draft: the same.
    assert compared and "No differences" in compared[0]
    # Version 1 in full: before the conflict process was written.
    assert (
        "Version 1" in compared[1] and "10. Conflict resolution\n(not written yet)" in compared[1]
    )


def test_starting_an_mou_for_a_request_is_prefilled(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot
) -> None:
    with sample_window.database.session() as session:
        request_id, _ = save_request(
            session, RequestForm(title="Blood pressure checks", organization_id=2)
        )
    sample_window.show_request(request_id)
    settle(sample_window, qtbot)
    seen: list[str] = []

    def look(wizard: MouWizard) -> None:
        parties = wizard.section_pages["parties"].editors["parties"].value()
        seen.extend(row["name"] for row in parties)

    run_wizard(sample_window, qtbot, look)
    assert dialogs.shown[-1][1] == "Start an MOU?"
    assert seen[0] == "Eastside Community Food Collective" and len(seen) == 2


def test_from_the_wizard_to_an_email_draft_with_the_mou_attached(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    import email
    import email.policy

    from partnerdesk.ui.email_draft_dialog import EmailDraftDialog

    from .test_email_draft_flow import RecordingOpener

    opener = RecordingOpener()
    sample_window.email.open_url = opener
    open_sample_request(sample_window, qtbot)
    dialogs.files.append(tmp_path / "MOU for Riverbend.docx")
    sent: list[bool] = []

    def send(dialog: EmailDraftDialog) -> None:
        assert dialog.subject.text().endswith("— draft version 1")
        assert dialog.body.toPlainText().startswith("Dear Angela,")
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        sent.append(True)

    def email_it(wizard: MouWizard) -> None:
        wizard.show_section("check")
        when_dialog_opens(EmailDraftDialog, send)
        qtbot.mouseClick(wizard.check_page.email_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(sent), timeout=10000)

    run_wizard(sample_window, qtbot, email_it)
    [url] = opener.urls
    message = email.message_from_bytes(
        Path(url.toLocalFile()).read_bytes(), policy=email.policy.default
    )
    assert [a.addr_spec for a in message["To"].addresses] == [
        "angela.brooks@riverbend-health.example"
    ]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == (tmp_path / "MOU for Riverbend.docx").read_bytes()


def test_a_due_review_on_the_today_page_opens_the_mou(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    from datetime import date

    from partnerdesk.services.mou.drafts import create_mou, save_section

    with sample_window.database.session() as session:
        mou_id, _ = create_mou(session, None, "Shared kitchen on Saturdays")
        save_section(session, mou_id, "review", {"first_review": date.today().isoformat()})
    sample_window.refresh_everything()
    settle(sample_window, qtbot)
    reviews = sample_window.today_page.reviews.list
    row = next(r for r in range(reviews.count()) if "Shared kitchen" in reviews.item(r).text())
    opened: list[str] = []

    def look(wizard: MouWizard) -> None:
        opened.append(wizard.title.text())
        wizard.close()

    when_dialog_opens(MouWizard, look)
    reviews.itemActivated.emit(reviews.item(row))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == ["Shared kitchen on Saturdays"]


def test_a_number_a_choice_and_a_tick_are_kept_when_the_page_is_left_at_once(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot
) -> None:
    """Entered by keys and clicks, as a person does, and the page left with no pause."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

    open_sample_request(sample_window, qtbot)
    ticked: list[bool] = []

    def enter(wizard: MouWizard) -> None:
        wizard.show_section("parties")
        tick = wizard.section_pages["parties"].editors["nonprofit_limits"].widget
        assert isinstance(tick, QCheckBox)
        was = tick.isChecked()
        tick.setFocus()
        qtbot.keyClick(tick, Qt.Key.Key_Space)
        assert tick.isChecked() is not was
        ticked.append(not was)
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)

        wizard.show_section("decisions")
        combo = wizard.section_pages["decisions"].editors["final_say"].widget
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        # Keyboard choice, as with the arrow keys on a closed drop-down: emits activated.
        for _press in range(combo.count()):
            if combo.currentData() == "together":
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == "together"
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)

        wizard.show_section("review")
        months = wizard.section_pages["review"].editors["every_months"].widget
        assert isinstance(months, QSpinBox)
        months.setFocus()
        months.lineEdit().selectAll()
        qtbot.keyClicks(months, "6")
        qtbot.mouseClick(wizard.back, Qt.MouseButton.LeftButton)

    run_wizard(sample_window, qtbot, enter)
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]
    assert stored(sample_window, "parties", "nonprofit_limits") is ticked[0]
    assert stored(sample_window, "decisions", "final_say") == "together"
    assert stored(sample_window, "review", "every_months") == 6


def test_the_save_line_says_saving_until_the_worker_has_written_it(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot
) -> None:
    """Typing never waits for the store: the save goes to the database worker, and the line
    beside the title says so until the worker has written it."""
    open_sample_request(sample_window, qtbot)

    def type_and_watch(wizard: MouWizard) -> None:
        wizard.show_section("objectives")
        box = text_box(wizard, "objectives", "objectives")
        box.setFocus()
        qtbot.keyClicks(box, "Train six volunteers")
        assert wizard.saved.text() == "Saving…"
        wizard.save_now()
        assert wizard.saved.text() == "Saving…", "on its way, not yet written"
        qtbot.waitUntil(lambda: wizard.saved.text() == "All changes are saved.")
        assert stored(sample_window, "objectives", "objectives") == "Train six volunteers"

    run_wizard(sample_window, qtbot, type_and_watch)
    assert not [shown for shown in dialogs.shown if shown[0] in ("problem", "inform")]


def test_a_store_busy_for_a_moment_is_said_and_the_page_saved_when_it_is_free(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, monkeypatch: MonkeyPatch
) -> None:
    from partnerdesk.services.errors import DatabaseUnavailableError
    from partnerdesk.ui import mou_editing

    open_sample_request(sample_window, qtbot)
    refused: list[bool] = []
    write = mou_editing.save_draft

    def busy_once(database: Any, mou_id: int, edit: Any) -> Any:
        if edit.section_id and not refused:
            refused.append(True)
            raise DatabaseUnavailableError("The data file is locked by another program.")
        return write(database, mou_id, edit)

    monkeypatch.setattr(mou_editing, "save_draft", busy_once)

    def type_while_busy(wizard: MouWizard) -> None:
        wizard.show_section("objectives")
        box = text_box(wizard, "objectives", "objectives")
        box.setFocus()
        qtbot.keyClicks(box, "Train six volunteers")
        wizard.save_now()
        qtbot.waitUntil(lambda: wizard.saved.text() == mou_editing.STORE_BUSY)
        # Nothing to do for the user: the wizard tries again by itself.
        qtbot.waitUntil(lambda: wizard.saved.text() == "All changes are saved.", timeout=5000)

    run_wizard(sample_window, qtbot, type_while_busy)
    assert refused
    assert stored(sample_window, "objectives", "objectives") == "Train six volunteers"
    assert not [shown for shown in dialogs.shown if shown[0] in ("problem", "inform")]


def test_restoring_a_version_reopens_the_wizard_on_it(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    dialogs.files.append(tmp_path / "first.docx")
    dialogs.texts.append("")
    reopened: list[str] = []

    def restore_the_first(versions: MouVersionsDialog) -> None:
        qtbot.waitUntil(lambda: bool(versions.view.toPlainText()), timeout=5000)
        qtbot.mouseClick(versions.restore_button, Qt.MouseButton.LeftButton)

    def look_again(wizard: MouWizard) -> None:
        reopened.append(text_box(wizard, "conflict", "process").toPlainText())
        wizard.close()

    def export_change_restore(wizard: MouWizard) -> None:
        wizard.show_section("check")
        qtbot.mouseClick(wizard.check_page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (tmp_path / "first.docx").exists(), timeout=10000)
        wizard.show_section("conflict")
        box = text_box(wizard, "conflict", "process")
        box.setFocus()
        qtbot.keyClicks(box, "A neutral facilitator helps.")
        when_dialog_opens(MouVersionsDialog, restore_the_first)
        wizard.show_section("check")
        wizard.check_page.versions_requested.emit()
        # Restored on the database worker; the wizard closes and opens again on it.
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
        when_dialog_opens(MouWizard, look_again)
        qtbot.waitUntil(lambda: bool(reopened), timeout=10000)

    run_wizard(sample_window, qtbot, export_change_restore)
    assert reopened == [""]
    assert stored(sample_window, "conflict", "process") in ("", None)
    with sample_window.database.session() as session:
        mou_id = mou_for_request(session, sample_window.request_page.request_id)
        assert mou_id is not None
        kept = list_versions(session, mou_id)
    assert [v.note for v in kept] == ["", "The draft as it was before restoring version 1."]
    assert sample_window.statusBar().currentMessage() == "Version 1 is the current draft."
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_quitting_with_the_wizard_open_saves_what_was_typed(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    """The session ends or the system shuts down: no dialog is closed, the app just quits."""
    open_sample_request(sample_window, qtbot)
    held: list[object] = []

    def type_then_quit(wizard: MouWizard) -> None:
        wizard.show_section("objectives")
        box = text_box(wizard, "objectives", "objectives")
        box.setFocus()
        qtbot.keyClicks(box, "Train six volunteers")
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.emit()  # no wait: quitting writes it, and waits for the worker
        held.append(stored(sample_window, "objectives", "objectives"))

    run_wizard(sample_window, qtbot, type_then_quit)
    assert held == ["Train six volunteers"]

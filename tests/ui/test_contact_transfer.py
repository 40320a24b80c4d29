"""Importing and exporting contacts from the File menu, with a preview and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.ui.import_dialogs import ColumnMappingDialog, ImportPreviewDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, when_dialog_opens

IMPORTS = Path(__file__).resolve().parent.parent / "data" / "imports"


def contacts(window: MainWindow) -> int:
    with window.database.session() as session:
        return count_rows(session, RecordKind.CONTACT)


def test_import_shows_a_preview_then_imports_and_can_be_undone(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialogs.files = [IMPORTS / "google_contacts.csv"]
    seen: dict[str, str] = {}

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["summary"] = dialog.summary.text()
        seen["rows"] = str(dialog.table.rowCount())
        dialog.accept()

    when_dialog_opens(ImportPreviewDialog, confirm)
    window.menu_actions["import"].trigger()
    # The status message comes once the import's transaction is committed.
    qtbot.waitUntil(
        lambda: "Imported google_contacts.csv" in window.statusBar().currentMessage(),
        timeout=10000,
    )
    assert contacts(window) > 0
    assert "Nothing is saved until you press Import" in seen["summary"]
    assert int(seen["rows"]) >= contacts(window)
    window.show_page("contacts")
    contacts_page = window.list_pages[RecordKind.CONTACT]
    qtbot.waitUntil(lambda: contacts_page.model.rowCount() == contacts(window), timeout=5000)

    window.menu_actions["undo_import"].trigger()
    # The "which import?" question, asked once the imports are read, is answered by the
    # recording dialogs: its first choice.
    qtbot.waitUntil(lambda: ("pick", "Undo an import") in [shown[:2] for shown in dialogs.shown])
    qtbot.waitUntil(lambda: contacts(window) == 0, timeout=10000)


def test_cancelling_the_preview_imports_nothing(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialogs.files = [IMPORTS / "outlook_desktop_cp1252.csv"]
    closed: list[bool] = []

    def cancel(dialog: QDialog) -> None:
        dialog.reject()
        closed.append(True)

    when_dialog_opens(ImportPreviewDialog, cancel)
    window.menu_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(closed), timeout=10000)
    window.tasks.wait_for_all()
    assert contacts(window) == 0


def test_an_unknown_spreadsheet_asks_which_column_holds_what(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialogs.files = [IMPORTS / "generic_semicolon_cp1252.csv"]
    headers: list[str] = []

    def mapping(dialog: QDialog) -> None:
        assert isinstance(dialog, ColumnMappingDialog)
        headers.extend(header for header, _box in dialog.boxes)
        when_dialog_opens(ImportPreviewDialog, lambda preview: preview.accept())
        dialog.accept()

    when_dialog_opens(ColumnMappingDialog, mapping)
    window.menu_actions["import"].trigger()
    qtbot.waitUntil(lambda: contacts(window) > 0, timeout=10000)
    assert "Organisation" in headers
    with window.database.session() as session:
        from partnerdesk.store.models import Contact

        names = {contact.full_name for contact in session.query(Contact)}
    assert "José Ramírez" in names


def test_a_file_that_is_not_contacts_is_explained(
    window: MainWindow, dialogs: RecordingDialogs
) -> None:
    dialogs.files = [IMPORTS / "renamed_pdf.csv"]
    window.menu_actions["import"].trigger()
    window.tasks.wait_for_all()
    QApplication.processEvents()
    assert dialogs.shown and dialogs.shown[-1][0] == "inform"
    assert contacts(window) == 0


def test_export_writes_a_spreadsheet_excel_can_read(
    sample_window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: RecordingDialogs
) -> None:
    target = tmp_path / "contacts.csv"
    dialogs.files = [target]
    sample_window.menu_actions["export"].trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    sample_window.tasks.wait_for_all()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Nguyễn Thị Lan" in data.decode("utf-8-sig")
    qtbot.waitUntil(lambda: "Exported" in sample_window.statusBar().currentMessage())


def test_export_for_google_is_chosen_before_the_file(
    sample_window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: RecordingDialogs
) -> None:
    target = tmp_path / "for-google"  # the extension is added when the dialog leaves it out
    dialogs.picks = ["Google Contacts (CSV)"]
    dialogs.files = [target]
    sample_window.menu_actions["export"].trigger()
    written = tmp_path / "for-google.csv"
    qtbot.waitUntil(written.exists, timeout=10000)
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: "Exported" in sample_window.statusBar().currentMessage())
    assert written.read_text(encoding="utf-8-sig").startswith("First Name,Middle Name,")
    assert dialogs.suggested[-1].name == "contacts-for-google.csv"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

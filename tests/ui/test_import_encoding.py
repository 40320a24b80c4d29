"""The import preview names the file's encoding, and choosing another reads it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from partnerdesk.store.models import Contact
from partnerdesk.ui.import_dialogs import ColumnMappingDialog, ImportPreviewDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, when_dialog_opens


def _names_shown(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_choosing_another_encoding_in_the_preview_reads_the_file_again(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    # A Czech file from Excel (Windows-1250) decodes cleanly as Western European too, and
    # Western comes first: the person sees "Dvoøák" and picks Central European.
    path = tmp_path / "obec.csv"
    path.write_bytes(
        "Name,Email,Organization\r\nJiří Dvořák,jiri@obec.example,Obec\r\n".encode("cp1250")
    )
    dialogs.files = [path]
    seen: dict[str, object] = {}

    def choose_encoding(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        box = dialog.encoding_box
        seen["before"] = (box.currentText(), _names_shown(dialog))
        seen["hint"] = dialog.encoding_hint.isVisible() and dialog.encoding_hint.text()
        box.setFocus()
        # Western European (Windows) -> Cyrillic -> Central European, by keyboard.
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: dialog.plan.detection.encoding == "cp1250", timeout=10000)
        seen["after"] = (box.currentText(), _names_shown(dialog), dialog.summary.text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    def keep_the_suggested_columns(dialog: QDialog) -> None:
        assert isinstance(dialog, ColumnMappingDialog)
        when_dialog_opens(ImportPreviewDialog, choose_encoding)
        dialog.accept()

    when_dialog_opens(ColumnMappingDialog, keep_the_suggested_columns)
    window.menu_actions["import"].trigger()
    qtbot.waitUntil(
        lambda: "Imported obec.csv" in window.statusBar().currentMessage(), timeout=10000
    )
    assert seen["before"] == ("Western European (Windows)", ["Jiøí Dvoøák"])
    assert seen["hint"] == "If names look wrong, choose another encoding."
    text, names, summary = seen["after"]  # type: ignore[misc]
    assert (text, names) == ("Central European (Windows)", ["Jiří Dvořák"])
    assert "Central European (Windows)" in str(summary)
    window.operations.wait_for_all()
    with window.database.session() as session:
        assert [c.full_name for c in session.query(Contact)] == ["Jiří Dvořák"]
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

"""Importing in the window while a colleague's import is written to the shared database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.services.transfer.contact_import import WAITING_MESSAGE
from partnerdesk.services.transfer.import_lock import IMPORT_LOCK_KEY
from partnerdesk.ui.import_dialogs import ImportPreviewDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, when_dialog_opens

pytestmark = pytest.mark.postgresql_only
IMPORTS = Path(__file__).resolve().parent.parent / "data" / "imports"


def _progress_text(window: MainWindow) -> str:
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0].labelText() if shown else ""


def test_the_progress_window_says_it_waits_for_the_colleagues_import(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialogs.files = [IMPORTS / "google_contacts.csv"]

    def confirm(dialog: QDialog) -> None:
        dialog.accept()

    # The colleague's import, as PartnerDesk's transaction holds it.
    with window.database.engine.connect() as colleague:
        colleague.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
        when_dialog_opens(ImportPreviewDialog, confirm)
        window.menu_actions["import"].trigger()
        qtbot.waitUntil(lambda: _progress_text(window) == WAITING_MESSAGE, timeout=10000)
        assert window.operations.busy
        colleague.rollback()  # theirs is written: ours goes ahead
    qtbot.waitUntil(
        lambda: "Imported google_contacts.csv" in window.statusBar().currentMessage(),
        timeout=10000,
    )
    with window.database.session() as session:
        assert count_rows(session, RecordKind.CONTACT) == 4
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]

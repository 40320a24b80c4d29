"""The crafted files again, chosen in the window: refused with a plain message, data kept.

The window reaches the same services as the commands (import, restore, Import
everything); these trials check that what a person sees is a sentence, not a frozen
window or an "unexpected problem".
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.paths import DATABASE_FILE_NAME
from partnerdesk.services.data_safety.backups import backup_now
from partnerdesk.services.data_safety.moving import export_everything
from partnerdesk.store.database import Database
from partnerdesk.ui.main_window import MainWindow
from tests.ui import conftest as ui
from tests.ui.conftest import RecordingDialogs

# The window's fixtures (they live with the GUI tests), used here by name.
dialogs = ui.dialogs
window = ui.window
_earlier_windows_collected_here = ui._earlier_windows_collected_here
_dialog_waits_end_with_their_test = ui._dialog_waits_end_with_their_test

pytestmark = pytest.mark.sqlite_only


def _data(database: Database) -> str:
    assert database.location.database_file is not None
    with contextlib.closing(sqlite3.connect(database.location.database_file)) as db:
        rows = db.execute("SELECT id, full_name FROM contacts ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _problems(dialogs: RecordingDialogs) -> list[tuple[str, str, str]]:
    return [entry for entry in dialogs.shown if entry[0] == "problem"]


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    path = tmp_path / "contacts.csv"
    os.mkfifo(path)
    yield path
    with contextlib.suppress(OSError):  # release a reader stuck in open(), if any
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def test_importing_a_fifo_from_the_file_menu_says_why_at_once(
    window: MainWindow, dialogs: RecordingDialogs, fifo: Path
) -> None:
    dialogs.files = [fifo]
    window.menu_actions["import"].trigger()
    window.tasks.wait_for_all()
    QApplication.processEvents()
    assert dialogs.shown[-1][:2] == ("inform", "This file cannot be imported")
    assert "not a regular file" in dialogs.shown[-1][2]


def test_restoring_a_backup_with_a_foreign_trigger_is_refused(
    window: MainWindow, dialogs: RecordingDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    crafted = backup_now(window.database.location, destination=tmp_path / "crafted.sqlite3")
    with contextlib.closing(sqlite3.connect(crafted)) as db:
        db.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON outreach_notes BEGIN DELETE FROM contacts; END"
        )
        db.commit()
    before = _data(window.database)
    window.safety.restore(crafted)
    qtbot.waitUntil(lambda: bool(_problems(dialogs)))
    (problem,) = _problems(dialogs)
    assert problem[1] == "The backup was not restored" and "'wipe'" in problem[2]
    assert _data(window.database) == before


def test_import_everything_refuses_a_zip_bomb(
    window: MainWindow, dialogs: RecordingDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    good = tmp_path / "move.zip"
    export_everything(window.database.location, good)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as out:
        for info in source.infolist():
            data = bytes(32 * 1024**2) if info.filename == DATABASE_FILE_NAME else source.read(info)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    before = _data(window.database)
    dialogs.files = [bomb]
    window.safety.import_everything()
    qtbot.waitUntil(lambda: bool(_problems(dialogs)))
    (problem,) = _problems(dialogs)
    assert problem[1] == "The archive was not imported" and "would grow to" in problem[2]
    assert window.isVisible()
    assert _data(window.database) == before

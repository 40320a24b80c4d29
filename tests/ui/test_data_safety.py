"""Backups while working and on close, restoring from the window, and where data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.data_safety.backups import backup_now
from partnerdesk.services.records.listing import count_rows
from partnerdesk.store.backup_rotation import backups_in
from partnerdesk.store.models import Organization
from partnerdesk.ui.backup_scheduler import BACKUP_INTERVAL_MS
from partnerdesk.ui.backups_dialog import BackupsDialog, DataLocationDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs


def _organizations(window: MainWindow) -> int:
    with window.database.session() as session:
        return count_rows(session, RecordKind.ORGANIZATION)


def test_changes_are_backed_up_automatically_and_on_close(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    scheduler = sample_window.safety.scheduler
    folder = sample_window.safety.backup_folder()
    scheduler.back_up_if_changed()
    sample_window.tasks.wait_for_all()
    assert backups_in(folder) == [], "no change yet, so no backup"

    sample_window.operations.apply(Changes(frozenset({RecordKind.NOTE})))
    scheduler.timer.setInterval(50)
    qtbot.waitUntil(lambda: len(backups_in(folder)) == 1, timeout=5000)
    assert backups_in(folder)[0].reason == "automatic"
    # Back to the half hour: at 50 ms the timer could back the next change up itself
    # before the window closed, leaving nothing new to back up on closing (a flaky run).
    scheduler.timer.setInterval(BACKUP_INTERVAL_MS)

    sample_window.operations.apply(Changes(frozenset({RecordKind.NOTE})))
    sample_window.close()
    reasons = {backup.reason for backup in backups_in(folder)}
    assert reasons == {"automatic", "on-close"}


def test_restoring_a_backup_from_the_window(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    safety = sample_window.safety
    backup_now(safety.location, "manual", folder=safety.backup_folder())
    with sample_window.database.session() as session:
        session.add(Organization(name="Added after the backup"))
    sample_window.operations.apply(Changes(frozenset({RecordKind.ORGANIZATION})))
    assert _organizations(sample_window) == 7

    dialog = BackupsDialog(safety, sample_window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "6 organizations" in dialog.table.item(0, 3).text()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert dialogs.shown[-1][1] == "Restore this backup?"
    qtbot.waitUntil(lambda: "Restored the backup" in sample_window.statusBar().currentMessage())
    assert _organizations(sample_window) == 6
    sample_window.show_page("organizations")
    page = sample_window.list_pages[RecordKind.ORGANIZATION]
    assert page.model.rowCount() == 6
    assert "What you had before is kept in" in sample_window.statusBar().currentMessage()
    assert dialog.table.rowCount() == 2  # the safety copy made before restoring


def test_restoring_from_the_window_when_the_data_file_is_damaged(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    """The moment a restore exists for (issue 16): the file is damaged after it opened."""
    safety = sample_window.safety
    good = backup_now(safety.location, "manual", folder=safety.backup_folder())
    sample_window.tasks.wait_for_all()
    sample_window.database.engine.dispose()
    data_file = safety.location.database_file
    assert data_file is not None
    with data_file.open("r+b") as handle:  # one zeroed page among the records
        handle.seek(data_file.stat().st_size - 3 * 4096)
        handle.write(b"\0" * 4096)
    damaged = data_file.read_bytes()

    safety.restore(good)
    qtbot.waitUntil(lambda: "Restored the backup" in sample_window.statusBar().currentMessage())
    assert _organizations(sample_window) == 6
    message = sample_window.statusBar().currentMessage()
    assert "The damaged data file is kept, unchanged, in " in message
    kept = Path(message.rsplit(" in ", 1)[1].rstrip("."))
    assert kept.read_bytes() == damaged
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_back_up_now_from_the_menu(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.menu_actions["back_up"].trigger()
    qtbot.waitUntil(
        lambda: "Backed up to" in sample_window.statusBar().currentMessage(), timeout=5000
    )
    assert [b.reason for b in backups_in(sample_window.safety.backup_folder())] == ["manual"]


def test_where_is_my_data_names_every_place(sample_window: MainWindow, qtbot: QtBot) -> None:
    paths = {place.title: place.path for place in sample_window.safety.paths()}
    assert paths["Data file"] == sample_window.database.location.database_file
    dialog = DataLocationDialog(sample_window.safety.paths(), lambda folder: None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(paths["Backups"]) in texts
    assert "PartnerDesk never sends anything anywhere" in texts[0]
    assert len(dialog.open_buttons) == 5


def test_everything_moves_to_another_folder_through_one_archive(
    sample_window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: RecordingDialogs
) -> None:
    from partnerdesk.paths import DataLocation
    from partnerdesk.services.data_safety.moving import describe_archive

    archive = tmp_path / "moving day.zip"
    dialogs.files = [archive]
    sample_window.safety.export_everything()
    qtbot.waitUntil(archive.exists, timeout=10000)
    sample_window.tasks.wait_for_all()
    assert describe_archive(archive).counts["contacts"] == 10

    from partnerdesk.app import build_main_window
    from partnerdesk.store.database import open_database

    new_laptop = open_database(DataLocation(tmp_path / "new laptop"))
    other = build_main_window(new_laptop, dialogs)
    qtbot.addWidget(other)
    other.show()
    dialogs.files = [archive]
    QTimer.singleShot(0, QApplication.processEvents)
    other.safety.import_everything()
    qtbot.waitUntil(lambda: any(title == "Done" for _kind, title, _text in dialogs.shown))
    assert not other.isVisible(), "PartnerDesk closes so the imported settings are kept"
    imported_settings = (tmp_path / "new laptop" / "settings.ini").read_bytes()
    assert (
        imported_settings
        == (sample_window.database.location.data_dir / "settings.ini").read_bytes()
    )
    new_laptop.close()
    reopened = open_database(DataLocation(tmp_path / "new laptop"))
    try:
        with reopened.session() as session:
            assert count_rows(session, RecordKind.CONTACT) == 10
    finally:
        reopened.close()


def test_backups_can_go_to_a_chosen_folder(
    sample_window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: RecordingDialogs
) -> None:
    stick = tmp_path / "USB stick" / "PartnerDesk backups"
    dialogs.folders = [stick]
    sample_window.menu_actions["backup_folder"].trigger()
    assert sample_window.safety.backup_folder() == stick
    sample_window.menu_actions["back_up"].trigger()
    qtbot.waitUntil(lambda: len(backups_in(stick)) == 1, timeout=5000)


def test_settings_are_readable_only_by_the_user(sample_window: MainWindow) -> None:
    settings_file = sample_window.database.location.data_dir / "settings.ini"
    sample_window.close()
    assert settings_file.stat().st_mode & 0o777 == 0o600

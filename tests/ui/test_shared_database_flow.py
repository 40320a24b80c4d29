"""Settings → Shared database…, and starting on a shared database, as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from partnerdesk.paths import DataLocation
from partnerdesk.shared_database import (
    KEYRING_SERVICE,
    SharedServer,
    location_with_saved_server,
    save_server,
    saved_server,
)
from partnerdesk.store.database import open_database
from partnerdesk.store.models import Organization
from partnerdesk.ui.backups_dialog import DataLocationDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.shared_database_dialog import SharedDatabaseDialog
from partnerdesk.ui.startup import ENTER_PASSWORD, USE_LOCAL, OpenInstead, open_with_recovery
from tests.memory_keyring import MemoryKeyring
from tests.postgres_databases import PostgresDatabases

from .conftest import RecordingDialogs

# Tests here that need PostgreSQL ask for the ``postgres`` fixture, which skips them
# without a server. Not the postgresql_only marker: that would put the window itself on
# PostgreSQL, where these tests need a window on this computer's data.
UNREACHABLE = SharedServer(host="127.0.0.1", port=1, database="partners", user="amara")


def _status_says(qtbot: QtBot, dialog: SharedDatabaseDialog, words: str) -> None:
    qtbot.waitUntil(lambda: words in dialog.status.text(), timeout=20000)


@pytest.fixture
def empty_shared_url(postgres: PostgresDatabases) -> Iterator[str]:
    url = postgres.create_database(empty=True)
    yield url
    postgres.drop_database(url)


def test_the_dialog_says_what_is_missing_and_reads_a_pasted_address(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    sample_window.menu_actions["shared_database"].trigger()
    dialog = sample_window.findChild(SharedDatabaseDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Now: your data is kept on this computer" in dialog.now_label.text()
    # What would be copied is counted off the GUI thread, then offered.
    qtbot.waitUntil(lambda: "6 organizations" in dialog.local_records.text())
    assert dialog.copy_local.isChecked()
    # This test machine has no password store: said, and nothing offered to keep.
    assert not dialog.remember.isEnabled()
    assert not dialog.local_button.isVisible()

    dialog.test_button.click()
    assert "Please fill in the server name and the user name." in dialog.status.text()

    qtbot.keyClicks(dialog.address, "postgresql://amara:s3cret@db.example.org:5433/partners")
    assert (dialog.host.text(), dialog.port.value()) == ("db.example.org", 5433)
    assert (dialog.database_name.text(), dialog.user.text()) == ("partners", "amara")
    assert dialog.password() == "s3cret"
    # The password does not stay readable in the address box.
    assert dialog.address.text() == "postgresql://amara@db.example.org:5433/partners"
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "db2.example.org")
    assert dialog.address.text() == "postgresql://amara@db2.example.org:5433/partners"
    for field in (dialog.address, dialog.host, dialog.port, dialog.user, dialog.password_box):
        assert field.accessibleName()
    dialog.reject()


def test_a_server_that_cannot_be_reached_is_explained_in_the_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.shared.show_dialog()
    qtbot.keyClicks(dialog.address, UNREACHABLE.address)
    dialog.test_button.click()
    _status_says(qtbot, dialog, "cannot reach the database server at 127.0.0.1:1")
    assert dialog.test_button.isEnabled()
    dialog.reject()


def test_a_wrong_password_is_explained_in_the_dialog(
    window: MainWindow, qtbot: QtBot, postgres: PostgresDatabases
) -> None:
    right = postgres.user_with_password("amara_dialog", "right")
    dialog = window.shared.show_dialog()
    qtbot.keyClicks(dialog.address, right.replace(":right@", ":wrong@"))
    dialog.test_button.click()
    _status_says(qtbot, dialog, "refused the user name or password")
    dialog.password_box.setText("right")
    dialog.test_button.click()
    _status_says(qtbot, dialog, "Connected.")
    dialog.reject()


def test_moving_to_a_new_shared_database_brings_everything_along(
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    empty_shared_url: str,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
) -> None:
    dialog = sample_window.shared.show_dialog()
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    qtbot.keyClicks(dialog.address, empty_shared_url)
    dialog.password_box.setText("kept-in-keyring")
    dialog.test_button.click()
    _status_says(qtbot, dialog, "Connected. The database is empty")

    dialog.use_button.click()
    qtbot.waitUntil(lambda: sample_window.next_location is not None, timeout=30000)

    assert dialogs.shown[0][:2] == ("confirm", "Use the shared database?")
    assert "copy the data on this computer" in dialogs.shown[0][2]
    informed = dialogs.shown[-1]
    assert informed[1] == "Shared database" and "Copied 6 organizations" in informed[2]
    assert not sample_window.isVisible()
    server = SharedServer.from_address(empty_shared_url)[0]
    assert saved_server(data_dir) == server
    assert memory_keyring.passwords == {(KEYRING_SERVICE, server.keyring_user): "kept-in-keyring"}

    reopened = open_database(sample_window.next_location)
    try:
        assert reopened.is_shared
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(Organization)) == 6
    finally:
        reopened.close()


def test_going_back_to_this_computers_data(
    window: MainWindow, dialogs: RecordingDialogs, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    save_server(data_dir, UNREACHABLE)
    memory_keyring.set_password(KEYRING_SERVICE, UNREACHABLE.keyring_user, "secret")
    dialog = window.shared.show_dialog()
    assert "set to use the shared database postgresql://amara@127.0.0.1:1" in (
        dialog.now_label.text()
    )
    assert dialog.local_button.isVisible()
    dialog.local_button.click()
    assert dialogs.shown[-1][:2] == ("confirm", "Use this computer's data again?")
    assert window.next_location == DataLocation(data_dir)
    assert saved_server(data_dir) is None
    assert memory_keyring.passwords == {}


def test_an_address_given_at_start_cannot_be_changed_here(
    qtbot: QtBot, dialogs: RecordingDialogs, data_dir: Path
) -> None:
    from partnerdesk.app import build_main_window

    given = DataLocation(data_dir, f"sqlite:///{data_dir / 'given.sqlite3'}")
    database = open_database(given)
    try:
        window = build_main_window(database, dialogs)
        qtbot.addWidget(window)
        dialog = window.shared.show_dialog()
        assert "given when it was started" in dialog.now_label.text()
        assert not dialog.use_button.isEnabled() and not dialog.host.isEnabled()
        dialog.reject()
    finally:
        database.close()


# Starting on a shared database -------------------------------------------------------
def test_an_unreachable_shared_database_at_start_offers_this_computers_data(
    data_dir: Path, dialogs: RecordingDialogs
) -> None:
    save_server(data_dir, UNREACHABLE)
    location = location_with_saved_server(DataLocation(data_dir), "secret")
    dialogs.choices = [USE_LOCAL]
    assert open_with_recovery(location, dialogs) == OpenInstead(DataLocation(data_dir))
    kind, title, text = dialogs.shown[0]
    assert (kind, title) == ("choose", "PartnerDesk cannot use the shared database")
    assert "cannot reach the database server" in text
    assert saved_server(data_dir) == UNREACHABLE, "only this time: the choice stays"


def test_a_password_not_kept_is_asked_at_start_and_kept_once_it_worked(
    data_dir: Path,
    dialogs: RecordingDialogs,
    postgres: PostgresDatabases,
    memory_keyring: MemoryKeyring,
) -> None:
    name = postgres.create_database(empty=True).rpartition("/")[2]
    url = postgres.user_with_password("amara_start", "right", database=name)
    server = SharedServer.from_address(url)[0]
    save_server(data_dir, server)
    dialogs.passwords = [("wrong", True), ("right", True)]
    dialogs.choices = [ENTER_PASSWORD]

    database = open_with_recovery(location_with_saved_server(DataLocation(data_dir), None), dialogs)

    assert [shown[0] for shown in dialogs.shown] == ["ask_password", "choose", "ask_password"]
    assert "refused the user name or password" in dialogs.shown[1][2]
    assert not isinstance(database, OpenInstead) and database is not None
    database.close()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, server.keyring_user): "right"}


@pytest.mark.postgresql_only
def test_on_a_shared_database_backups_point_to_the_servers_own(
    window: MainWindow, dialogs: RecordingDialogs
) -> None:
    """This window itself runs on PostgreSQL (the marker puts its store there)."""
    assert window.database.is_shared
    window.menu_actions["back_up"].trigger()
    window.menu_actions["backups"].trigger()
    window.safety.export_everything()
    window.safety.import_everything()
    assert len(dialogs.shown) == 4
    for kind, title, text in dialogs.shown:
        assert (kind, title) == ("inform", "Backups")
        assert "backups are made by the server" in text
    assert "shared database" in window.location_label.text()

    where = DataLocationDialog(
        window.safety.paths(), lambda _folder: None, shared_address=window.safety.shared_address()
    )
    texts = [label.text() for label in where.findChildren(QLabel)]
    assert "records are kept in the shared database" in texts[0]
    address = window.safety.shared_address()
    assert address is not None and address.startswith("postgresql+psycopg://")
    assert address in texts
    where.close()


def test_a_server_that_needs_no_password_opens_without_asking(
    data_dir: Path, dialogs: RecordingDialogs, empty_shared_url: str
) -> None:
    save_server(data_dir, SharedServer.from_address(empty_shared_url)[0])
    database = open_with_recovery(location_with_saved_server(DataLocation(data_dir), None), dialogs)
    assert not isinstance(database, OpenInstead) and database is not None
    database.close()
    assert dialogs.shown == []

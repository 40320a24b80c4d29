"""Opening the store: settings, schema creation, and refusing what it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.store.backup import backup_sqlite_file
from partnerdesk.store.database import (
    CheckStoppedError,
    CheckStopper,
    Database,
    integrity_problems,
    open_database,
)
from partnerdesk.store.engine import larger_page_cache
from partnerdesk.store.errors import NewerDatabaseError, NotPartnerDeskDatabaseError
from partnerdesk.store.models import Organization
from partnerdesk.store.schema import SchemaStatus, head_revision


def test_a_new_store_is_created_at_the_newest_schema(empty_location: DataLocation) -> None:
    location = empty_location
    database = open_database(location)
    try:
        assert database.state_before_open.status is SchemaStatus.EMPTY
        with database.engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert stored == head_revision()
        assert integrity_problems(database) == []
    finally:
        database.close()
    if location.database_file is not None:
        assert location.database_file.stat().st_mode & 0o777 == 0o600


@pytest.mark.sqlite_only
def test_connection_settings_protect_the_data(database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_reopening_keeps_the_records(location: DataLocation) -> None:
    first = open_database(location)
    with first.session() as session:
        session.add(Organization(name="Harbor Tenants' Union"))
    first.close()
    second = open_database(location)
    try:
        assert second.state_before_open.status is SchemaStatus.CURRENT
        with second.session() as session:
            assert session.query(Organization).one().name == "Harbor Tenants' Union"
    finally:
        second.close()


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_partnerdesk_is_refused_untouched(location: DataLocation) -> None:
    open_database(location).close()
    database_file = location.data_dir / DATABASE_FILE_NAME
    with sqlite3.connect(database_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = database_file.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of PartnerDesk"):
        open_database(location)
    assert database_file.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_refused_untouched(location: DataLocation) -> None:
    location.ensure_exists()
    database_file = location.data_dir / DATABASE_FILE_NAME
    junk = b"PK\x03\x04 this is a zip file, not a database" * 20
    database_file.write_bytes(junk)
    with pytest.raises(NotPartnerDeskDatabaseError, match="not a PartnerDesk database"):
        open_database(location)
    assert database_file.read_bytes() == junk


@pytest.mark.sqlite_only
def test_another_programs_sqlite_file_is_refused_untouched(location: DataLocation) -> None:
    location.ensure_exists()
    database_file = location.data_dir / DATABASE_FILE_NAME
    with sqlite3.connect(database_file) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotPartnerDeskDatabaseError):
        open_database(location)
    with sqlite3.connect(database_file) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    assert tables == ["recipes"]


@pytest.mark.sqlite_only
def test_a_backup_is_a_complete_standalone_copy(database, tmp_path: Path) -> None:
    with database.session() as session:
        session.add(Organization(name="Mesa Verde Food Pantry"))
    database_file = database.location.database_file
    assert database_file is not None
    copy = backup_sqlite_file(database_file, tmp_path / "backups" / "copy.sqlite3")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert not list(copy.parent.glob("*.partial"))
    with sqlite3.connect(copy) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM organizations")]
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert names == ["Mesa Verde Food Pantry"]


def test_a_folder_that_cannot_be_created_gives_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    from partnerdesk.store.errors import StoreError

    with pytest.raises(StoreError) as raised:
        open_database(DataLocation(blocker / "data"))
    assert "PartnerDesk cannot use the folder" in str(raised.value)


def test_a_data_folder_partnerdesk_creates_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "PartnerDesk"
    open_database(DataLocation(folder)).close()
    assert folder.stat().st_mode & 0o077 == 0


@pytest.mark.sqlite_only  # SQLite's own integrity check
def test_an_integrity_check_can_be_stopped_and_the_store_stays_usable(database) -> None:
    # A large file takes a second or more to check; closing the window must not wait.
    with database.session() as session:
        session.add_all(Organization(name=f"Organization {n}") for n in range(200))
    stopper = CheckStopper()
    assert integrity_problems(database, quick=True, stopper=stopper) == []
    stopper.stop()
    with pytest.raises(CheckStoppedError):
        integrity_problems(database, quick=True, stopper=stopper)
    with database.session() as session:
        assert session.query(Organization).count() == 200


def test_a_bulk_write_gets_a_larger_page_cache_for_its_block_only(database: Database) -> None:
    with database.session() as session:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            pytest.skip("a SQLite setting")
        usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        with larger_page_cache(connection, mebibytes=8):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -8 * 1024
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == usual

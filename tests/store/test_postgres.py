"""The shared database on a real PostgreSQL server: what differs from the SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import backup_now
from partnerdesk.services.data_safety.moving import ArchiveError, export_everything
from partnerdesk.store.database import check_connection, open_database
from partnerdesk.store.errors import (
    DatabaseUnavailableError,
    NewerDatabaseError,
    NotPartnerDeskDatabaseError,
    StoreError,
)
from partnerdesk.store.models import Organization
from tests.postgres_databases import PostgresDatabases

pytestmark = pytest.mark.postgresql_only


def test_a_database_from_a_newer_partnerdesk_is_refused(database, location) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(NewerDatabaseError):
        open_database(location)


def test_another_programs_tables_are_refused_untouched(empty_location: DataLocation) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(empty_location.url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE recipes (name TEXT)"))
    engine.dispose()
    with pytest.raises(NotPartnerDeskDatabaseError):
        open_database(empty_location)


def test_the_same_server_answers_several_staff(database, location) -> None:
    with database.session() as session:
        session.add(Organization(name="Harbor Tenants' Union"))
    second_laptop = open_database(DataLocation(location.data_dir / "other", location.url))
    try:
        with second_laptop.session() as session:
            assert [o.name for o in session.query(Organization)] == ["Harbor Tenants' Union"]
    finally:
        second_laptop.close()


def test_a_missing_database_is_named(postgres: PostgresDatabases) -> None:
    with pytest.raises(DatabaseUnavailableError, match="no database called nowhere_db"):
        check_connection(postgres.url_for("nowhere_db"))


def test_a_wrong_password_is_explained(postgres: PostgresDatabases) -> None:
    right = postgres.user_with_password("alice", "right")
    check_connection(right)
    with pytest.raises(DatabaseUnavailableError, match="refused the user name or password"):
        check_connection(right.replace("alice:right@", "alice:wrong@"))


def test_an_unreachable_server_is_explained() -> None:
    with pytest.raises(DatabaseUnavailableError, match="cannot reach the database server"):
        check_connection("postgresql+psycopg://nobody@127.0.0.1:1/partners")


def test_file_backups_and_archives_say_the_server_keeps_the_backups(
    database, tmp_path: Path
) -> None:
    with pytest.raises(StoreError, match="backups are made by the server"):
        backup_now(database.location, "manual")
    with pytest.raises(ArchiveError, match="shared database"):
        export_everything(database.location, tmp_path / "all.zip")


def test_search_asks_the_full_text_index(database) -> None:
    """The index is on each table's stored document (0006), which the search tests."""
    from partnerdesk.store.search_index import INDEXED_TABLES, POSTGRES_SEARCH_COLUMN

    with database.engine.begin() as connection:
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        for indexed in INDEXED_TABLES:
            plan = connection.execute(
                text(
                    f"EXPLAIN SELECT x.id FROM {indexed.table} x "
                    f"WHERE x.{POSTGRES_SEARCH_COLUMN} @@ to_tsquery('simple', 'jo:*')"
                )
            ).scalars()
            plan_text = "\n".join(plan)
            assert f"ix_{indexed.table}_search" in plan_text, plan_text


def test_decisions_taken_before_0003_become_their_first_history_entry(
    empty_location: DataLocation,
) -> None:
    from sqlalchemy import create_engine

    from partnerdesk.store.schema import upgrade_to

    engine = create_engine(empty_location.url)
    with engine.begin() as connection:
        upgrade_to(connection, "0002")
        connection.execute(
            text(
                "INSERT INTO partnership_requests (title, ask, stated_purpose, community_need, "
                "funding_source, plan_when_funding_ends, proposed_timeframe, stage, decision, "
                "decision_reasons, decision_conditions, created_at, updated_at, row_version) "
                "VALUES ('Screening', '', '', '', '', '', '', 'declined', 'decline', "
                "'Not now', '', '2025-03-04 10:00:00+00', '2025-03-04 10:00:00+00', 1)"
            )
        )
    engine.dispose()
    open_database(empty_location).close()
    engine = create_engine(empty_location.url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT reasons, decided_on FROM request_decisions")).all()
    engine.dispose()
    assert [(reasons, str(day)) for reasons, day in rows] == [("Not now", "2025-03-04")]


def test_two_staff_saving_the_same_organization_at_once(database) -> None:
    """On a server both transactions run at once; the later UPDATE is refused in words."""
    from partnerdesk.store.errors import ChangedElsewhereError

    with database.session() as session:
        session.add(Organization(name="Harbor Food Bank"))
    with pytest.raises(ChangedElsewhereError, match="Someone else changed"):  # noqa: SIM117
        with database.session() as mine:
            my_copy = mine.query(Organization).one()
            with database.session() as theirs:
                theirs.query(Organization).one().notes = "Met their director"
            my_copy.notes = "Asked about the winter drive"
    with database.session() as session:
        assert session.query(Organization).one().notes == "Met their director"

"""Migrations: the shipped scripts build exactly the models, and old data survives upgrades.

tests/data/schema-NNNN.sqlite3 holds one database per released schema, written by that
release with the sample data; each must open (upgrading) with its records intact.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.store.database import integrity_problems, open_database
from partnerdesk.store.engine import open_engine
from partnerdesk.store.models import Base
from partnerdesk.store.schema import head_revision, known_revisions, upgrade_to
from partnerdesk.store.search_index import is_search_object

SAMPLES = Path(__file__).resolve().parent.parent / "data"


def test_migrations_build_exactly_what_the_models_describe(database) -> None:
    dialect = database.engine.dialect.name

    def built_here(
        item: object, _name: object, type_: str, reflected: bool, _other: object
    ) -> bool:
        # Indexes declared for one database only (SQLite's list-order indexes) are not
        # expected on the other.
        condition = getattr(item, "_ddl_if", None)
        return (
            reflected
            or type_ != "index"
            or condition is None
            or condition.dialect
            in (
                None,
                dialect,
            )
        )

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, _parents: not is_search_object(name, type_),
                "include_object": built_here,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "models and migrations differ: write a migration"


def test_data_written_at_the_first_revision_survives_upgrade(
    empty_location: DataLocation,
) -> None:
    location = empty_location
    location.ensure_exists()
    engine = open_engine(location.url)
    with engine.begin() as connection:
        upgrade_to(connection, known_revisions()[0])
        connection.execute(
            text(
                "INSERT INTO organizations (name, kind, is_ours, mission, values_statement, "
                "values_demonstrated, website, service_area, notes, created_at, updated_at, "
                "row_version) VALUES ('Northgate Mutual Aid', 'community_based', TRUE, '', '', '', "
                "'', 'Northgate', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    database = open_database(location)
    try:
        with database.session() as session:
            assert count_rows(session, RecordKind.ORGANIZATION) == 1
        with database.engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert stored == head_revision()
    finally:
        database.close()


@pytest.mark.parametrize("revision", known_revisions())
def test_each_released_schema_sample_opens_with_its_records(revision: str, tmp_path: Path) -> None:
    sample = SAMPLES / f"schema-{revision}.sqlite3"
    assert sample.exists(), f"keep a sample database for released schema {revision}"
    location = DataLocation(tmp_path / "data")
    location.ensure_exists()
    shutil.copyfile(sample, location.data_dir / DATABASE_FILE_NAME)
    database = open_database(location)
    try:
        assert integrity_problems(database) == []
        with database.session() as session:
            for kind in RecordKind:
                assert count_rows(session, kind) > 0, f"{kind} lost from schema {revision}"
    finally:
        database.close()
    if revision != head_revision():
        backups = list(location.backup_dir.glob(f"*before-upgrade-from-{revision}*"))
        assert backups, "an upgrade must leave a backup of the old file"


def test_decisions_taken_before_revision_0003_become_their_first_history_entry(
    tmp_path: Path,
) -> None:
    location = DataLocation(tmp_path / "data")
    location.ensure_exists()
    shutil.copyfile(SAMPLES / "schema-0002.sqlite3", location.data_dir / DATABASE_FILE_NAME)
    database = open_database(location)
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT d.decision, d.reasons, d.decided_on, r.decided_on "
                    "FROM request_decisions d JOIN partnership_requests r ON r.id = d.request_id"
                )
            ).all()
    finally:
        database.close()
    assert len(rows) == 1
    decision, reasons, decided_on, request_decided_on = rows[0]
    assert decision == "decline" and reasons.startswith("Asking neighbors")
    assert decided_on == request_decided_on

"""Crafted backups and archives from someone else: accepted only with PartnerDesk's schema.

Each trial crafts its file here: a foreign SQLite file with merely the expected table
names, and real backups carrying one extra or changed part (a trigger that deletes
records, a view, an index, a column). Every one is refused plainly by ``restore``, by
the window's restore (the same service) and by "Import everything", and the live data
is left exactly as it was. Every committed sample of an older revision is still accepted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.data_safety.backups import (
    BackupError,
    backup_now,
    check_backup,
    restore_backup,
)
from partnerdesk.services.data_safety.moving import (
    ArchiveError,
    export_everything,
    import_everything,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.schema import head_revision, known_revisions
from partnerdesk.store.schema_check import normalise_sql, reference_schemas, schema_differences

DATA = Path(__file__).resolve().parent.parent / "data"

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session)
    return database


def _fingerprint(location: DataLocation) -> str:
    """The live data's bytes, so "nothing changed" is checked exactly."""
    assert location.database_file is not None
    return hashlib.sha256(location.database_file.read_bytes()).hexdigest()


def _changed_copy(backup: Path, target: Path, *statements: str) -> Path:
    shutil.copyfile(backup, target)
    with contextlib.closing(sqlite3.connect(target)) as db:
        for statement in statements:
            db.execute(statement)
        db.commit()
    return target


def _foreign_file(target: Path) -> Path:
    """Someone else's SQLite file with merely the names PartnerDesk looks for."""
    with contextlib.closing(sqlite3.connect(target)) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        db.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
        for table in ("organizations", "contacts", "outreach_notes", "partnership_requests"):
            db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, deleted_at TEXT)")
        db.commit()
    return target


CHANGES: dict[str, tuple[str, ...]] = {
    "extra trigger": (
        "CREATE TRIGGER wipe AFTER INSERT ON outreach_notes BEGIN DELETE FROM contacts; END",
    ),
    "extra view": ("CREATE VIEW everyone AS SELECT * FROM contacts",),
    "extra index": ("CREATE INDEX ix_contacts_role ON contacts (role_title)",),
    "extra table": ("CREATE TABLE spare (id INTEGER PRIMARY KEY)",),
    "extra column": ("ALTER TABLE contacts ADD COLUMN secret TEXT",),
    "missing index": ("DROP INDEX ix_contacts_list_order",),
    "trigger with another body": (
        "DROP TRIGGER contacts_fts_after_insert",
        "CREATE TRIGGER contacts_fts_after_insert AFTER INSERT ON contacts BEGIN "
        "DELETE FROM organizations; END",
    ),
}


def _crafted(filled: Database, tmp_path: Path) -> dict[str, Callable[[], Path]]:
    backup = backup_now(filled.location, destination=tmp_path / "real.sqlite3")
    makers: dict[str, Callable[[], Path]] = {
        "foreign file": lambda: _foreign_file(tmp_path / "foreign.sqlite3")
    }
    for name, statements in CHANGES.items():
        target = tmp_path / f"{name.replace(' ', '-')}.sqlite3"
        makers[name] = lambda target=target, statements=statements: _changed_copy(
            backup, target, *statements
        )
    return makers


def test_the_search_trigger_named_in_the_trials_exists(filled: Database, tmp_path: Path) -> None:
    # The "trigger with another body" trial replaces a real trigger: it must exist.
    backup = backup_now(filled.location, destination=tmp_path / "real.sqlite3")
    with contextlib.closing(sqlite3.connect(backup)) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"contacts_fts_after_insert", "ix_contacts_list_order"} <= names


@pytest.mark.parametrize("trial", ["foreign file", *CHANGES])
def test_restore_refuses_a_crafted_backup_and_changes_nothing(
    filled: Database, tmp_path: Path, trial: str
) -> None:
    crafted = _crafted(filled, tmp_path)[trial]()
    filled.close()
    before = _fingerprint(filled.location)
    backups_before = sorted(filled.location.backup_dir.glob("*"))
    with pytest.raises(BackupError) as refused:
        restore_backup(filled.location, crafted)
    message = str(refused.value)
    assert "not used" in message and "Traceback" not in message
    assert _fingerprint(filled.location) == before
    assert sorted(filled.location.backup_dir.glob("*")) == backups_before  # no safety copy


@pytest.mark.parametrize("trial", ["foreign file", "extra trigger"])
def test_import_everything_refuses_a_crafted_database(
    filled: Database, tmp_path: Path, trial: str
) -> None:
    archive = tmp_path / "move.zip"
    export_everything(filled.location, archive)
    crafted = _crafted(filled, tmp_path)[trial]()
    patched = tmp_path / "patched.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(patched, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == DATABASE_FILE_NAME:
                data = crafted.read_bytes()
            target.writestr(info, data)
    filled.close()
    before = _fingerprint(filled.location)
    with pytest.raises(ArchiveError, match="not PartnerDesk data"):
        import_everything(filled.location, patched)
    assert _fingerprint(filled.location) == before


def test_restore_command_refuses_the_trigger_plainly(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crafted = _crafted(filled, tmp_path)["extra trigger"]()
    filled.close()
    before = _fingerprint(filled.location)
    data_dir = str(filled.location.data_dir)
    assert main(["--data-dir", data_dir, "restore", str(crafted)]) == 1
    said = capsys.readouterr()
    assert "the way PartnerDesk writes it" in said.err and "'wipe'" in said.err
    assert "Traceback" not in said.err + said.out
    assert _fingerprint(filled.location) == before
    assert main(["--data-dir", data_dir, "list", "contacts", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 10


@pytest.mark.parametrize("revision", known_revisions())
def test_every_older_revision_sample_is_still_restored(tmp_path: Path, revision: str) -> None:
    sample = DATA / f"schema-{revision}.sqlite3"
    assert sample.exists(), f"tests/data has one sample per schema revision ({sample.name})"
    assert check_backup(sample) == revision
    location = DataLocation(tmp_path / "restored")
    restore_backup(location, sample)
    open_database(location).close()  # upgraded to the current schema
    assert schema_differences(location.database_file, head_revision()) == []  # type: ignore[arg-type]


def test_statistics_written_by_sqlite_itself_are_accepted(filled: Database, tmp_path: Path) -> None:
    backup = backup_now(filled.location, destination=tmp_path / "analyzed.sqlite3")
    with contextlib.closing(sqlite3.connect(backup)) as db:
        db.execute("ANALYZE")
        db.commit()
    assert check_backup(backup) == head_revision()


def test_spacing_case_and_quotes_do_not_count_as_a_difference() -> None:
    written = 'CREATE INDEX "ix_a" ON contacts (full_name COLLATE "NOCASE") WHERE x = \'A b\''
    other = "create index ix_a\n  on  CONTACTS(full_name collate nocase) where x='A b'"
    assert normalise_sql(written) == normalise_sql(other)
    assert normalise_sql("WHERE x = 'A b'") != normalise_sql("WHERE x = 'a b'")


def test_building_the_reference_schemas_logs_no_upgrade(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # In the log an "upgrade" line would read as if the user's data had been upgraded.
    reference_schemas.cache_clear()
    with caplog.at_level(logging.INFO):
        assert check_backup(DATA / f"schema-{head_revision()}.sqlite3") == head_revision()
    assert not [record for record in caplog.records if "upgrade" in record.getMessage()]


def test_a_backup_whose_revision_label_lies_is_refused(filled: Database, tmp_path: Path) -> None:
    # Today's schema labelled as an older revision would be "upgraded" onto itself.
    # The first: later revisions may change only PostgreSQL (0005, 0008, 0009), leaving the
    # file's schema as it was.
    older = known_revisions()[0]
    crafted = _changed_copy(
        backup_now(filled.location, destination=tmp_path / "real.sqlite3"),
        tmp_path / "relabelled.sqlite3",
        f"UPDATE alembic_version SET version_num = '{older}'",
    )
    with pytest.raises(BackupError, match="the way PartnerDesk writes it"):
        check_backup(crafted)


def test_a_store_after_imports_merges_and_an_undo_is_still_accepted(
    filled: Database, tmp_path: Path
) -> None:
    # An import drops the search index's insert trigger and creates it again: the
    # schema it leaves must still be exactly the one the migrations build.
    from partnerdesk.services.transfer.contact_import import (
        apply_import,
        preview_import,
        undo_import,
    )

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Name,Email\nAna Ruiz,ana@import.example\nBo Chen,bo@import.example\n")
    second.write_text("Name,Email,Role\nAna Ruiz,ana@import.example,chair\nCy Diaz,cy@x.example,\n")
    for source in (first, second):
        result = apply_import(filled, preview_import(filled, source))
    undo_import(filled, result.batch_id)
    backup = backup_now(filled.location, destination=tmp_path / "after-imports.sqlite3")
    assert check_backup(backup) == head_revision()

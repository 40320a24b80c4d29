"""Moving to a new laptop: one archive with everything, checked before it is restored."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.data_safety.backups import describe_backup
from partnerdesk.services.data_safety.moving import (
    ArchiveError,
    describe_archive,
    export_everything,
    import_everything,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import StoreError
from partnerdesk.store.models import Organization
from partnerdesk.store.schema import head_revision

SAMPLE_COUNTS = {"organizations": 6, "contacts": 10, "notes": 7, "requests": 3}
SETTINGS = "[MainWindow]\ngeometry=@ByteArray(1234)\n"
LETTERHEAD = b"PK\x03\x04 pretend this is a Word document"
SCHEMA_0001 = Path(__file__).resolve().parents[2] / "data" / "schema-0001.sqlite3"

# Backups and archives are copies of the SQLite file; a shared server has its own.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def filled(database: Database) -> Database:
    """The sample records, a settings file and a letterhead."""
    with database.session() as session:
        load_sample_data(session)
    (database.location.data_dir / "settings.ini").write_text(SETTINGS, encoding="utf-8")
    (database.location.data_dir / "letterhead.docx").write_bytes(LETTERHEAD)
    return database


def _organization_names(location: DataLocation) -> set[str]:
    database = open_database(location)
    try:
        with database.session() as session:
            return {organization.name for organization in session.query(Organization)}
    finally:
        database.close()


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_round_trip_to_an_empty_data_folder(filled: Database, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    archive = tmp_path / "usb stick" / "PartnerDesk move é.zip"
    archive.parent.mkdir()
    summary = export_everything(filled.location, archive, progress=lambda *s: steps.append(s))
    assert summary.counts == SAMPLE_COUNTS
    assert summary.has_settings and summary.has_letterhead
    assert steps[0] == (0, steps[0][1]) and steps[-1] == (steps[-1][1], steps[-1][1])
    assert [done for done, _total in steps] == sorted(done for done, _total in steps)
    assert [p.name for p in archive.parent.iterdir()] == [archive.name]  # no partial left

    with zipfile.ZipFile(archive) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in bundle.infolist())
    assert manifest["format"] == "partnerdesk-archive"
    assert manifest["format_version"] == 1
    assert manifest["schema_revision"] == head_revision()
    assert manifest["counts"] == SAMPLE_COUNTS
    assert manifest["created_at"].endswith("+00:00")

    described = describe_archive(archive)
    assert described.counts == SAMPLE_COUNTS
    assert described.created_at == summary.created_at
    assert described.partnerdesk_version == summary.partnerdesk_version

    new_laptop = DataLocation(tmp_path / "new laptop" / "PartnerDesk")
    assert import_everything(new_laptop, archive) is None  # nothing there to keep
    assert _organization_names(new_laptop) == _organization_names(filled.location)
    assert (new_laptop.data_dir / "settings.ini").read_text(encoding="utf-8") == SETTINGS
    assert (new_laptop.data_dir / "letterhead.docx").read_bytes() == LETTERHEAD
    assert not list(new_laptop.data_dir.glob("*.before-import"))


def test_an_archive_without_settings_or_letterhead(database: Database, tmp_path: Path) -> None:
    summary = export_everything(database.location, tmp_path / "empty.zip")
    assert summary.counts == dict.fromkeys(SAMPLE_COUNTS, 0)
    assert not summary.has_settings and not summary.has_letterhead
    with zipfile.ZipFile(tmp_path / "empty.zip") as bundle:
        assert sorted(bundle.namelist()) == ["manifest.json", DATABASE_FILE_NAME]


def test_importing_over_existing_data_keeps_a_safety_copy(filled: Database, tmp_path: Path) -> None:
    archive = tmp_path / "move.zip"
    export_everything(filled.location, archive)
    other = DataLocation(tmp_path / "other")
    existing = open_database(other)
    with existing.session() as session:
        session.add(Organization(name="Only on the old laptop"))
    existing.close()
    (other.data_dir / "settings.ini").write_text("[old]\n", encoding="utf-8")
    (other.data_dir / "letterhead.docx").write_bytes(b"old letterhead")

    safety = import_everything(other, archive)

    assert safety is not None and safety.parent == other.backup_dir
    assert "before-restore" in safety.name
    assert describe_backup(safety).counts["organizations"] == 1
    names = _organization_names(other)
    assert "Only on the old laptop" not in names and len(names) == 6
    assert (other.data_dir / "settings.ini").read_text(encoding="utf-8") == SETTINGS
    assert (other.data_dir / "settings.ini.before-import").read_text() == "[old]\n"
    assert (other.data_dir / "letterhead.docx.before-import").read_bytes() == b"old letterhead"


def test_archive_and_extracted_files_are_private(filled: Database, tmp_path: Path) -> None:
    (filled.location.data_dir / "settings.ini").chmod(0o644)  # as an editor may leave it
    archive = tmp_path / "move.zip"
    export_everything(filled.location, archive)
    assert _mode(archive) == 0o600
    with zipfile.ZipFile(archive) as bundle:
        assert {(info.external_attr >> 16) & 0o777 for info in bundle.infolist()} == {0o600}
    target = DataLocation(tmp_path / "target")
    import_everything(target, archive)
    for name in (DATABASE_FILE_NAME, "settings.ini", "letterhead.docx"):
        assert _mode(target.data_dir / name) == 0o600, name


def test_an_archive_from_an_older_partnerdesk_is_upgraded(tmp_path: Path) -> None:
    old = DataLocation(tmp_path / "old")
    old.ensure_exists()
    shutil.copyfile(SCHEMA_0001, old.data_dir / DATABASE_FILE_NAME)
    archive = tmp_path / "old.zip"
    export_everything(old, archive)  # copied as it is, without opening (and upgrading) it
    with zipfile.ZipFile(archive) as bundle:
        assert json.loads(bundle.read("manifest.json"))["schema_revision"] == "0001"
    target = DataLocation(tmp_path / "target")
    import_everything(target, archive)
    with contextlib.closing(sqlite3.connect(target.data_dir / DATABASE_FILE_NAME)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    assert _organization_names(target)


def test_export_while_another_program_is_writing(filled: Database, tmp_path: Path) -> None:
    database_file = filled.location.database_file
    assert database_file is not None
    writer = sqlite3.connect(database_file, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO organizations (name, kind, is_ours, mission, values_statement, "
            "values_demonstrated, website, service_area, notes, created_at, updated_at, "
            "row_version) SELECT 'Not committed yet', kind, 0, '', '', '', '', '', '', "
            "created_at, updated_at, 1 FROM organizations LIMIT 1"
        )
        summary = export_everything(filled.location, tmp_path / "busy.zip")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert summary.counts == SAMPLE_COUNTS
    with zipfile.ZipFile(tmp_path / "busy.zip") as bundle:
        (tmp_path / "copy.sqlite3").write_bytes(bundle.read(DATABASE_FILE_NAME))
    with contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = {row[0] for row in copy.execute("SELECT name FROM organizations")}
    assert "Not committed yet" not in names and len(names) == 6


def _rewrite(archive: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of ``archive`` with members replaced, added or (None) left out."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as bundle:
        for name in source.namelist():
            if name not in change:
                bundle.writestr(name, source.read(name))
        for name, content in change.items():
            if content is not None:
                bundle.writestr(name, content)
    return target


def _newer_manifest(archive: Path, **changes: object) -> bytes:
    with zipfile.ZipFile(archive) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    return json.dumps({**manifest, "partnerdesk_version": "9.0", **changes}).encode()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text", "not a PartnerDesk archive"),
        ("no manifest", "not a PartnerDesk archive"),
        ("other format", "not a PartnerDesk archive"),
        ("junk database", "records inside this archive are damaged or are not PartnerDesk"),
        ("zip slip", "'../evil.txt' that points outside"),
        ("absolute path", "'/etc/evil.txt' that points outside"),
        ("newer format", "made by a newer PartnerDesk \\(9.0\\)"),
        ("newer schema", "made by a newer PartnerDesk \\(9.0\\)"),
        ("damaged", "archive is damaged"),
    ],
)
def test_bad_archives_are_refused_and_change_nothing(
    filled: Database, tmp_path: Path, kind: str, message: str
) -> None:
    good = tmp_path / "good.zip"
    export_everything(filled.location, good)
    bad = tmp_path / "bad.zip"
    if kind == "text":
        bad.write_text("Dear Marisol, the minutes are attached.\n", encoding="utf-8")
    elif kind == "damaged":  # bytes changed inside the compressed database
        content = bytearray(good.read_bytes())
        content[400:440] = bytes(40)
        bad.write_bytes(bytes(content))
    else:
        change: dict[str, bytes | None] = {
            "no manifest": {"manifest.json": None},
            "other format": {"manifest.json": b'{"format": "something-else"}'},
            "junk database": {DATABASE_FILE_NAME: b"SQLite format 3\x00" + b"\x00" * 500},
            "zip slip": {"../evil.txt": b"gotcha"},
            "absolute path": {"/etc/evil.txt": b"gotcha"},
            "newer format": {"manifest.json": _newer_manifest(good, format_version=2)},
            "newer schema": {"manifest.json": _newer_manifest(good, schema_revision="9999")},
        }[kind]
        _rewrite(good, bad, change)
    before = sorted(filled.location.data_dir.rglob("*"))
    database_file = filled.location.database_file
    assert database_file is not None
    content_before = database_file.read_bytes()

    with pytest.raises(ArchiveError, match=message) as refused:
        describe_archive(bad)
    assert isinstance(refused.value, StoreError)
    with pytest.raises(ArchiveError, match=message):
        import_everything(filled.location, bad)

    assert sorted(filled.location.data_dir.rglob("*")) == before  # not even a safety backup
    assert database_file.read_bytes() == content_before
    assert not (tmp_path / "evil.txt").exists()


def test_a_shared_database_is_refused(tmp_path: Path) -> None:
    shared = DataLocation(tmp_path, "postgresql+psycopg://staff@db.example/partnerdesk")
    with pytest.raises(ArchiveError, match="shared database"):
        export_everything(shared, tmp_path / "move.zip")
    with pytest.raises(ArchiveError, match="shared database"):
        import_everything(shared, tmp_path / "move.zip")
    assert not (tmp_path / "move.zip").exists()


def test_nothing_to_move_yet(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no PartnerDesk data"):
        export_everything(DataLocation(tmp_path / "empty"), tmp_path / "move.zip")
    assert not (tmp_path / "move.zip").exists()

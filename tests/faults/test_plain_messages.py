"""A full or read-only disk, a folder where the data file should be, a database error:
each gets a sentence and exit 1, never "unexpected problem" or a traceback, and nothing
already saved is lost (issue 16, item 10); the log never holds personal data (item 11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from partnerdesk.cli import _guarded
from partnerdesk.log_file import start_logging
from partnerdesk.paths import DataLocation
from partnerdesk.store.database import open_database
from partnerdesk.store.models import Organization

from .harness import (
    SAMPLE_CONTACTS,
    contacts_csv,
    data_file,
    failures_shown,
    fill,
    killed_writer,
    make_read_only,
    run_cli,
    sample_store,
    small_disk,
)

pytestmark = pytest.mark.sqlite_only


def _contact_lines(data_dir: Path) -> int:
    listed = run_cli("list", "contacts", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    return len(listed.stdout.splitlines()) - 1  # the heading


def _plain_failure(result: object, *expected: str) -> None:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    said = result.stdout + result.stderr  # type: ignore[attr-defined]
    assert not failures_shown(said), said
    for words in expected:
        assert words in said, said


def test_disk_full_during_an_import_stops_plainly_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk:
        data_dir = disk / "data"
        sample_store(data_dir)
        csv = contacts_csv(tmp_path / "big.csv", 5000, "Full")
        statistics = os.statvfs(disk)
        free = statistics.f_bavail * statistics.f_frsize
        (disk / "filler").write_bytes(b"\0" * (free - 300_000))
        result = run_cli("import", str(csv), data_dir=data_dir)
        _plain_failure(result, "disk is full")
        (disk / "filler").unlink()
        assert run_cli("check", data_dir=data_dir).returncode == 0
        assert _contact_lines(data_dir) == SAMPLE_CONTACTS, "all or nothing: nothing"


@pytest.mark.parametrize(
    "export",
    [["contacts", "out.csv"], ["vetting", "1", "out.docx"], ["mou", "1", "out.docx"]],
)
def test_disk_full_during_an_export_says_so_without_a_traceback(
    data_dir: Path, tmp_path: Path, export: list[str]
) -> None:
    sample_store(data_dir)
    with small_disk(tmp_path / "disk", "200k") as disk:
        fill(disk)
        target = [str(disk / word) if word.startswith("out.") else word for word in export]
        result = run_cli("export", *target, data_dir=data_dir)
        _plain_failure(result, "No space left on device")


def test_a_read_only_data_folder_is_explained(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        data_dir = disk / "data"
        sample_store(data_dir)
        # A writer killed mid-session leaves its -wal and -shm: SQLite can then open the
        # file on a read-only disk, and PartnerDesk used to stop at its chmod (EROFS).
        killed_writer(data_file(data_dir))
        before = data_file(data_dir).read_bytes()
        csv = contacts_csv(tmp_path / "few.csv", 3, "Readonly")
        make_read_only(disk)
        for command in (["import", str(csv)], ["demo", "--force"]):
            _plain_failure(run_cli(*command, data_dir=data_dir), "cannot write to")
        for command in (["check"], ["export", "contacts", str(tmp_path / "out.csv")]):
            reading = run_cli(*command, data_dir=data_dir)
            assert reading.returncode == 0, reading.stderr
        assert _contact_lines(data_dir) == SAMPLE_CONTACTS
        assert data_file(data_dir).read_bytes() == before


def test_a_data_file_that_is_a_folder_is_explained(data_dir: Path, tmp_path: Path) -> None:
    data_file(data_dir).mkdir()
    csv = contacts_csv(tmp_path / "few.csv", 3, "Folder")
    for command in (["check"], ["import", str(csv)], ["backup"]):
        _plain_failure(run_cli(*command, data_dir=data_dir), "is a folder")


def test_a_database_error_never_writes_personal_data_to_the_log(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = DataLocation(data_dir)
    log_file = start_logging(data_dir)
    assert log_file is not None
    database = open_database(location)
    secret = "Zephyrine Quillfeather-Oyelaran"
    with database.session() as session:
        session.add(Organization(id=77, name="Lakeside Clinic"))

    def clashing_save() -> int:
        with database.session() as session:
            session.add(Organization(id=77, name=secret))  # the same id: refused
        return 0

    with pytest.raises(IntegrityError) as raised:
        clashing_save()
    assert secret not in str(raised.value)
    assert _guarded(clashing_save, location) == 1
    database.close()
    assert "Zephyrine" not in capsys.readouterr().err
    logged = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in logged, "the error itself is logged"
    assert "Zephyrine" not in logged and "Quillfeather" not in logged

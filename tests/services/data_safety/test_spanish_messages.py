"""The data-safety messages in a Spanish run: whole Spanish sentences, with the system's
reason for a file problem in plain Spanish; English as before (review of issue 21, 7, 9)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import use_language
from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import BackupError, check_backup
from partnerdesk.services.data_safety.checking import check_data
from partnerdesk.services.data_safety.moving import ArchiveError, describe_archive
from partnerdesk.store.database import open_database


@pytest.fixture
def spanish() -> Iterator[None]:
    use_language("es")
    yield
    use_language("en")


def test_file_reasons() -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.db")
    assert file_reason(missing) == "No such file or directory"  # English: as it always was
    assert file_reason(OSError(errno.ENOSPC, None)) == "the disk is full"
    use_language("es")
    try:
        assert file_reason(missing) == "no se encontró"
        assert file_reason(PermissionError(errno.EACCES, "Permission denied")) == (
            "PartnerDesk no tiene permiso para usarlo"
        )
        assert file_reason(OSError(errno.ENOSPC, "No space left on device")) == (
            "el disco está lleno"
        )
        assert file_reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == (
            "es una carpeta, no un archivo"
        )
    finally:
        use_language("en")


def test_check_in_spanish(tmp_path: Path, spanish: None) -> None:
    location = DataLocation(tmp_path)
    assert "Todavía no hay datos de PartnerDesk en" in check_data(location).message
    open_database(location).close()
    outcome = check_data(location)
    assert outcome.healthy
    assert outcome.message.startswith("Todo está bien: ")
    assert outcome.message.endswith(" está en buen estado y al día.")


def test_check_in_english_unchanged(tmp_path: Path) -> None:
    location = DataLocation(tmp_path)
    open_database(location).close()
    assert check_data(location).message == (
        f"All good: {location.database_file} is healthy and up to date."
    )


def test_missing_backup_and_archive_in_spanish(tmp_path: Path, spanish: None) -> None:
    missing = tmp_path / "no-está.db"
    with pytest.raises(BackupError) as refused:
        check_backup(missing)
    assert str(refused.value) == f"PartnerDesk no puede leer {missing}: no se encontró."
    with pytest.raises(ArchiveError) as refused_archive:
        describe_archive(tmp_path / "no-está.zip")
    assert "no se encontró." in str(refused_archive.value)
    assert "No such file" not in str(refused_archive.value)
    not_an_archive = tmp_path / "notas.zip"
    not_an_archive.write_text("hola", encoding="utf-8")
    with pytest.raises(ArchiveError) as refused_archive:
        describe_archive(not_an_archive)
    assert str(refused_archive.value) == "Este archivo no es un archivo comprimido de PartnerDesk."


def test_missing_backup_in_english_unchanged(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    with pytest.raises(BackupError) as refused:
        check_backup(missing)
    assert str(refused.value) == f"PartnerDesk cannot read {missing}: No such file or directory."


def test_record_counts_with_plural_forms() -> None:
    from partnerdesk.store.copy_records import CopyResult

    counts = CopyResult(
        {"organizations": 1, "contacts": 1234, "mous": 2, "partner_history": 1, "contacts_x": 3}
    )
    assert counts.summary() == "1 organization, 1,234 contacts, 2 MOUs, 1 partner history entry"
    assert CopyResult({"partner_history": 2}).summary() == "2 partner history entries"
    assert CopyResult({}).summary() == "no records"
    use_language("es")
    try:
        assert counts.summary() == (
            "1 organización, 1,234 contactos, 2 MOU, 1 entrada del historial con la organización"
        )
        assert CopyResult({"organizations": 6, "contacts": 10}).summary() == (
            "6 organizaciones, 10 contactos"
        )
    finally:
        use_language("en")


def test_what_a_connection_found_in_spanish(spanish: None) -> None:
    from partnerdesk.services.data_safety.shared_setup import SharedDatabaseFound
    from partnerdesk.store.copy_records import CopyResult
    from partnerdesk.store.schema import SchemaState, SchemaStatus

    empty = SharedDatabaseFound(SchemaState(SchemaStatus.EMPTY, None), None)
    assert empty.describe() == "Conectado. La base de datos está vacía: PartnerDesk la preparará."
    held = SharedDatabaseFound(
        SchemaState(SchemaStatus.CURRENT, "x"), CopyResult({"organizations": 6})
    )
    assert held.describe() == "Conectado. Tiene 6 organizaciones."

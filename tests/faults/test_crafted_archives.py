"""Crafted archives for "Import everything": sizes and ratios are checked before unpacking.

The bombs are cheap to make: a few kilobytes of compressed zeros whose declared size in
the archive's directory is then raised to gigabytes (the bytes are patched in place), or
a member of compressed zeros that really expands a thousandfold. None may be unpacked,
and the data in place must be left exactly as it was.
"""

from __future__ import annotations

import hashlib
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.data_safety import moving
from partnerdesk.services.data_safety.moving import (
    ArchiveError,
    describe_archive,
    export_everything,
    import_everything,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database

GIB = 1024**3
MIB = 1024**2

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session)
    (database.location.data_dir / "letterhead.docx").write_bytes(b"PK\x03\x04 a letterhead")
    return database


@pytest.fixture
def good(filled: Database, tmp_path: Path) -> Path:
    archive = tmp_path / "move.zip"
    export_everything(filled.location, archive)
    return archive


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The members PartnerDesk opens for reading (the manifest, and what it unpacks)."""
    names: list[str] = []
    real_open = zipfile.ZipFile.open

    def spying(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spying)
    yield names


def _fingerprint(location: DataLocation) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(location.data_dir.rglob("*"))
        if path.is_file()
    }


def _rewrite(good: Path, target: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = replace.get(info.filename, source.read(info))
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def _declare_size(archive: Path, name: str, size: int) -> None:
    """Patch the uncompressed size the archive declares for ``name`` (both headers)."""
    data = bytearray(archive.read_bytes())
    encoded = name.encode()
    with zipfile.ZipFile(archive) as bundle:
        local = bundle.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + length]) == encoded:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    archive.write_bytes(bytes(data))


def _refused(location: DataLocation, archive: Path, opened: list[str], message: str) -> None:
    before = _fingerprint(location)
    with pytest.raises(ArchiveError, match=message):
        describe_archive(archive)
    with pytest.raises(ArchiveError, match=message):
        import_everything(location, archive)
    assert DATABASE_FILE_NAME not in opened and "letterhead.docx" not in opened
    assert _fingerprint(location) == before


def test_a_3_gib_zip_bomb_member_is_refused_unopened(
    filled: Database, good: Path, tmp_path: Path, opened: list[str]
) -> None:
    bomb = tmp_path / "bomb.zip"
    _rewrite(good, bomb, {DATABASE_FILE_NAME: bytes(MIB)})
    _declare_size(bomb, DATABASE_FILE_NAME, 3 * GIB)
    with zipfile.ZipFile(bomb) as bundle:  # what the archive's directory now says
        assert bundle.getinfo(DATABASE_FILE_NAME).file_size == 3 * GIB
    opened.clear()
    filled.close()
    _refused(filled.location, bomb, opened, "not used")


def test_a_member_that_really_expands_a_thousandfold_is_refused_unopened(
    filled: Database, good: Path, tmp_path: Path, opened: list[str]
) -> None:
    bomb = tmp_path / "zeros.zip"
    _rewrite(good, bomb, {DATABASE_FILE_NAME: bytes(64 * MIB)})
    with zipfile.ZipFile(bomb) as bundle:
        info = bundle.getinfo(DATABASE_FILE_NAME)
        assert info.file_size / info.compress_size > 500
    opened.clear()
    filled.close()
    _refused(filled.location, bomb, opened, "not used")


def test_a_1_gib_letterhead_is_refused_unopened(
    filled: Database, good: Path, tmp_path: Path, opened: list[str]
) -> None:
    large = tmp_path / "letterhead.zip"
    random_ish = zlib.compress(bytes(range(256)) * 64)  # not very compressible
    _rewrite(good, large, {"letterhead.docx": random_ish * 4})
    _declare_size(large, "letterhead.docx", GIB)
    opened.clear()
    filled.close()
    _refused(filled.location, large, opened, "letterhead")


def test_a_member_larger_than_it_declares_is_cut_and_refused(
    filled: Database, good: Path, tmp_path: Path
) -> None:
    # Declares 1 MiB, holds 40 MiB: unpacking stops at what was declared (damaged).
    liar = tmp_path / "liar.zip"
    _rewrite(good, liar, {"letterhead.docx": bytes(40 * MIB)})
    _declare_size(liar, "letterhead.docx", MIB)
    filled.close()
    before = _fingerprint(filled.location)
    with pytest.raises(ArchiveError, match=r"damaged|not used"):
        import_everything(filled.location, liar)
    assert _fingerprint(filled.location) == before


def test_not_enough_room_to_unpack_is_said_before_unpacking(
    filled: Database, good: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    real_usage = moving.shutil.disk_usage

    def almost_full(path: str | Path):  # type: ignore[no-untyped-def]
        usage = real_usage(path)
        return usage._replace(free=1024)

    monkeypatch.setattr(moving.shutil, "disk_usage", almost_full)
    filled.close()
    _refused(filled.location, good, opened, "not enough free space")


def test_a_sound_archive_still_moves(filled: Database, good: Path, tmp_path: Path) -> None:
    summary = describe_archive(good)
    assert summary.counts["contacts"] == 10 and summary.has_letterhead
    other = DataLocation(tmp_path / "new laptop")
    import_everything(other, good)
    assert (other.data_dir / "letterhead.docx").read_bytes() == b"PK\x03\x04 a letterhead"


def test_two_members_of_one_name_are_refused(
    filled: Database, good: Path, tmp_path: Path, opened: list[str]
) -> None:
    # Which of two letterheads is "the" letterhead would be anyone's guess.
    doubled = tmp_path / "doubled.zip"
    _rewrite(good, doubled, {})
    with (
        warnings.catch_warnings(),
        zipfile.ZipFile(doubled, "a") as bundle,
    ):
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: the point
        bundle.writestr("letterhead.docx", b"PK\x03\x04 the other letterhead")
    opened.clear()
    filled.close()
    _refused(filled.location, doubled, opened, "damaged")

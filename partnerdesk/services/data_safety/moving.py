"""Moving to a new laptop: one archive with everything, and restoring it on another machine.

The archive is a ZIP file holding a consistent copy of the database (taken with SQLite's
backup API, never a plain copy of the live file), ``settings.ini`` and the letterhead when
they exist, and a ``manifest.json`` describing it. An archive is checked completely before
anything is changed, and the current data is backed up before it is replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from partnerdesk import __version__
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.regular_files import NotARegularFileError, open_regular_file
from partnerdesk.services.data_safety.backups import (
    BackupError,
    backup_now,
    check_backup,
    describe_backup,
    restore_backup,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import StoreError
from partnerdesk.store.schema import known_revisions

ARCHIVE_FORMAT = "partnerdesk-archive"
ARCHIVE_FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SETTINGS_FILE_NAME = "settings.ini"
LETTERHEAD_FILE_NAME = "letterhead.docx"
EXTRAS = (SETTINGS_FILE_NAME, LETTERHEAD_FILE_NAME)  # copied when present, in this order
KEPT_SUFFIX = ".before-import"
_MAX_MANIFEST_BYTES = 1_000_000
# What each file may unpack to, checked against the archive's directory before anything is
# unpacked. Far above what PartnerDesk writes (a store of 200,000 contacts is under 1 GiB,
# a letterhead with a logo well under 1 MiB), far below what fills a laptop's disk.
_MAX_UNPACKED_BYTES = {
    DATABASE_FILE_NAME: 32 * 1024**3,
    SETTINGS_FILE_NAME: 1_000_000,
    LETTERHEAD_FILE_NAME: 20 * 1024**2,
}
# One whole sentence per file (the file's name changes the sentence around it in Spanish).
_TOO_LARGE = {
    DATABASE_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The records inside this archive would take {size}, far more than PartnerDesk "
        "ever writes, so the archive was not used. Nothing was changed.",
    ),
    SETTINGS_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The window settings inside this archive would take {size}, far more than "
        "PartnerDesk ever writes, so the archive was not used. Nothing was changed.",
    ),
    LETTERHEAD_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The letterhead inside this archive would take {size}, far more than PartnerDesk "
        "ever writes, so the archive was not used. Nothing was changed.",
    ),
}
_SQUEEZED = {
    DATABASE_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The records inside this archive would grow to {size} from {packed}, which no "
        "PartnerDesk archive does, so it was not used. Nothing was changed.",
    ),
    SETTINGS_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The window settings inside this archive would grow to {size} from {packed}, "
        "which no PartnerDesk archive does, so it was not used. Nothing was changed.",
    ),
    LETTERHEAD_FILE_NAME: QT_TRANSLATE_NOOP(
        "Archives",
        "The letterhead inside this archive would grow to {size} from {packed}, which no "
        "PartnerDesk archive does, so it was not used. Nothing was changed.",
    ),
}
# Deflate shrinks at most about 1,000 to 1; a zip bomb sits near that. PartnerDesk's
# records compress about 10 to 1 (its snapshot is compacted before it is archived, so no
# run of empty pages inflates that); small files may be anything.
_MAX_RATIO = 200
_RATIO_CHECKED_FROM = 8 * 1024**2
_COPY_CHUNK = 1024**2
NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP("Archives", "This file is not a PartnerDesk archive.")
SHARED_MESSAGE = QT_TRANSLATE_NOOP(
    "Archives",
    "PartnerDesk is using a shared database, so it cannot be moved with an archive. Ask "
    "whoever looks after the database server to move or copy it.",
)
DAMAGED_OR_LOCKED = QT_TRANSLATE_NOOP(
    "Archives", "This archive is damaged or locked, so it was not used."
)


class ArchiveError(StoreError):
    """An archive could not be written or used; ``str(error)`` says why, for the user."""


@dataclass(frozen=True)
class ArchiveSummary:
    """What an archive holds."""

    path: Path
    created_at: datetime
    partnerdesk_version: str
    counts: dict[str, int]
    has_settings: bool
    has_letterhead: bool


def export_everything(
    location: DataLocation,
    archive: Path,
    progress: Callable[[int, int], None] | None = None,
) -> ArchiveSummary:
    """Write the whole of PartnerDesk's data to ``archive`` (replaced atomically, mode 0600).

    ``progress(done, total)`` is called as the steps complete. Raises a StoreError
    (ArchiveError, or BackupError when there is no data yet) with a message for the user.
    """
    if location.database_file is None:
        raise ArchiveError(translate("Archives", SHARED_MESSAGE))
    extras = [name for name in EXTRAS if (location.data_dir / name).is_file()]
    report = progress or (lambda _done, _total: None)
    total = 3 + len(extras)  # the snapshot, each file, the finished archive
    report(0, total)
    partial = archive.with_name(f".{archive.name}.partial")
    with tempfile.TemporaryDirectory(prefix="partnerdesk-export-") as work:
        copy = backup_now(location, destination=Path(work) / DATABASE_FILE_NAME)
        _compact(copy)
        revision, counts = check_backup(copy), describe_backup(copy).counts
        created_at = datetime.now(UTC).replace(microsecond=0)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "format_version": ARCHIVE_FORMAT_VERSION,
            "partnerdesk_version": __version__,
            "schema_revision": revision,
            "created_at": created_at.isoformat(),
            "counts": counts,
            "files": [DATABASE_FILE_NAME, *extras],
        }
        report(1, total)
        sources = {DATABASE_FILE_NAME: copy} | {n: location.data_dir / n for n in extras}
        try:
            handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as bundle:
                for done, (name, source) in enumerate(sources.items(), start=2):
                    with source.open("rb") as data, bundle.open(_member(name), "w") as out:
                        shutil.copyfileobj(data, out)
                    report(done, total)
                bundle.writestr(_member(MANIFEST_NAME), json.dumps(manifest, indent=2))
                raw.flush()
                os.fsync(raw.fileno())
            partial.chmod(0o600)
            partial.replace(archive)  # only a complete archive ever carries the chosen name
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ArchiveError(
                translate(
                    "Archives", "The archive could not be written to {archive}: {reason}."
                ).format(archive=archive, reason=file_reason(error))
            ) from error
    report(total, total)
    has = [name in extras for name in EXTRAS]
    return ArchiveSummary(archive, created_at, __version__, counts, *has)


def describe_archive(archive: Path) -> ArchiveSummary:
    """What ``archive`` holds; raises ArchiveError unless it is a sound PartnerDesk archive."""
    with tempfile.TemporaryDirectory(prefix="partnerdesk-check-") as work:
        return _unpack(archive, Path(work))


def import_everything(location: DataLocation, archive: Path) -> Path | None:
    """Replace the current data with the archive's; returns the safety backup (or None).

    The archive is checked first. The current database is backed up to the backups folder
    (as ``before-restore``) before it is replaced, and the current settings and letterhead
    are kept beside the new ones with the suffix ``.before-import``. Run it only while
    PartnerDesk is not writing to the store.
    """
    if location.database_file is None:
        raise ArchiveError(translate("Archives", SHARED_MESSAGE))
    with tempfile.TemporaryDirectory(prefix="partnerdesk-import-") as work:
        _unpack(archive, Path(work))
        safety = restore_backup(location, Path(work) / DATABASE_FILE_NAME)
        for name in (name for name in EXTRAS if (Path(work) / name).exists()):
            target = location.data_dir / name
            incoming = target.with_name(name + ".partial")
            try:
                shutil.copyfile(Path(work) / name, incoming)
                incoming.chmod(0o600)
                if target.exists():
                    target.replace(target.with_name(name + KEPT_SUFFIX))
                incoming.replace(target)
            except OSError as error:
                incoming.unlink(missing_ok=True)
                raise ArchiveError(
                    translate(
                        "Archives",
                        "The records were restored, but {name} could not be put in place: "
                        "{reason}.",
                    ).format(name=name, reason=file_reason(error))
                ) from error
    open_database(location).close()  # brings an archive from an older PartnerDesk up to date
    return safety


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (0o100600 & 0xFFFF) << 16  # a regular file, readable by the user only
    return info


def _unpack(archive: Path, work: Path) -> ArchiveSummary:
    """Check ``archive`` and extract its files into ``work`` (files mode 0600)."""
    try:
        handle = open_regular_file(archive)
    except NotARegularFileError as error:
        raise ArchiveError(error.strerror) from error
    except OSError as error:
        raise ArchiveError(_cannot_read(archive, error)) from error
    with handle:
        return _unpack_from(handle, archive, work)


def _unpack_from(handle: BinaryIO, archive: Path, work: Path) -> ArchiveSummary:
    try:
        bundle = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, EOFError) as error:
        raise ArchiveError(translate("Archives", NOT_AN_ARCHIVE)) from error
    except OSError as error:
        raise ArchiveError(_cannot_read(archive, error)) from error
    try:
        with bundle:
            names = bundle.namelist()
            for name in names:
                pure = PurePosixPath(name.replace("\\", "/"))
                if pure.is_absolute() or ".." in pure.parts or ":" in name:
                    raise ArchiveError(
                        translate(
                            "Archives",
                            "This archive contains a file named {name} that points outside "
                            "the data folder, so it was not used.",
                        ).format(name=repr(name))
                    )
            if {MANIFEST_NAME, DATABASE_FILE_NAME} - set(names) or (
                bundle.getinfo(MANIFEST_NAME).file_size > _MAX_MANIFEST_BYTES
            ):
                raise ArchiveError(translate("Archives", NOT_AN_ARCHIVE))
            manifest = _read_manifest(bundle.read(MANIFEST_NAME))
            present = [name for name in EXTRAS if name in names]
            unpacked = [bundle.getinfo(name) for name in [DATABASE_FILE_NAME, *present]]
            _check_sizes(bundle, unpacked, work)
            for info in unpacked:
                target = os.open(work / info.filename, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with bundle.open(info) as data, os.fdopen(target, "wb") as out:
                    _copy_at_most(data, out, info.file_size)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as error:
        # A bad checksum, or a member that is encrypted or compressed in an unknown way.
        raise ArchiveError(translate("Archives", DAMAGED_OR_LOCKED)) from error
    except OSError as error:
        raise ArchiveError(
            translate("Archives", "PartnerDesk could not unpack {archive}: {reason}.").format(
                archive=archive, reason=file_reason(error)
            )
        ) from error
    try:
        check_backup(work / DATABASE_FILE_NAME)
        counts = describe_backup(work / DATABASE_FILE_NAME).counts
    except BackupError as error:
        raise ArchiveError(
            translate(
                "Archives",
                "The records inside this archive are damaged or are not PartnerDesk data, so "
                "the archive was not used.",
            )
        ) from error
    has = [name in present for name in EXTRAS]
    return ArchiveSummary(
        archive, manifest["created_at"], manifest["partnerdesk_version"], counts, *has
    )


def _check_sizes(bundle: zipfile.ZipFile, unpacked: list[zipfile.ZipInfo], work: Path) -> None:
    """Refuse, from the archive's directory alone, what would unpack too large or fill the disk.

    Nothing has been unpacked yet when this runs, and nothing is if it refuses.
    """
    ours = {info.filename for info in unpacked}
    if len([info for info in bundle.infolist() if info.filename in ours]) != len(ours):
        # Two members of one name: which one is "the" letterhead would be anyone's guess.
        raise ArchiveError(translate("Archives", DAMAGED_OR_LOCKED))
    for info in unpacked:
        if info.file_size > _MAX_UNPACKED_BYTES[info.filename]:
            raise ArchiveError(
                translate("Archives", _TOO_LARGE[info.filename]).format(size=_size(info.file_size))
            )
        squeezed = info.file_size > _RATIO_CHECKED_FROM and (
            info.file_size > _MAX_RATIO * max(info.compress_size, 1)
        )
        if squeezed:
            raise ArchiveError(
                translate("Archives", _SQUEEZED[info.filename]).format(
                    size=_size(info.file_size), packed=_size(info.compress_size)
                )
            )
    needed = sum(info.file_size for info in unpacked)
    free = shutil.disk_usage(work).free
    if needed > free:
        raise ArchiveError(
            translate(
                "Archives",
                "There is not enough free space to unpack this archive: it needs "
                "{needed} and {free} is free. Make room on the disk, then try "
                "again. Nothing was changed.",
            ).format(needed=_size(needed), free=_size(free))
        )


def _copy_at_most(source: Any, target: Any, limit: int) -> None:
    """Copy no more than ``limit`` bytes; a member holding more than it declared is damaged."""
    copied = 0
    while chunk := source.read(_COPY_CHUNK):
        copied += len(chunk)
        if copied > limit:
            raise zipfile.BadZipFile("a member holds more than its declared size")
        target.write(chunk)


def _compact(database: Path) -> None:
    """Compact the archive's snapshot: emptied pages then neither travel nor look like a bomb."""
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as connection:
        connection.execute("VACUUM")


def _cannot_read(archive: Path, error: OSError) -> str:
    return translate("Archives", "PartnerDesk cannot read {archive}: {reason}.").format(
        archive=archive, reason=file_reason(error)
    )


def _size(count: int) -> str:
    for unit, scale in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count} bytes"


def _read_manifest(raw: bytes) -> dict[str, Any]:
    """The manifest, with ``created_at`` parsed; refuses other formats and newer versions."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
            raise ArchiveError(translate("Archives", NOT_AN_ARCHIVE))
        version, made_by = manifest.get("format_version"), manifest.get("partnerdesk_version")
        revision = str(manifest.get("schema_revision", ""))
        if not isinstance(version, int) or not isinstance(made_by, str):
            raise ArchiveError(translate("Archives", NOT_AN_ARCHIVE))
        newer_schema = revision.isdigit() and revision > known_revisions()[-1]
        if version > ARCHIVE_FORMAT_VERSION or newer_schema:
            raise ArchiveError(
                translate(
                    "Archives",
                    "This archive was made by a newer PartnerDesk ({made_by}). Install the "
                    "latest PartnerDesk (this one is {version}) to open it.",
                ).format(made_by=made_by, version=__version__)
            )
        created_at = datetime.fromisoformat(manifest["created_at"])
    except (ValueError, KeyError, TypeError) as error:  # JSONDecodeError is a ValueError
        raise ArchiveError(translate("Archives", NOT_AN_ARCHIVE)) from error
    return {**manifest, "created_at": created_at}


def replace_with_archive(database: Database, archive: Path) -> Path | None:
    """``import_everything`` while the window has the data open (it closes afterwards).

    Run on the database worker, so nothing else is writing; the database's connections
    let go of the file before it is replaced.
    """
    database.engine.dispose()
    return import_everything(database.location, archive)

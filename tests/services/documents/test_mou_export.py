"""Exporting an MOU: each Word export is a version, recorded and moved into place together."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from sqlalchemy import event

from partnerdesk.core.dates import document_date
from partnerdesk.core.mou_compare import Change
from partnerdesk.services.documents.mou import export_mou, open_points, request_mou
from partnerdesk.services.errors import ExportFormatError, RecordMissingError
from partnerdesk.services.mou.drafts import load_draft, save_section
from partnerdesk.services.mou.versions import (
    compare,
    list_versions,
    restore_version,
    version_sections,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the documents go (the data folder is beside it)."""
    chosen = tmp_path / "documents"
    chosen.mkdir()
    return chosen


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


@pytest.fixture
def mou_id(sample: Database) -> int:
    found = request_mou(sample, 1)
    assert found is not None
    return found


def _versions(database: Database, mou_id: int) -> list[tuple[int, str, str]]:
    with database.session() as session:
        return [(v.number, v.note, v.file_name) for v in list_versions(session, mou_id)]


def test_each_export_is_a_version_and_versions_compare_and_restore(
    sample: Database, mou_id: int, folder: Path
) -> None:
    first = export_mou(sample, mou_id, folder / "v1.docx", "Sent to Angela", TODAY)
    with sample.session() as session:
        save_section(session, mou_id, "conflict", {"process": "The two leads talk first."})
        save_section(session, mou_id, "goals", {"goals": "Serve 400 patients in year one."})
    second = export_mou(sample, mou_id, folder / "v2.docx", today=TODAY)
    with sample.session() as session:
        comparison = {item.section_id: item for item in compare(session, mou_id, 1, 2)}
    assert (first.version, second.version) == (1, 2)
    assert _versions(sample, mou_id) == [(1, "Sent to Angela", "v1.docx"), (2, "", "v2.docx")]
    assert "no-conflict-resolution" in {f.code for f in first.findings}
    assert "no-conflict-resolution" not in {f.code for f in second.findings}
    assert "no-conflict-resolution" not in {f.code for f in open_points(sample, mou_id)}
    assert comparison["conflict"].change is Change.ADDED
    assert comparison["goals"].change is Change.CHANGED
    pieces = comparison["goals"].pieces
    assert any(p.kind == "inserted" and "400" in p.text for p in pieces)
    assert any(p.kind == "deleted" and "300" in p.text for p in pieces)
    assert comparison["parties"].change is Change.SAME
    header = docx.Document(str(folder / "v2.docx")).sections[0].header
    written_on = document_date(TODAY)  # as the user's locale writes it
    assert f"DRAFT — version 2 — {written_on}" in "\n".join(p.text for p in header.paragraphs)

    with sample.session() as session:
        save_section(session, mou_id, "goals", {"goals": "Unsaved idea: 500 patients."})
        restore_version(session, mou_id, 1)
    with sample.session() as session:
        draft = load_draft(session, mou_id)
        versions = list_versions(session, mou_id)
        kept = version_sections(session, mou_id, 3)
    assert draft.sections["goals"]["goals"].startswith("By the end of the first year, 300")
    assert "process" not in draft.sections.get("conflict", {})
    assert versions[-1].note == "The draft as it was before restoring version 1."
    assert kept["goals"]["goals"] == "Unsaved idea: 500 patients."


def test_a_failed_export_records_no_version(sample: Database, mou_id: int, folder: Path) -> None:
    with pytest.raises(OSError):
        export_mou(sample, mou_id, folder / "missing-folder" / "x.docx")
    assert _versions(sample, mou_id) == []


def test_the_file_is_moved_into_place_only_after_the_version_is_committed(
    sample: Database, mou_id: int, folder: Path
) -> None:
    target = folder / "mou.docx"
    seen_at_commit: list[bool] = []

    def at_commit(_session: Any) -> None:
        seen_at_commit.append(target.exists())

    event.listen(sample.sessions, "after_commit", at_commit)
    try:
        export_mou(sample, mou_id, target, today=TODAY)
    finally:
        event.remove(sample.sessions, "after_commit", at_commit)
    assert seen_at_commit == [False]
    assert target.exists()
    # No hidden file left behind: the MOU, and our cover note beside it (issue 18).
    assert sorted(path.name for path in folder.iterdir()) == ["mou (cover note).docx", "mou.docx"]


def test_a_commit_that_fails_leaves_no_file_and_no_version(
    sample: Database, mou_id: int, folder: Path
) -> None:
    target = folder / "mou.docx"
    target.write_bytes(b"the user's earlier file")

    def refuse(_session: Any) -> None:
        raise OSError(28, "No space left on device")

    event.listen(sample.sessions, "before_commit", refuse)
    try:
        with pytest.raises(OSError):
            export_mou(sample, mou_id, target, today=TODAY)
    finally:
        event.remove(sample.sessions, "before_commit", refuse)
    assert target.read_bytes() == b"the user's earlier file"
    assert [path.name for path in folder.iterdir()] == ["mou.docx"], "no hidden file left"
    assert _versions(sample, mou_id) == []


def test_a_move_that_fails_after_the_commit_takes_the_version_back(
    sample: Database, mou_id: int, folder: Path
) -> None:
    in_the_way = folder / "mou.docx"
    (in_the_way / "a folder").mkdir(parents=True)  # a folder of that name: the move fails
    with pytest.raises(OSError):
        export_mou(sample, mou_id, in_the_way, today=TODAY)
    assert _versions(sample, mou_id) == []
    assert [path.name for path in folder.iterdir()] == ["mou.docx"], "no hidden file left"


def test_other_formats_and_missing_mous_are_refused(sample: Database, folder: Path) -> None:
    with pytest.raises(ExportFormatError):
        export_mou(sample, 1, folder / "mou.pdf")
    with pytest.raises(RecordMissingError):
        export_mou(sample, 999, folder / "mou.docx")
    assert not list(folder.iterdir())
    assert request_mou(sample, 2) is None

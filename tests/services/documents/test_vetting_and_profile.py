"""The vetting summary, the questions to ask and a partner profile, written from an id."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from partnerdesk.services.documents.profile import export_profile
from partnerdesk.services.documents.vetting import (
    export_questions,
    export_vetting,
    request_title,
)
from partnerdesk.services.errors import ExportFormatError, RecordMissingError
from partnerdesk.services.profiles.answers import our_organization_id
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


def test_each_vetting_document_is_written_from_the_request(sample: Database, folder: Path) -> None:
    title = request_title(sample, 1)
    summary = export_vetting(sample, 1, folder / "summary.docx", TODAY)
    questions = export_questions(sample, 1, folder / "questions.docx", TODAY)
    assert (summary.subject, questions.subject) == (title, title)
    first = docx.Document(str(summary.path)).paragraphs[0].text
    assert first == f"Vetting summary: {title}"
    assert docx.Document(str(questions.path)).paragraphs[0].text == f"Questions to ask: {title}"
    assert sorted(path.name for path in folder.iterdir()) == ["questions.docx", "summary.docx"]


def test_a_profile_is_written_from_the_organization(sample: Database, folder: Path) -> None:
    with sample.session() as session:
        ours = our_organization_id(session)
    assert ours is not None
    written = export_profile(sample, ours, folder / "profile.docx", TODAY)
    assert written.subject == "Eastside Community Food Collective"
    first = docx.Document(str(written.path)).paragraphs[0].text
    assert first == "Partner profile: Eastside Community Food Collective"


def test_other_formats_and_missing_records_write_nothing(sample: Database, folder: Path) -> None:
    for export in (export_vetting, export_questions, export_profile):
        with pytest.raises(ExportFormatError):
            export(sample, 1, folder / "document.pdf")
        with pytest.raises(RecordMissingError):
            export(sample, 999, folder / "document.docx")
    assert not list(folder.iterdir())

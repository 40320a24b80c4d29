"""The vetting summary and meeting questions, read back as Word files (and by LibreOffice)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import docx.document
import pytest
from sqlalchemy import update

from partnerdesk.core.choices import Decision, Rating, rating_shown
from partnerdesk.exports.vetting_docx import write_meeting_questions, write_vetting_summary
from partnerdesk.exports.word import REPLACEMENT, word_safe
from partnerdesk.services.documents.vetting import vetting_report
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.decisions import DecisionForm, record_decision
from partnerdesk.services.vetting.questions import AnswerForm, save_answer
from partnerdesk.store.database import Database
from partnerdesk.store.models import VettingAnswer
from tests.exports.word_readers import all_text, libreoffice_text

TODAY = date(2026, 11, 23)
REQUEST = 1  # the sample's request being vetted


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def test_summary_holds_every_question_answer_flag_capacity_and_decision(
    sample: Database, tmp_path: Path
) -> None:
    record_decision(
        sample,
        REQUEST,
        DecisionForm(
            Decision.PROCEED_WITH_CONDITIONS,
            "The need is real & neighbors asked for it",
            "Paid staff time <at least 10 h/week>",
            TODAY,
        ),
        decided_by="Marisol Ortega",
    )
    with sample.session() as session:
        report = vetting_report(session, REQUEST, TODAY)
    target = tmp_path / "summary.docx"
    write_vetting_summary(report, target)
    text = all_text(target)
    assert "Vetting summary: Community health worker referrals" in text
    for lines in report.overview.questions.values():
        for line in lines:
            assert line.text in text
            if line.answer and line.answer.their_answer:
                assert line.answer.their_answer in text
                assert line.answer.our_evidence in text
                assert rating_shown(line.answer.rating, answered=line.answer.given) in text
    assert text.count("Not asked yet.") == sum(
        1 for lines in report.overview.questions.values() for line in lines if not line.answer
    )
    for flag in report.overview.flags:
        assert flag.title in text and flag.explanation in text
    for item in report.overview.readiness:
        assert item.title in text
    assert "Lived experience" in text and "Has: Volunteers and board members" in text
    assert "Needed but nobody has it yet" in text
    assert "Proceed with conditions" in text
    assert "The need is real & neighbors asked for it" in text
    assert "Paid staff time <at least 10 h/week>" in text
    assert "Funding ends" in text and "20 Aug 2027" in text
    assert "Page" in text  # the footer's page numbers


# Stores raw NUL characters, which PostgreSQL text refuses; the services never save them.
@pytest.mark.sqlite_only
def test_control_characters_and_odd_unicode_still_export_visibly(
    sample: Database, tmp_path: Path
) -> None:
    odd = "Bell\x07 here, NUL\x00 there, RTL \u202eevil\u202c, emoji 🍎, e\u0301, nonchar \uffff"
    save_answer(sample, REQUEST, "data.ownership", AnswerForm("placeholder"))
    with sample.session() as session:
        # Stored text is cleaned on save; older or imported data may not be, so go around it.
        session.execute(
            update(VettingAnswer)
            .where(VettingAnswer.their_answer == "placeholder")
            .values(their_answer=odd, rating=Rating.WEAK)
        )
        report = vetting_report(session, REQUEST, TODAY)
    target = tmp_path / "odd.docx"
    write_vetting_summary(report, target)
    text = all_text(target)
    assert word_safe(odd) in text
    assert f"Bell{REPLACEMENT} here, NUL{REPLACEMENT} there" in text
    assert "🍎" in text and "\u202eevil" in text


def test_meeting_questions_list_only_what_is_unanswered_with_room_for_notes(
    sample: Database, tmp_path: Path
) -> None:
    with sample.session() as session:
        report = vetting_report(session, REQUEST, TODAY)
    target = tmp_path / "questions.docx"
    write_meeting_questions(report, target)
    document = docx.Document(str(target))
    text = all_text(target)
    lines = [line for lines in report.overview.questions.values() for line in lines]
    open_lines = [line for line in lines if not (line.answer and line.answer.their_answer)]
    assert open_lines and len(open_lines) < len(lines)
    # Numbered in the text (issue 18: "15.How…" ran together under Word's list numbering).
    numbered = [p.text for p in document.paragraphs if re.match(r"\d+\.\t", p.text)]
    assert numbered == [f"{n}.\t{line.text}" for n, line in enumerate(open_lines, start=1)]
    numbered = [text.split("\t", 1)[1] for text in numbered]
    for line in lines:
        if line not in open_lines:
            assert line.text not in numbered
    assert len(document.tables) == len(open_lines)  # one notes box per question
    assert "Meeting with Riverbend Health System on:" in text
    assert f"{len(open_lines)} questions are not answered yet" in text


def test_a_failed_export_leaves_the_previous_file_untouched(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "summary.docx"
    target.write_bytes(b"the user's previous export")
    with sample.session() as session:
        report = vetting_report(session, REQUEST, TODAY)

    def disk_full(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_vetting_summary(report, target)
    assert target.read_bytes() == b"the user's previous export"
    assert [p.name for p in folder.iterdir()] == ["summary.docx"]


@pytest.mark.parametrize("writer", [write_vetting_summary, write_meeting_questions])
def test_libreoffice_opens_the_document_and_finds_its_text(
    writer: object, sample: Database, tmp_path: Path
) -> None:
    with sample.session() as session:
        report = vetting_report(session, REQUEST, TODAY)
    source = tmp_path / "export.docx"
    writer(report, source)  # type: ignore[operator]
    text = libreoffice_text(source, tmp_path)
    assert report.overview.title in text
    assert "Riverbend Health System" in text

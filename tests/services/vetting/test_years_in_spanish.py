"""The hard question's "(X) años" (issue 21): filled with the years on record, or asked
plainly without a number when the record does not say, wherever the Spanish bank's
questions are shown or exported, as the English "(X) years" is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from partnerdesk.core.forms import QuestionChoice
from partnerdesk.core.question_bank import load_question_bank
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.forms import export_question_form
from partnerdesk.services.documents.vetting import export_questions, export_vetting
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.form_answers import read_returned_form
from partnerdesk.services.vetting.overview import request_answers
from partnerdesk.services.vetting.shortlist import read_shortlist
from partnerdesk.store.models import PartnershipRequest
from tests.services.forms import form_editing

TODAY = date(2026, 12, 4)
SURVEY = 2  # the sample's request whose "why now" question is not answered yet
WHY_NOW = "hard.why-now"


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _with_years(database: Database, years: int | None) -> None:
    with database.session() as session:
        request = session.get(PartnershipRequest, SURVEY)
        assert request is not None and request.organization is not None
        request.organization.years_active_in_community = years


@pytest.mark.parametrize(
    ("years", "asked"),
    [
        (12, "si su organización existe desde hace 12 años?"),
        (1, "si su organización existe desde hace 1 año?"),
        # Not on record: asked plainly, without a number, as in English.
        (None, "si su organización existe desde hace años?"),
    ],
)
def test_the_spanish_why_now_question_is_worded_for_them_everywhere(
    sample: Database, tmp_path: Path, years: int | None, asked: str
) -> None:
    _with_years(sample, years)
    screen = request_answers(sample, SURVEY, TODAY, language="es")
    shortlist = read_shortlist(sample, SURVEY, "es")
    form = export_question_form(
        sample, SURVEY, tmp_path / "formulario.docx", QuestionChoice.HARD, TODAY, language="es"
    )
    shown = {
        "the vetting screen": "\n".join(
            line.text for lines in screen.questions.values() for line in lines
        ),
        "Questions for the form": "\n".join(
            q.text for topic in shortlist.topics for q in topic.questions
        ),
        "the vetting summary": _text(
            export_vetting(sample, SURVEY, tmp_path / "resumen.docx", TODAY, "es").path
        ),
        "the questions to ask": _text(
            export_questions(sample, SURVEY, tmp_path / "preguntas.docx", TODAY, "es").path
        ),
        "the question form": _text(form.path),
    }
    for place, text in shown.items():
        assert asked in text, place
        assert "(X)" not in text, place
    spanish_topic = load_question_bank(language="es").category("hard")
    assert spanish_topic is not None
    assert spanish_topic.title in [topic.title for topic in shortlist.topics]

    # Their answer, typed into the form, comes back under that question.
    number = next(q.number for t in shortlist.topics for q in t.questions if q.key == WHY_NOW)
    form_editing.answer(form.path, {number: "Nuestra nueva directora quiere escucharles."})
    reading = read_returned_form(sample, SURVEY, form.path)
    assert not reading.unmatched, reading.unmatched
    [answer] = [a for a in reading.answers if a.key == WHY_NOW]
    assert asked in answer.question


def test_the_questions_for_the_form_stay_english_for_an_english_window(sample: Database) -> None:
    shortlist = read_shortlist(sample, SURVEY)
    texts = [q.text for topic in shortlist.topics for q in topic.questions]
    assert any("has been around for 12 years?" in text for text in texts)
    assert not any("años" in text for text in texts)

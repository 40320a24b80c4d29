"""The question form: a shortlist goes out on our letterhead, comes back edited the way
people edit forms, and lands in "Their answer" with nothing retyped (issue 18)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from partnerdesk.core.choices import Rating
from partnerdesk.core.forms import AnswerStatus, QuestionChoice
from partnerdesk.services.changes import Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.forms import export_question_form
from partnerdesk.services.documents.vetting import export_questions
from partnerdesk.services.errors import (
    InvalidInputError,
    RecordMissingError,
    UnreadableFileError,
)
from partnerdesk.services.sample_data.loading import add_sample_data
from partnerdesk.services.vetting.form_answers import read_returned_form, take_answers
from partnerdesk.services.vetting.shortlist import read_shortlist, save_shortlist
from partnerdesk.store.models import VettingAnswer, VettingQuestion
from tests.exports.word_readers import all_text, libreoffice_convert
from tests.services.forms import form_editing

HARD = ["hard.why-now", "hard.funding-runs-out", "hard.values-statement"]


@pytest.fixture
def riverbend(database: Database) -> int:
    """The sample's request being vetted: some hard questions answered, with our evidence."""
    add_sample_data(database)
    shortlist = read_shortlist(database, 1)
    assert "Riverbend" in shortlist.title or shortlist.title
    return 1


def numbers(database: Database, request_id: int) -> dict[str, int]:
    shortlist = read_shortlist(database, request_id)
    return {q.key: q.number for topic in shortlist.topics for q in topic.questions}


def stored(database: Database, request_id: int) -> dict[str, tuple[str, str, Rating]]:
    with database.session() as session:
        rows = session.execute(
            select(
                VettingQuestion.key,
                VettingAnswer.their_answer,
                VettingAnswer.our_evidence,
                VettingAnswer.rating,
            )
            .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
            .where(VettingAnswer.request_id == request_id)
        )
        return {key: (theirs, evidence, rating) for key, theirs, evidence, rating in rows}


def test_the_shortlist_starts_with_the_hard_questions_and_keeps_what_is_picked(
    database: Database, riverbend: int
) -> None:
    first = read_shortlist(database, riverbend)
    assert not first.picked
    assert first.chosen() == HARD
    picked = [*HARD[:2], "data.ownership", "trust.01"]
    changes = save_shortlist(database, riverbend, picked)
    assert changes.names(Detail.ANSWERS)
    again = read_shortlist(database, riverbend)
    assert again.picked
    assert sorted(again.chosen()) == sorted(picked)
    assert not save_shortlist(database, riverbend, picked)  # the same: nothing changed
    with pytest.raises(InvalidInputError):
        save_shortlist(database, riverbend, [])
    with pytest.raises(RecordMissingError):
        read_shortlist(database, 999)


def test_the_form_holds_questions_and_room_to_answer_nothing_internal(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    save_shortlist(database, riverbend, [*HARD, "data.ownership"])
    target = tmp_path / "form.docx"
    written = export_question_form(database, riverbend, target)
    assert written.questions == 4
    text = all_text(target)
    assert "Your answer" in text and "Please keep the numbers" in text
    before = stored(database, riverbend)
    for _theirs, evidence, _rating in before.values():
        assert evidence[:40] not in text  # our evidence never leaves
    for rating in ("Weak", "Concern", "Strong"):
        assert rating not in text
    # The coaching notes (each question's help) stay inside too.
    with database.session() as session:
        help_texts = session.scalars(
            select(VettingQuestion.help_text).where(VettingQuestion.key.in_(HARD))
        ).all()
    assert all(help_text[:40] not in text for help_text in help_texts if help_text)
    document = docx.Document(str(target))
    tables = form_editing.form_tables(document)
    assert [len(table.rows) - 1 for table in tables] == [3, 1]
    assert [cell.text for cell in tables[0].rows[0].cells] == ["No.", "Question", "Your answer"]
    # The topics are worded for the requester, not as our own checklist.
    assert "The hard questions" not in text and "Timing, funding and values" in text
    # Every question, answered yet or not, or only those still open.
    every = export_question_form(database, riverbend, target, QuestionChoice.ALL)
    still_open = export_question_form(database, riverbend, target, QuestionChoice.OPEN)
    assert every.questions > still_open.questions > 0


def test_the_form_is_written_on_our_letterhead(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Eastside Community Food Collective"
    letterhead.save(str(database.location.data_dir / "letterhead.docx"))
    target = tmp_path / "form.docx"
    assert export_question_form(database, riverbend, target).letterhead_warning == ""
    header = docx.Document(str(target)).sections[0].header
    assert "Eastside Community Food Collective" in header.paragraphs[0].text


def test_answers_come_back_edited_as_people_edit_forms(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    save_shortlist(database, riverbend, [*HARD, "data.ownership", "data.what-shared"])
    number = numbers(database, riverbend)
    target = tmp_path / "form.docx"
    export_question_form(database, riverbend, target)
    before = stored(database, riverbend)
    form_editing.answer(
        target,
        {
            number["hard.why-now"]: before["hard.why-now"][0],  # the same as ours
            number["hard.funding-runs-out"]: "The board approved two more years.",
            number["hard.values-statement"]: "Yes: equity, respect.",
            number["data.ownership"]: "The community owns it.",
        },
    )
    document = docx.Document(str(target))
    form_editing.add_row_below(document, number["hard.values-statement"], "It is on our website.")
    form_editing.reword(
        document,
        number["data.ownership"],
        "Who would own the data collected?",
        drop_number=False,
    )
    form_editing.delete_row(document, number["data.what-shared"])
    form_editing.merge_all_tables(document)
    form_editing.type_beside(document, "Call Ana Lima with any questions.")
    document.save(str(target))

    reading = read_returned_form(database, riverbend, target)
    assert stored(database, riverbend) == before  # a look changes nothing
    by_key = {answer.key: answer for answer in reading.answers}
    assert by_key["hard.why-now"].status is AnswerStatus.SAME
    assert by_key["hard.funding-runs-out"].status is AnswerStatus.CHANGED
    assert by_key["hard.values-statement"].theirs == "Yes: equity, respect.\nIt is on our website."
    assert by_key["data.ownership"].status is AnswerStatus.NEW
    assert [row.text for row in reading.unmatched] == ["Call Ana Lima with any questions."]
    assert reading.summary() == "5 answers read: 2 new, 1 changed, 1 unmatched"

    # Keep ours for the changed one: only the new answers are written.
    changes = take_answers(database, riverbend, reading.to_write(take_theirs=set()))
    assert changes.names(Detail.ANSWERS)
    after = stored(database, riverbend)
    assert after["hard.funding-runs-out"] == before["hard.funding-runs-out"]
    assert after["data.ownership"] == ("The community owns it.", "", Rating.NOT_ASKED)
    # Take theirs: "Their answer" changes, our evidence and rating stay.
    take_answers(database, riverbend, reading.to_write())
    theirs, evidence, rating = stored(database, riverbend)["hard.funding-runs-out"]
    assert theirs == "The board approved two more years."
    assert (evidence, rating) == before["hard.funding-runs-out"][1:]


def test_an_answer_changed_after_the_form_was_read_is_not_overwritten(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    number = numbers(database, riverbend)
    target = tmp_path / "form.docx"
    export_question_form(database, riverbend, target, QuestionChoice.HARD)
    form_editing.answer(target, {number["hard.why-now"]: "Our board asked us."})
    reading = read_returned_form(database, riverbend, target)
    seen = {answer.key: answer.ours for answer in reading.answers}
    take_answers(database, riverbend, {"hard.why-now": "Typed on the vetting screen."})
    with pytest.raises(InvalidInputError, match="read the form again"):
        take_answers(database, riverbend, reading.to_write(), seen)
    assert stored(database, riverbend)["hard.why-now"][0] == "Typed on the vetting screen."


def test_tracked_changes_not_accepted_yet_read_as_accepted(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    number = numbers(database, riverbend)
    target = tmp_path / "form.docx"
    export_question_form(database, riverbend, target, QuestionChoice.HARD)
    form_editing.answer(
        target, {number["hard.why-now"]: "We ", number["hard.values-statement"]: "x"}
    )
    document = docx.Document(str(target))
    form_editing.tracked_answer(document, number["hard.why-now"], "asked our board.", "never")
    form_editing.tracked_row_deletion(document, number["hard.values-statement"])
    document.save(str(target))
    reading = read_returned_form(database, riverbend, target)
    assert [(a.key, a.theirs) for a in reading.answers] == [("hard.why-now", "We asked our board.")]


def test_a_form_saved_by_libreoffice_reads_back_the_same(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    number = numbers(database, riverbend)
    edited = tmp_path / "edited" / "form.docx"
    edited.parent.mkdir()
    export_question_form(database, riverbend, edited, QuestionChoice.HARD)
    form_editing.answer(
        edited,
        {
            number["hard.values-statement"]: "Yes.\nWe review it every year.",
            number["hard.funding-runs-out"]: "The board approved two more years.",
        },
    )
    saved = libreoffice_convert(edited, tmp_path, "docx:MS Word 2007 XML", "docx")
    reading = read_returned_form(database, riverbend, saved)
    assert {a.key: a.theirs for a in reading.answers} == {
        "hard.values-statement": "Yes.\nWe review it every year.",
        "hard.funding-runs-out": "The board approved two more years.",
    }
    assert reading.unmatched == ()


def test_files_that_are_not_forms_are_refused_plainly(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    text = tmp_path / "answers.docx"
    text.write_text("not a Word file", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="is not a Word document"):
        read_returned_form(database, riverbend, text)
    empty_zip = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty_zip, "w") as package:
        package.writestr("hello.txt", "hi")
    with pytest.raises(InvalidInputError, match="no document text"):
        read_returned_form(database, riverbend, empty_zip)
    with pytest.raises(InvalidInputError, match="There is no file"):
        read_returned_form(database, riverbend, tmp_path / "missing.docx")
    other = tmp_path / "letter.docx"
    letter = docx.Document()
    letter.add_paragraph("Dear Eastside, thank you.")
    letter.save(str(other))
    # A Word document with no form table in it is not a form (issue 18): said so, rather
    # than "0 answers read".
    with pytest.raises(UnreadableFileError, match="not one of our forms"):
        read_returned_form(database, riverbend, other)


def test_the_questions_to_ask_follow_the_shortlist(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    save_shortlist(database, riverbend, ["data.ownership", "hard.values-statement"])
    target = tmp_path / "questions.docx"
    export_questions(database, riverbend, target)
    text = all_text(target)
    with database.session() as session:
        texts = dict(session.execute(select(VettingQuestion.key, VettingQuestion.text)).all())
    assert texts["data.ownership"].split()[0] in text
    assert texts["trust.01"] not in text  # open, but not on the shortlist
    assert texts["alignment.key-leaders"] not in text


def test_text_typed_above_the_first_table_is_shown_not_dropped(
    database: Database, riverbend: int, tmp_path: Path
) -> None:
    number = numbers(database, riverbend)
    target = tmp_path / "form.docx"
    export_question_form(database, riverbend, target, QuestionChoice.HARD)
    form_editing.answer(target, {number["hard.why-now"]: "Our board asked us."})
    document = docx.Document(str(target))
    # A note at the very top, and one between the introduction and the first topic.
    document.paragraphs[0].insert_paragraph_before("Ana will call on Monday.")
    topic = next(p for p in document.paragraphs if p.text == "Timing, funding and values")
    topic.insert_paragraph_before("Question 2 is for our director.")
    document.save(str(target))
    reading = read_returned_form(database, riverbend, target)
    assert [a.key for a in reading.answers] == ["hard.why-now"]
    # The form's own title, "prepared by" line and introduction are not listed.
    assert [(u.where, u.text, u.reason) for u in reading.unmatched] == [
        ("before table 1", "Ana will call on Monday.", "it is written outside the tables"),
        ("before table 1", "Question 2 is for our director.", "it is written outside the tables"),
    ]

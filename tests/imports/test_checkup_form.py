"""Reading back the check-up form the partner filled in, as people and programs return it.

The form is written by the real export, then filled in with python-docx the way a person
types (into the Rating and Comments cells, text in several runs, comments over several
paragraphs), moved about, saved, and read back.
"""

from __future__ import annotations

import copy
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.core.checkup_form import read_rating
from partnerdesk.core.checkups import (
    CheckupDomain,
    CheckupStatement,
    CheckupStatements,
    StatementRating,
    shipped_statements,
)
from partnerdesk.exports.checkup_form_docx import write_checkup_form
from partnerdesk.imports.checkup_form import (
    CheckupFormReading,
    UnreadableFormError,
    read_checkup_form,
)
from tests.exports.word_readers import libreoffice_convert

STATEMENTS = shipped_statements()
EVERY = [item for domain in STATEMENTS.domains for item in domain.statements]


def blank_form(folder: Path) -> Path:
    target = folder / "Check-up form.docx"
    write_checkup_form(
        target,
        STATEMENTS,
        our_name="Riverside Neighbors Alliance",
        their_name="Lakeview General Hospital",
        partnership_title="Diabetes prevention walks",
        held_on=date(2026, 12, 10),
    )
    return target


def _type(cell: docx.table._Cell, text: str) -> None:
    """Type ``text`` into a cell as Word keeps it: a run every few characters, a new
    paragraph at each line break."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        for start in range(0, len(line), 3):
            paragraph.add_run(line[start : start + 3])


def _rows_by_statement(
    document: docx.document.Document, statements: CheckupStatements
) -> dict[str, docx.table._Row]:
    by_text = {item.text: item.id for domain in statements.domains for item in domain.statements}
    return {
        by_text[row.cells[0].text]: row
        for grid in document.tables
        for row in grid.rows
        if row.cells[0].text in by_text
    }


def fill(
    form: Path,
    answers: dict[str, tuple[str, str]],
    target: Path,
    statements: CheckupStatements = STATEMENTS,
) -> Path:
    """``answers`` {statement id: (rating, comment)} typed into ``form``, whose statements
    are worded as ``statements`` word them (the Spanish form: ``SPANISH``)."""
    document = docx.Document(str(form))
    rows = _rows_by_statement(document, statements)
    for statement_id, (rating, comment) in answers.items():
        _type(rows[statement_id].cells[1], rating)
        _type(rows[statement_id].cells[2], comment)
    document.save(str(target))
    return target


# What people type, and what it is read as: (typed, score, comment kept from the cell).
TYPED = [
    ("4", 4, ""),
    (" 4 ", 4, ""),
    ("4.", 4, ""),
    ("4/5", 4, ""),
    ("4 out of 5", 4, ""),
    ("4 - Agree", 4, ""),
    ("four", 4, ""),
    ("IV", 4, ""),
    ("Agree", 4, ""),
    ("STRONGLY AGREE", 5, ""),
    ("disagree", 2, ""),
    ("Strongly disagree", 1, ""),
    ("Neutral", 3, ""),
    ("Somewhat", 3, ""),
    ("Mostly", 4, ""),
    ("Fully!", 5, ""),
    ("not at all", 1, ""),
    ("A little", 2, ""),
    ("“Agree”", 4, ""),
    ("'5'", 5, ""),
    ("De acuerdo", 4, ""),
    ("Totalmente de acuerdo", 5, ""),
    ("En desacuerdo", 2, ""),
    ("Más o menos", 3, ""),
    ("cinco", 5, ""),
    ("4 we meet every month", 4, "we meet every month"),
    ("2 - Disagree, calls go unanswered", 2, "calls go unanswered"),
    ("5 (they always follow up)", 5, "they always follow up"),
    ("Mostly, but reports come late", 4, "but reports come late"),
    ("3\nWe have only met twice", 3, "We have only met twice"),
    # Words that only restate the rating are no comment; anything more still is.
    ("Partly agree", 3, ""),
    ("Partly, agree.", 3, ""),
    ("Mostly agree", 4, ""),
    ("Largely - agree", 4, ""),
    ("4 – we meet weekly", 4, "we meet weekly"),
    ("Partly: we meet weekly", 3, "we meet weekly"),
]
NOT_RATED = ["", "N/A", "n/a", "?", "don't know", "Don’t know", "No sé", "-"]
REFUSED = ["maybe", "X", "yes", "10", "0", "8/10", "I think so", "good"]


@pytest.mark.parametrize(("typed", "score", "comment"), TYPED)
def test_what_people_type_in_the_rating_cell(typed: str, score: int, comment: str) -> None:
    read = read_rating(typed)
    assert (read.score, read.problem) == (score, "")
    assert " ".join(read.comment.split()) == comment


@pytest.mark.parametrize("typed", NOT_RATED)
def test_not_knowing_is_no_rating_and_no_problem(typed: str) -> None:
    assert read_rating(typed) == read_rating("")
    assert read_rating(typed).score is None and not read_rating(typed).problem


@pytest.mark.parametrize("typed", REFUSED)
def test_what_is_no_rating_says_so(typed: str) -> None:
    read = read_rating(typed)
    assert read.score is None and read.problem.startswith("“")


@pytest.mark.parametrize(("typed", "score"), [("3.5", 4), ("3,5", 4), ("3-4", 4), ("1.2", 1)])
def test_between_two_ratings_is_rounded_and_said(typed: str, score: int) -> None:
    read = read_rating(typed)
    assert read.score == score
    assert f"read as {score}" in read.problem and "rounded" in read.problem


def _answers() -> dict[str, tuple[str, str]]:
    """An answer for every statement: the forgiving cases, a problem, blanks, N/A."""
    answers: dict[str, tuple[str, str]] = {}
    for item, (typed, _score, _comment) in zip(EVERY, TYPED, strict=False):
        answers[item.id] = (typed, "")
    answers["purpose.goals"] = ("5", "We wrote the goals together.\nAnd we revisit them.")
    answers["trust.promises"] = ("maybe", "Depends who you ask")
    answers["trust.knowledge"] = ("3.5", "")
    answers[EVERY[-1].id] = ("N/A", "Too early to say")
    answers[EVERY[-2].id] = ("", "")
    return answers


def _expected(answers: dict[str, tuple[str, str]]) -> dict[str, int | None]:
    expected: dict[str, int | None] = {}
    for statement_id, (typed, _comment) in answers.items():
        expected[statement_id] = read_rating(typed).score
    return expected


def _scores(reading: CheckupFormReading) -> dict[str, int | None]:
    return {rating.statement_id: rating.score for rating in reading.ratings}


def test_a_form_filled_in_as_a_person_does_reads_back(tmp_path: Path) -> None:
    answers = _answers()
    filled = fill(blank_form(tmp_path), answers, tmp_path / "filled.docx")
    reading = read_checkup_form(filled, STATEMENTS)
    scores = _scores(reading)
    rated = {key: score for key, score in _expected(answers).items() if score is not None}
    assert {key: score for key, score in scores.items() if score is not None} == rated
    comments = {rating.statement_id: rating.comment for rating in reading.ratings}
    assert comments["purpose.goals"] == "We wrote the goals together.\nAnd we revisit them."
    assert comments["trust.promises"] == "Depends who you ask"  # kept, though unrated
    assert comments[EVERY[-1].id] == "Too early to say"
    assert [str(problem) for problem in reading.problems] == [
        "Trust and respect, row 2 (“Each side does what it says…”): "
        "“maybe” is not a rating from 1 to 5",
        "Trust and respect, row 3 (“The community organization's…”): “3.5” is between two "
        "ratings; it was read as 4 (ratings are whole numbers, halves are rounded up): "
        "check it with them",
    ]
    assert [item.id for item in reading.not_rated] == [EVERY[-2].id, EVERY[-1].id]
    assert reading.notes == []
    assert reading.summary() == "21 statements rated, 2 not rated, 2 problems"


def _move_about(document: docx.document.Document) -> None:
    """Rows sorted, tables swapped, a row deleted, a table split, its heading repeated,
    blank rows added, a comment continued in a row of its own."""
    body = document.element.body
    tables = list(document.tables)
    elements: list[Any] = [grid._tbl for grid in tables]
    # Rows of the first table in reverse order (a sort by Word's Table → Sort).
    first = elements[0]
    rows = first.findall(qn("w:tr"))
    for row in rows[1:]:
        first.remove(row)
    for row in reversed(rows[1:]):
        first.append(row)
    # The second and third domains swapped, headings and all.
    second_heading = elements[1].getprevious()
    third_heading, third = elements[2].getprevious(), elements[2]
    second_heading.addprevious(third_heading)
    second_heading.addprevious(third)
    # A row deleted from the fourth table.
    fourth = elements[3]
    fourth.remove(fourth.findall(qn("w:tr"))[2])
    # The fifth table split in two, the second part without a heading row, a paragraph
    # typed between them, and the heading row repeated at the end of the first part.
    fifth = elements[4]
    fifth_rows = fifth.findall(qn("w:tr"))
    second_part = copy.deepcopy(fifth)
    for row in second_part.findall(qn("w:tr")):
        second_part.remove(row)
    for row in fifth_rows[2:]:
        second_part.append(row)
    fifth.append(copy.deepcopy(fifth_rows[0]))
    fifth.addnext(second_part)
    note = document.add_paragraph("We should talk about data soon.")._p
    fifth.addnext(note)
    # Blank rows added at the end of the sixth table, one with more comment in it.
    sixth = document.tables[-3]
    sixth.add_row()
    continued = sixth.add_row()
    _type(continued.cells[2], "More on this: the budget is unclear.")
    sixth.add_row()
    assert body is document.element.body


def test_rows_sorted_tables_moved_split_and_a_row_deleted_still_read_right(
    tmp_path: Path,
) -> None:
    answers = {item.id: (str(1 + position % 5), "") for position, item in enumerate(EVERY)}
    filled = fill(blank_form(tmp_path), answers, tmp_path / "filled.docx")
    document = docx.Document(str(filled))
    deleted = document.tables[3].rows[2].cells[0].text
    _move_about(document)
    document.save(str(tmp_path / "moved.docx"))
    reading = read_checkup_form(tmp_path / "moved.docx", STATEMENTS)
    deleted_id = next(item.id for item in EVERY if item.text == deleted)
    expected = {key: int(typed) for key, (typed, _) in answers.items() if key != deleted_id}
    assert _scores(reading) == expected
    assert reading.problems == []
    assert [item.id for item in reading.not_rated] == [deleted_id]
    assert reading.notes == ["We should talk about data soon."]
    sixth_last = STATEMENTS.domains[5].statements[-1].id
    comments = {rating.statement_id: rating.comment for rating in reading.ratings}
    assert comments[sixth_last] == "More on this: the budget is unclear."


def test_pasted_into_a_new_document_without_its_marks_is_read_by_wording(
    tmp_path: Path,
) -> None:
    answers = {item.id: ("Agree", f"Comment {n}") for n, item in enumerate(EVERY)}
    filled = docx.Document(str(fill(blank_form(tmp_path), answers, tmp_path / "f.docx")))
    pasted = docx.Document()
    for element in list(filled.element.body):
        if element.tag != qn("w:sectPr"):
            pasted.element.body.sectPr.addprevious(copy.deepcopy(element))
    for mark in pasted.element.body.xpath(".//w:bookmarkStart | .//w:bookmarkEnd"):
        mark.getparent().remove(mark)
    # A statement retyped with a slip of the keyboard still reads like ours.
    pasted.tables[0].rows[1].cells[0].paragraphs[0].runs[
        0
    ].text = "We agree on what this partnershp is trying to achieve"
    pasted.save(str(tmp_path / "pasted.docx"))
    reading = read_checkup_form(tmp_path / "pasted.docx", STATEMENTS)
    assert _scores(reading) == {item.id: 4 for item in EVERY}
    assert reading.problems == []


def test_a_form_for_other_statements_is_read_with_warnings_not_wrong_matches(
    tmp_path: Path,
) -> None:
    answers = {item.id: ("5", "") for item in EVERY}
    filled = fill(blank_form(tmp_path), answers, tmp_path / "filled.docx")
    other = CheckupStatements(
        1,
        (
            CheckupDomain(
                "meetings",
                "Meetings",
                (
                    CheckupStatement("meetings.start", "meetings", "Meetings start on time."),
                    CheckupStatement("meetings.food", "meetings", "There is food for all."),
                ),
            ),
        ),
    )
    reading = read_checkup_form(filled, other)
    assert reading.ratings == []
    assert len(reading.problems) == len(EVERY)
    assert all("no statement of this check-up reads like it" in p.what for p in reading.problems)
    assert reading.problems[0].where.startswith("Table 1, row 2 (“We agree on what")
    # Same ids, reworded since the form was sent: the hidden marks still tie them.
    reworded = CheckupStatements(
        1,
        tuple(
            CheckupDomain(
                domain.id,
                domain.title,
                tuple(
                    CheckupStatement(item.id, item.domain_id, f"Reworded: {item.id}")
                    for item in domain.statements
                ),
            )
            for domain in STATEMENTS.domains
        ),
    )
    assert _scores(read_checkup_form(filled, reworded)) == {item.id: 5 for item in EVERY}


def test_words_typed_after_the_statement_in_its_cell_join_the_comment(tmp_path: Path) -> None:
    filled = fill(blank_form(tmp_path), {"purpose.fit": ("3", "Partly.")}, tmp_path / "f.docx")
    document = docx.Document(str(filled))
    document.tables[0].rows[3].cells[0].add_paragraph("Not for our food pantry.")
    document.save(str(tmp_path / "typed.docx"))
    reading = read_checkup_form(tmp_path / "typed.docx", STATEMENTS)
    assert reading.ratings == [
        StatementRating("purpose.fit", 3, "Not for our food pantry.\nPartly.")
    ]


def test_a_statement_answered_twice_keeps_the_first(tmp_path: Path) -> None:
    filled = fill(blank_form(tmp_path), {"purpose.goals": ("4", "")}, tmp_path / "f.docx")
    document = docx.Document(str(filled))
    grid = document.tables[0]
    duplicate = copy.deepcopy(grid.rows[1]._tr)
    table_element: Any = grid._tbl
    table_element.append(duplicate)
    document.tables[0].rows[-1].cells[1].paragraphs[0].runs[0].text = "2"
    document.save(str(tmp_path / "twice.docx"))
    reading = read_checkup_form(tmp_path / "twice.docx", STATEMENTS)
    assert _scores(reading) == {"purpose.goals": 4}
    assert [str(p) for p in reading.problems] == [
        "Shared purpose, row 5 (“We agree on what this…”): this statement is answered "
        "already in Shared purpose, row 2; only that answer was read"
    ]


def test_a_form_opened_and_saved_by_libreoffice_reads_back_intact(tmp_path: Path) -> None:
    answers = _answers()
    filled = fill(blank_form(tmp_path), answers, tmp_path / "filled.docx")
    saved = libreoffice_convert(filled, tmp_path / "libreoffice", "docx:MS Word 2007 XML", "docx")
    assert read_checkup_form(saved, STATEMENTS) == read_checkup_form(filled, STATEMENTS)


# Refused plainly -----------------------------------------------------------------------
def _refusal(path: Path) -> str:
    with pytest.raises(UnreadableFormError) as refused:
        read_checkup_form(path, STATEMENTS)
    message = str(refused.value)
    assert path.name in message and "Traceback" not in message
    return message


def test_files_that_are_no_check_up_form_are_refused_plainly(tmp_path: Path) -> None:
    text = tmp_path / "answers.docx"
    text.write_text("Agree to everything", encoding="utf-8")
    assert "is not a Word document (.docx)" in _refusal(text)
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(blank_form(tmp_path).read_bytes()[:3000])
    assert "Word document" in _refusal(damaged) or "damaged" in _refusal(damaged)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("word/document.xml", "<w:document><w:body><w:p>")
    assert "may be damaged" in _refusal(broken)
    mou = docx.Document()
    mou.add_heading("Memorandum of understanding", 0)
    roles = mou.add_table(rows=2, cols=3)
    for cell, text_ in zip(roles.rows[0].cells, ("What", "Who", "By when"), strict=True):
        cell.text = text_
    mou.save(str(tmp_path / "MOU.docx"))
    assert "is not a PartnerDesk check-up form" in _refusal(tmp_path / "MOU.docx")
    assert "There is no file" in _refusal(tmp_path / "missing.docx")


# Properties ------------------------------------------------------------------------------
TRICKY = ["4", "Agree", "N/A", "3.5", "/", "out of", "de", "IV", "\u202e", "🍎", "\x00", "ﬁ"]
cell_text = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(TRICKY)), max_size=4).map(
    " ".join
)


@settings(max_examples=400, deadline=None)
@given(cell_text)
def test_any_rating_cell_is_a_rating_no_rating_or_a_problem(typed: str) -> None:
    read = read_rating(typed)
    assert read.score is None or 1 <= read.score <= 5
    if read.score is None and read.problem:
        assert read.problem.startswith("“")


@pytest.fixture(scope="module")
def one_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return blank_form(tmp_path_factory.mktemp("checkup-form"))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cell_text, cell_text)
def test_any_text_typed_in_the_form_is_reported_never_raised(
    one_form: Path, tmp_path: Path, rating: str, comment: str
) -> None:
    statement = EVERY[4]
    target = tmp_path / "random.docx"
    document = docx.Document(str(one_form))
    row = _rows_by_statement(document, STATEMENTS)[statement.id]
    row.cells[1].paragraphs[0].add_run(_xml_safe(rating))
    row.cells[2].paragraphs[0].add_run(_xml_safe(comment))
    document.save(str(target))
    reading = read_checkup_form(target, STATEMENTS)
    expected = read_rating(row.cells[1].text)
    assert _scores(reading).get(statement.id) == expected.score
    unread = [p for p in reading.problems if p.statement_id == statement.id]
    assert bool(unread) == bool(expected.problem)
    assert (statement in reading.not_rated) == (expected.score is None and not expected.problem)


def _xml_safe(text: str) -> str:
    from partnerdesk.exports.word import word_safe

    return word_safe(text)


# The form in Spanish (issue 21) ----------------------------------------------------------
SPANISH = shipped_statements("es")


def blank_spanish_form(folder: Path) -> Path:
    target = folder / "Formulario de revisión.docx"
    write_checkup_form(
        target,
        SPANISH,
        our_name="Alianza Vecinos del Río",
        their_name="Hospital General Lakeview",
        partnership_title="Caminatas para prevenir la diabetes",
        held_on=date(2026, 12, 10),
        language="es",
    )
    return target


# What a Spanish-speaking partner types, each as it is read (the scale's own words first).
TYPED_IN_SPANISH = [
    ("para nada", 1),
    ("Un poco", 2),
    ("en parte", 3),
    ("En su mayoría", 4),
    ("Totalmente", 5),
    ("De acuerdo", 4),
    ("4 de 5", 4),
    ("cinco", 5),
    ("Más o menos", 3),
    ("3 – en parte", 3),
]


def test_a_spanish_form_filled_in_as_a_person_does_reads_back(tmp_path: Path) -> None:
    spanish_every = [item for domain in SPANISH.domains for item in domain.statements]
    answers = {
        item.id: (typed, "")
        for item, (typed, _score) in zip(spanish_every, TYPED_IN_SPANISH, strict=False)
    }
    answers[spanish_every[0].id] = ("para nada", "Las metas las escribimos\nsin ustedes.")
    answers[spanish_every[-1].id] = ("quizás", "")
    answers[spanish_every[-2].id] = ("No sé", "Es muy pronto")
    filled = fill(blank_spanish_form(tmp_path), answers, tmp_path / "lleno.docx", SPANISH)
    # Read in a Spanish window, and in an English one (the command's default).
    for reading in (
        read_checkup_form(filled, SPANISH, [STATEMENTS]),
        read_checkup_form(filled, STATEMENTS, [SPANISH]),
    ):
        scores = _scores(reading)
        expected = {
            item.id: score for item, (_, score) in zip(EVERY, TYPED_IN_SPANISH, strict=False)
        }
        assert {key: score for key, score in scores.items() if score is not None} == expected
        comments = {rating.statement_id: rating.comment for rating in reading.ratings}
        assert comments[EVERY[0].id] == "Las metas las escribimos\nsin ustedes."
        assert comments[EVERY[-2].id] == "Es muy pronto"
        assert len(reading.problems) == 1 and "“quizás”" in reading.problems[0].what
        # The place is named as the Spanish form has it.
        assert reading.problems[0].where.startswith(SPANISH.domains[-1].title + ", row ")
        assert "“" + spanish_every[-1].text[:10] in reading.problems[0].where
        assert reading.notes == []
        assert len(reading.not_rated) == len(EVERY) - len(TYPED_IN_SPANISH) - 1


def test_a_spanish_form_without_its_marks_is_read_by_its_spanish_wording(
    tmp_path: Path,
) -> None:
    spanish_every = [item for domain in SPANISH.domains for item in domain.statements]
    answers = {item.id: ("De acuerdo", "") for item in spanish_every}
    filled = fill(blank_spanish_form(tmp_path), answers, tmp_path / "lleno.docx", SPANISH)
    document = docx.Document(str(filled))
    for mark in document.element.body.xpath(".//w:bookmarkStart | .//w:bookmarkEnd"):
        mark.getparent().remove(mark)
    # Rows sorted the other way round, and a comment typed after the statement in its cell.
    first = document.tables[0]._tbl
    rows = first.findall(qn("w:tr"))
    for row in rows[1:]:
        first.remove(row)
    for row in reversed(rows[1:]):
        first.append(row)
    document.tables[0].rows[1].cells[0].add_paragraph("Nos falta hablarlo.")
    document.add_paragraph("Hablemos pronto de los datos.")
    document.save(str(tmp_path / "sin marcas.docx"))
    reading = read_checkup_form(tmp_path / "sin marcas.docx", STATEMENTS, [SPANISH])
    assert _scores(reading) == {item.id: 4 for item in EVERY}
    assert reading.problems == []
    last_of_first = SPANISH.domains[0].statements[-1].id
    comments = {rating.statement_id: rating.comment for rating in reading.ratings}
    assert comments[last_of_first] == "Nos falta hablarlo."
    assert reading.notes == ["Hablemos pronto de los datos."]


def test_a_spanish_form_opened_and_saved_by_libreoffice_reads_back_intact(
    tmp_path: Path,
) -> None:
    spanish_every = [item for domain in SPANISH.domains for item in domain.statements]
    answers = {item.id: (str(1 + n % 5), f"Comentario {n}") for n, item in enumerate(spanish_every)}
    filled = fill(blank_spanish_form(tmp_path), answers, tmp_path / "lleno.docx", SPANISH)
    saved = libreoffice_convert(filled, tmp_path / "libreoffice", "docx:MS Word 2007 XML", "docx")
    reading = read_checkup_form(saved, STATEMENTS, [SPANISH])
    assert reading == read_checkup_form(filled, STATEMENTS, [SPANISH])
    assert _scores(reading) == {item.id: 1 + n % 5 for n, item in enumerate(EVERY)}
    assert reading.problems == []

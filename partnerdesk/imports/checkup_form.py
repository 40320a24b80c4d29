"""Reading the check-up form the partner filled in and sent back.

The form is the one ``exports/checkup_form_docx.py`` writes: a table per domain,
Statement | Rating (1–5) | Comments. What comes back went through Word, LibreOffice or
Google Docs and through people, so the file is read from its XML the way
``imports/docx_forms.py`` reads the question form (tracked changes accepted, content
controls looked through, text split into many runs joined), and each row finds its
statement

- by the hidden bookmark the form put on the statement's text (it follows the row when
  rows are sorted, a table is split or the form is pasted into a new document), unless
  the row's wording clearly reads like another statement;
- else by its wording (``core.forms.wording_likeness``), when it reads clearly more like
  one statement than like any other — better unread than under the wrong statement.

The form may be written in any document language: its headings, domain titles and
statements are known in each (the caller gives the statements' other wordings).

Heading rows repeated anywhere, blank rows, rows deleted or moved between tables are
taken in stride. What a Rating cell says is ``core.checkup_form.read_rating``'s business.
Nothing is written: the caller shows the reading and stores it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from partnerdesk.core.checkup_form import (
    closings_in_every_language,
    headings_in_every_language,
    read_rating,
    statement_mark,
)
from partnerdesk.core.checkups import CheckupStatement, CheckupStatements, StatementRating
from partnerdesk.core.forms import WORDING_CUTOFF, WORDING_LEAD, tidy, wording_likeness
from partnerdesk.core.translation import Messages, translate
from partnerdesk.imports.docx_forms import (
    WORD_NAMESPACE,
    WRAPPER_TAGS,
    UnreadableFormError,
    document_body,
    element_text,
    row_cells,
    table_rows,
)

# The plural forms of the summary (lupdate takes the context from this name).
ReadingForms = Messages("ReadingForms")

__all__ = [
    "CheckupFormProblem",
    "CheckupFormReading",
    "UnreadableFormError",
    "read_checkup_form",
]

_W = WORD_NAMESPACE


@dataclass(frozen=True)
class CheckupFormProblem:
    """Something in the returned form that was not read as typed, for the user to check.

    ``where``: the place in plain words, "Trust and respect, row 2 (“Each side does what
    it says…”)"; ``what``: what is wrong; ``statement_id``: the statement it concerns, when
    the row was matched to one (None for a row that matches none).
    """

    where: str
    what: str
    statement_id: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass(frozen=True)
class CheckupFormReading:
    """A returned check-up form, as read; nothing is stored yet.

    ``ratings``: one per statement answered (a score 1–5, or a comment without one), in
    the statements' order; ``problems``: what could not be read, or was read with a
    guess (a "3.5" rounded), in the form's order; ``not_rated``: the statements left
    without a rating and with no problem — left blank, "N/A" / "don't know", or whose row
    is missing; ``notes``: text they wrote outside the tables, to read yourself.
    """

    ratings: list[StatementRating] = field(default_factory=list)
    problems: list[CheckupFormProblem] = field(default_factory=list)
    not_rated: list[CheckupStatement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rated(self) -> int:
        return sum(1 for rating in self.ratings if rating.score is not None)

    def summary(self) -> str:
        """One line: "20 statements rated, 3 not rated, 1 problem"."""
        return ratings_summary(self.rated, len(self.not_rated), len(self.problems))


def ratings_summary(rated: int, not_rated: int, problems: int) -> str:
    """ "20 statements rated, 3 not rated, 1 problem", in the reader's language: each count
    with its own plural form."""
    return translate("ReadingForms", "{rated}, {not_rated}, {problems}").format(
        rated=ReadingForms.tr("%n statement(s) rated", "", rated),
        not_rated=ReadingForms.tr("%n not rated", "", not_rated),
        problems=ReadingForms.tr("%n problem(s)", "", problems),
    )


@dataclass
class _Row:
    section: str  # the domain heading above its table, or "Table N"
    position: int  # the row as a person counts it, the heading row being row 1
    table: int
    statement_text: str
    rating: str
    comment: str
    statement: CheckupStatement | None


@dataclass
class _Columns:
    statement: int = 0
    rating: int = 1
    comment: int = 2


def read_checkup_form(
    path: Path,
    statements: CheckupStatements,
    other_wordings: Sequence[CheckupStatements] = (),
) -> CheckupFormReading:
    """Read the partner's ratings from their filled-in check-up form (.docx).

    ``other_wordings``: the same statements (same ids) as the form's other languages word
    them (``shipped_statements("es")``): a form written in any of them is read alike.

    Raises UnreadableFormError, with a plain message, for a file that is missing, is not
    a Word document, is damaged, or is not a PartnerDesk check-up form (no table with a
    Statement and a Rating column, no statement mark). Anything odd inside a check-up
    form is reported in ``problems``, never raised.
    """
    path = Path(path)
    body = document_body(path)
    reader = _Reader(statements, other_wordings)
    reader.blocks(body)
    if not reader.ours:
        raise UnreadableFormError(
            translate(
                "ReadingForms",
                "“{name}” is not a PartnerDesk check-up form: it has no table of "
                "statements with a Rating column. Choose the check-up form you sent "
                "them, filled in.",
            ).format(name=path.name)
        )
    return _reading(statements, reader)


class _Reader:
    def __init__(
        self, statements: CheckupStatements, other_wordings: Sequence[CheckupStatements]
    ) -> None:
        self.statements = statements
        everything = [item for domain in statements.domains for item in domain.statements]
        self.everything = everything
        # {statement id: its wording in every language, the reading's first}
        self.wordings = {item.id: _wordings(item, other_wordings) for item in everything}
        marks: dict[str, CheckupStatement | None] = {}
        for item in everything:
            name = statement_mark(item.id)
            # Two ids folded to one mark name: neither is trusted by its mark.
            marks[name] = None if name in marks else item
        self.marks = marks
        # A domain's title as the form has it, in whichever language it was written.
        self.titles = {
            _folded(domain.title): domain.title
            for worded in (statements, *other_wordings)
            for domain in worded.domains
        }
        self.closings = {_folded(text) for text in closings_in_every_language()}
        self.rows: list[_Row] = []
        self.notes: list[str] = []
        self.tables = 0
        self.ours = False  # a heading row or a statement mark of ours was seen
        self.last_paragraph = ""
        self.columns: _Columns | None = None

    def blocks(self, parent: ElementTree.Element) -> None:
        for child in parent:
            if child.tag == f"{_W}tbl":
                self.tables += 1
                self.table(child)
                self.last_paragraph = ""
            elif child.tag == f"{_W}p":
                text = tidy(element_text(child))
                if not text:
                    continue
                self.last_paragraph = text
                known = _folded(text) in self.titles or _folded(text) in self.closings
                if self.tables and not known:
                    self.notes.append(text)  # before the first table: our introduction
            elif child.tag in WRAPPER_TAGS:
                self.blocks(child)

    def table(self, table: ElementTree.Element) -> None:
        section = self.titles.get(_folded(self.last_paragraph), "")
        for position, row in enumerate(table_rows(table), start=1):
            cells = row_cells(row)
            texts = [tidy(element_text(cell)) for cell in cells]
            heading = _heading_columns(texts)
            if heading is not None:
                self.columns = heading
                self.ours = True
                continue
            marked = self._marked(row)
            if marked is not None:
                self.ours = True
            statement_text, rating, comment = _by_columns(texts, self.columns)
            if not (statement_text or rating or comment):
                continue  # a blank row added, or one with only our mark left in it
            match = self._match(statement_text, marked)
            self.rows.append(
                _Row(
                    section
                    or (
                        self._domain_title(match)
                        if match
                        else translate("ReadingForms", "Table {tables}").format(tables=self.tables)
                    ),
                    position,
                    self.tables,
                    statement_text,
                    rating,
                    comment,
                    match,
                )
            )

    def _marked(self, row: ElementTree.Element) -> CheckupStatement | None:
        for start in row.iter(f"{_W}bookmarkStart"):
            found = self.marks.get(start.get(f"{_W}name", ""))
            if found is not None:
                return found
        return None

    def _match(self, text: str, marked: CheckupStatement | None) -> CheckupStatement | None:
        if not text:
            return marked
        by_wording = _best_by_wording(text, self.everything, self.wordings)
        if marked is not None and (by_wording is None or by_wording.id == marked.id):
            return marked
        return by_wording

    def _domain_title(self, statement: CheckupStatement) -> str:
        domain = self.statements.domain(statement.domain_id)
        return domain.title if domain is not None else statement.domain_id


def _reading(statements: CheckupStatements, reader: _Reader) -> CheckupFormReading:
    found: dict[str, StatementRating] = {}
    answered_in: dict[str, str] = {}
    unreadable: set[str] = set()
    problems: list[CheckupFormProblem] = []
    last: _Row | None = None
    for row in reader.rows:
        wordings = reader.wordings[row.statement.id] if row.statement is not None else ()
        # The statement as the form words it, in the form's language.
        shown = _as_worded(row.statement_text, wordings) if wordings else row.statement_text
        where = _row_words(row)
        if shown:
            where = translate("ReadingForms", "{where} ({statement})").format(
                where=where, statement=_quoted(shown)
            )
        if row.statement is None:
            continued = _continued(last, row)
            if continued is not None:
                _add_comment(found, continued.id, row.comment)
                continue
            what = (
                translate(
                    "ReadingForms",
                    "no statement of this check-up reads like it, so its rating was not read",
                )
                if row.statement_text
                else translate("ReadingForms", "it has no statement beside it, so it was not read")
            )
            problems.append(CheckupFormProblem(where, what))
            last = None
            continue
        statement_id = row.statement.id
        cell = read_rating(row.rating)
        added = _added_to_statement(row.statement_text, wordings)
        comment = "\n".join(text for text in (added, cell.comment, row.comment) if text)
        if statement_id in found or statement_id in unreadable:
            if cell.score is not None or comment or cell.problem:
                first = answered_in[statement_id]
                problems.append(
                    CheckupFormProblem(
                        where,
                        translate(
                            "ReadingForms",
                            "this statement is answered already in {first}; only that answer "
                            "was read",
                        ).format(first=first),
                        statement_id,
                    )
                )
            last = None
            continue
        last = row
        if cell.problem:
            problems.append(CheckupFormProblem(where, cell.problem, statement_id))
            if cell.score is None:
                unreadable.add(statement_id)
                answered_in[statement_id] = _row_words(row)
        if cell.score is None and not comment:
            continue
        found[statement_id] = StatementRating(statement_id, cell.score, comment)
        answered_in[statement_id] = _row_words(row)
    in_order = [item for domain in statements.domains for item in domain.statements]
    ratings = [found[item.id] for item in in_order if item.id in found]
    not_rated = [
        item
        for item in in_order
        if item.id not in unreadable and (item.id not in found or found[item.id].score is None)
    ]
    return CheckupFormReading(ratings, problems, not_rated, reader.notes)


def _row_words(row: _Row) -> str:
    """ "Trust and respect, row 2": where a row is, as a person finds it."""
    return translate("ReadingForms", "{section}, row {position}").format(
        section=row.section, position=row.position
    )


def _wordings(item: CheckupStatement, others: Sequence[CheckupStatements]) -> tuple[str, ...]:
    found = [item.text]
    for worded in others:
        other = worded.statement(item.id)
        if other is not None and other.text not in found:
            found.append(other.text)
    return tuple(found)


def _starting_wording(typed: str, wordings: Sequence[str]) -> str | None:
    """The wording ``typed`` starts with (the longest), if any."""
    starts = [tidy(text) for text in wordings if typed.casefold().startswith(tidy(text).casefold())]
    return max(starts, key=len) if starts else None


def _as_worded(typed: str, wordings: Sequence[str]) -> str:
    """The statement's wording that the form's row has (else the reading's own)."""
    return _starting_wording(typed, wordings) or wordings[0]


def _added_to_statement(typed: str, wordings: Sequence[str]) -> str:
    """Words typed after the statement in its own cell: a comment in the wrong cell."""
    ours = _starting_wording(typed, wordings)
    if ours is None or len(typed) <= len(ours):
        return ""
    return typed[len(ours) :].lstrip(" \t\n-–—:;,.").rstrip()


def _continued(last: _Row | None, row: _Row) -> CheckupStatement | None:
    """The statement a row added under an answer, with only more comment in it, continues."""
    if last is None or last.table != row.table or row.statement_text or row.rating:
        return None
    return last.statement


def _add_comment(found: dict[str, StatementRating], statement_id: str, more: str) -> None:
    if not more:
        return
    before = found.get(statement_id)
    if before is None:
        found[statement_id] = StatementRating(statement_id, None, more)
        return
    joined = "\n".join(text for text in (before.comment, more) if text)
    found[statement_id] = StatementRating(statement_id, before.score, joined)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _plain(text: str) -> str:
    """Folded, and without accents: "Calificación" and "calificacion" alike."""
    decomposed = unicodedata.normalize("NFKD", _folded(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _heading_columns(cells: list[str]) -> _Columns | None:
    """The columns of a heading row ("Statement | Rating (1–5) | Comments", or "Afirmación
    | Calificación (1–5) | Comentarios", in any order, case, accents and the dash aside),
    or None for any other row."""
    folded = [_plain(cell) for cell in cells]
    for statement_heading, rating_heading, comments_heading in headings_in_every_language():
        statement = _find(folded, _plain(statement_heading))
        rating = _find(folded, _plain(rating_heading).split(" ")[0])
        if statement is None or rating is None:
            continue
        comment = _find(folded, _plain(comments_heading).rstrip("s"))
        if comment is None:
            comment = next((i for i in range(len(cells)) if i not in (statement, rating)), -1)
        return _Columns(statement, rating, comment)
    return None


def _find(folded: list[str], start: str) -> int | None:
    return next((index for index, cell in enumerate(folded) if cell.startswith(start)), None)


def _by_columns(cells: list[str], columns: _Columns | None) -> tuple[str, str, str]:
    """(statement, rating, comment) of a row; a row with fewer cells (merged or split by
    hand) is read as statement, rating, then the rest as comment."""
    wanted = (columns.statement, columns.rating, columns.comment) if columns else ()
    if columns is not None and len(cells) > max(wanted):
        comment = cells[columns.comment] if columns.comment >= 0 else ""
        return cells[columns.statement], cells[columns.rating], comment
    if len(cells) >= 3:
        return cells[0], cells[1], "\n".join(cell for cell in cells[2:] if cell)
    if len(cells) == 2:
        return cells[0], cells[1], ""
    return (cells[0], "", "") if cells else ("", "", "")


def _best_by_wording(
    text: str, statements: list[CheckupStatement], wordings: dict[str, tuple[str, ...]]
) -> CheckupStatement | None:
    """The statement ``text`` clearly reads like (in any of its wordings), or None when
    none does or two do alike."""
    scored = sorted(
        (
            (max(wording_likeness(text, worded) for worded in wordings[item.id]), index)
            for index, item in enumerate(statements)
        ),
        reverse=True,
    )
    if not scored:
        return None
    best, index = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best < WORDING_CUTOFF or best - runner_up < WORDING_LEAD:
        return None
    return statements[index]


def _quoted(text: str, longest: int = 28) -> str:
    """“Each side does what it says…”: the start of a statement, cut after a word."""
    flat = " ".join(text.split())
    if len(flat) <= longest:
        return f"“{flat}”"
    cut = flat[: longest + 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"“{cut}…”"

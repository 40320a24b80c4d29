"""The check-up form the partner fills in, as a Word document on our letterhead.

A short introduction from us (why we ask, how to fill it in), then one table per domain
under the domain's title: Statement | Rating (1–5) | Comments. Each statement's text
carries a hidden bookmark naming the statement (``core.checkup_form.statement_mark``), so
``imports/checkup_form.py`` finds each rating's statement again after rows are sorted,
tables split or the form is copied into another document; the wording is the fallback.
Nothing of our own ratings is on it: this document leaves the organization.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

from partnerdesk.core.checkup_form import (
    closing,
    form_title,
    headings,
    introduction,
    statement_mark,
)
from partnerdesk.core.checkups import CheckupDomain, CheckupStatements
from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import ENGLISH, say, writing_in
from partnerdesk.exports.letterhead import on_letterhead
from partnerdesk.exports.word import (
    cannot_split,
    grey_note,
    heading,
    page_numbers,
    paragraph,
    save_atomically,
    table,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell

# Shares of the text width: the statement and the comments wide, the rating narrow (room
# for "4 - Agree" on two lines).
_SHARES = (0.44, 0.15, 0.41)
# The rating column is widened when its heading has a longer word ("Calificación"), so
# the word is not broken in two: about this much per letter of the bold heading, and the
# cell's own margins.
_HEADING_LETTER = Cm(0.25)
_CELL_MARGINS = Cm(0.5)
# The text width when a letterhead gives no page size (Letter, 2.5 cm margins).
_DEFAULT_WIDTH = Cm(16.5)
# Room to write a rating and a line or two of comment; the row grows as they type. Small
# enough that the form (24 statements) fits on three pages.
_ROW_HEIGHT_CM = 0.9


def write_checkup_form(
    path: Path,
    statements: CheckupStatements,
    *,
    our_name: str,
    their_name: str,
    partnership_title: str,
    held_on: date | None,
    data_dir: Path | None = None,
    letterhead: Path | None = None,
    language: str = ENGLISH,
) -> str:
    """Write the check-up form for ``their_name`` to fill in, to ``path`` (.docx), in
    ``language`` (its fixed words and dates; the statements are worded as given).

    ``statements``: the statements to rate (``core.checkups.shipped_statements(language)``);
    ``our_name``: our organization, named as the sender and the file's author;
    ``partnership_title``: the partnership (request) it is about; ``held_on``: the
    check-up's date when one is set (None: the form says only when it was prepared).
    ``data_dir``: the data folder, whose letterhead is used when there is one;
    ``letterhead``: build on this letterhead file instead (LetterheadError if unusable).

    Returns a warning to show when the letterhead could not be used ("" otherwise). The
    file is written next to ``path`` and moved into place, so a failure never leaves half
    a form where an earlier one was.
    """
    with writing_in(language):
        document, warning = on_letterhead(
            data_dir,
            lambda document: build_checkup_form(
                document,
                statements,
                our_name=our_name,
                their_name=their_name,
                partnership_title=partnership_title,
                held_on=held_on,
            ),
            title=say("checkup_form.file_title", title=partnership_title).strip(),
            author=our_name,
            letterhead=letterhead,
            what="check-up form",
        )
    save_atomically(document, Path(path))
    return warning


def build_checkup_form(
    document: WordDocument,
    statements: CheckupStatements,
    *,
    our_name: str,
    their_name: str,
    partnership_title: str,
    held_on: date | None,
    prepared_on: date | None = None,
) -> None:
    """The form's content, written into ``document`` (already on the letterhead), in the
    document's language (``writing_in``)."""
    heading(document, "", 0).add_run(word_safe(form_title()))
    about = [partnership_title] if partnership_title else []
    if held_on is not None:
        about.append(say("checkup_form.check_up_of", date=document_date(held_on)))
    else:
        day = document_date(prepared_on or date.today())
        about.append(say("checkup_form.prepared_on", date=day))
    if our_name:
        about.append(say("checkup_form.from", organization=our_name))
    grey_note(document, " · ".join(about))
    footer = say("checkup_form.footer", organization=their_name) if their_name else ""
    page_numbers(document, footer)
    for line in introduction(our_name, their_name):
        paragraph(document, line)
    widths = _column_widths(document)
    marks = _first_free_bookmark_id(document)
    for domain in statements.domains:
        if not domain.statements:
            continue
        title = heading(document, domain.title)
        # The domain's title stays with its table, never alone at the foot of a page.
        title.paragraph_format.keep_with_next = True
        title.paragraph_format.space_before = Pt(8)
        title.paragraph_format.space_after = Pt(3)
        marks = _domain_table(document, domain, widths, marks)
    paragraph(document, closing()).paragraph_format.space_before = Pt(8)


def _column_widths(document: WordDocument) -> tuple[Emu, ...]:
    section = document.sections[-1]
    width: int = _DEFAULT_WIDTH
    if section.page_width and section.left_margin is not None and section.right_margin is not None:
        width = Emu(section.page_width - section.left_margin - section.right_margin)
    statement, rating, comments = _SHARES
    longest_word = max(len(word) for word in headings()[1].split())
    needed = (longest_word * _HEADING_LETTER + _CELL_MARGINS) / width
    if needed > rating:
        # The other two columns give up the room in their proportions.
        left = (1 - needed) / (statement + comments)
        statement, rating, comments = statement * left, needed, comments * left
    return tuple(Emu(int(width * share)) for share in (statement, rating, comments))


def _first_free_bookmark_id(document: WordDocument) -> int:
    taken = [
        int(value)
        for value in document.element.xpath("//w:bookmarkStart/@w:id")
        if str(value).isdigit()
    ]
    return max(taken, default=0) + 1


def _domain_table(
    document: WordDocument, domain: CheckupDomain, widths: tuple[Emu, ...], mark_id: int
) -> int:
    grid = table(document, headings(), [(item.text, "", "") for item in domain.statements])
    grid.autofit = False
    # Both the grid (LibreOffice, Google Docs) and each cell (Word) carry the widths.
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    for row_index, row in enumerate(grid.rows):
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
        # A domain's few rows stay together on one page (keep with next on every row
        # but the last, as Word and LibreOffice keep rows together).
        if row_index < len(grid.rows) - 1:
            _keep_with_next(row.cells)
        if row_index == 0:
            continue
        # Room to write; the row grows past it as they type.
        row.height = Cm(_ROW_HEIGHT_CM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cannot_split(row)
        _bookmark(row.cells[0], statement_mark(domain.statements[row_index - 1].id), mark_id)
        mark_id += 1
    return mark_id


def _keep_with_next(cells: Sequence[_Cell]) -> None:
    for cell in cells:
        for held in cell.paragraphs:
            held.paragraph_format.keep_with_next = True


def _bookmark(cell: _Cell, name: str, mark_id: int) -> None:
    """A hidden bookmark around the statement's text: the row's tie to its statement."""
    holder = cell.paragraphs[0]._p
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(mark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(mark_id))
    properties = holder.find(qn("w:pPr"))
    if properties is None:
        holder.insert(0, start)
    else:
        properties.addnext(start)
    holder.append(end)

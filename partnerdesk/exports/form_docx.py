"""A form for the other side to fill in, as a Word document on our letterhead.

A short plain introduction, then one table per topic: No. | Question | Your answer. The
answer cells are tall and grow as people type; the heading row repeats on each page. No
coaching notes, ratings or evidence: this document leaves the organization. The number
column is what lets ``imports/docx_forms.py`` find each answer's question again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import document_language, say
from partnerdesk.core.forms import FormContent, FormQuestion, form_headings
from partnerdesk.exports.letterhead import on_letterhead
from partnerdesk.exports.word import (
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

# The closing line, the same on every form: read back, it is known as ours (in English;
# say("form.closing") in the document's language).
CLOSING = "Thank you for taking the time to answer."
_WIDTHS = (Cm(1.3), Cm(6.7), Cm(8.5))


def write_form(content: FormContent, target: Path, data_dir: Path | None) -> str:
    """Write the form; returns a warning when the letterhead could not be used."""
    document, warning = on_letterhead(
        data_dir,
        lambda document: build_form(document, content),
        title=content.title,
        author=content.our_organization,
        what="form",
    )
    save_atomically(document, target)
    return warning


def build_form(document: WordDocument, content: FormContent) -> None:
    heading(document, "", 0).add_run(word_safe(content.title))
    by = f"{content.our_organization}, " if content.our_organization else ""
    grey_note(document, f"{by}{document_date(content.prepared_on)}")
    page_numbers(document, content.title)
    for line in content.introduction:
        paragraph(document, line)
    for topic in content.topics:
        heading(document, topic.title)
        _topic_table(document, topic.questions, content)
    paragraph(document, say("form.closing")).paragraph_format.space_before = Pt(12)


def _topic_table(
    document: WordDocument, questions: tuple[FormQuestion, ...], content: FormContent
) -> None:
    grid = table(
        document,
        list(form_headings(document_language())),
        [
            (str(question.number), question.text, content.answers.get(question.key, ""))
            for question in questions
        ],
    )
    grid.autofit = False
    # Both the grid (LibreOffice, Google Docs) and each cell (Word) carry the widths.
    for column, width in zip(grid.columns, _WIDTHS, strict=True):
        column.width = width
    for row_index, row in enumerate(grid.rows):
        for cell, width in zip(row.cells, _WIDTHS, strict=True):
            cell.width = width
        if row_index == 0:
            continue
        # Room to write; the row grows past it as they type.
        row.height = Cm(2.2)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        # A question is not split from its answer box across a page.
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        hint = questions[row_index - 1].hint
        if hint:
            note = row.cells[1].add_paragraph()
            run = note.add_run(word_safe(hint))
            run.italic = True
            run.font.size = Pt(9)

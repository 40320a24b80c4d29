"""The vetting summary and the "Questions to ask" sheet, as Word documents.

Both are for our organization only: the plain layout, not the letterhead. Headings go
Title → Heading 1 → Heading 2, with no level skipped (screen readers and Word's navigation
pane list them so). Questions are numbered in the text ("15.", a tab, the question, with a
hanging indent wide enough for three digits), not by a Word list, whose narrow indent ran
numbers from 10 up into the text ("15.How…").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Cm

from partnerdesk.core.choices import CapacityStatus, Rating
from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import choice_words, document_language, say, say_count
from partnerdesk.core.red_flags import readiness_words
from partnerdesk.exports.word import (
    cannot_split,
    describe,
    grey_note,
    heading,
    new_document,
    page_numbers,
    paragraph,
    save_atomically,
    set_table_style,
    shade,
    table,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

    from partnerdesk.core.capacity_matrix import CellValue
    from partnerdesk.core.vetting_data import QuestionLine, VettingReport

# Light fills that print well in black and white too; the words carry the meaning.
CAPACITY_FILLS = {CapacityStatus.HAS: "DCFCE7", CapacityStatus.NEEDS: "FEF3C7"}
CAPACITY_WORDS = {
    CapacityStatus.HAS: "summary.has",
    CapacityStatus.NEEDS: "summary.needs",
    CapacityStatus.NONE: "",
}


def _prepared_line(report: VettingReport) -> str:
    on = document_date(report.prepared_on)
    if report.our_organization:
        return say("prepared_by_on", organization=report.our_organization, date=on)
    return say("prepared_on", date=on)


def write_vetting_summary(report: VettingReport, target: Path) -> None:
    overview = report.overview
    document = new_document()
    describe(document, author=report.our_organization)
    title = say("summary.title", title=overview.title)
    heading(document, "", 0).add_run(word_safe(title))
    grey_note(document, _prepared_line(report))
    page_numbers(document, title)

    heading(document, say("summary.request"))
    _details_table(document, report.details)

    heading(document, say("summary.decision"))
    _decision(document, report)

    heading(document, say("summary.red_flags"))
    if not overview.flags:
        paragraph(document, say("summary.no_red_flags"))
    for flag in overview.flags:
        paragraph(document, flag.explanation, "List Bullet", bold_prefix=f"{flag.title}. ")

    heading(document, say("summary.readiness"))
    paragraph(
        document,
        say("summary.answered_in_all", answered=overview.answered, total=overview.total),
    )
    language = document_language()
    table(
        document,
        [say("summary.topic"), say("summary.where_it_stands"), say("summary.answered")],
        [
            (
                item.title,
                f"{readiness_words(item.state, language)}. {item.explanation}",
                say("summary.of", answered=item.answered, total=item.total),
            )
            for item in overview.readiness
        ],
    )

    heading(document, say("summary.questions"))
    for category in overview.categories:
        lines = overview.questions.get(category.id, [])
        if not lines:
            continue
        heading(document, category.title, 2)
        for line in lines:
            _answer(document, line)

    heading(document, say("summary.capacity_matrix"))
    _capacity_matrix(document, report)
    save_atomically(document, target)


def _details_table(document: WordDocument, details: list[tuple[str, str]]) -> None:
    grid = document.add_table(rows=0, cols=2)
    set_table_style(document, grid)
    for label, value in details:
        cells = grid.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(word_safe(label)).bold = True
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(word_safe(value))
        cells[0].width = Cm(5)
        cells[1].width = Cm(11)


def _decision(document: WordDocument, report: VettingReport) -> None:
    if not report.decisions:
        paragraph(document, say("summary.no_decision"))
        return
    latest = report.decisions[-1]
    decided = say(
        "summary.decided_on",
        decision=choice_words(latest.decision),
        date=document_date(latest.decided_on),
    )
    paragraph(
        document,
        decided + (say("summary.decided_by", who=latest.decided_by) if latest.decided_by else ""),
        bold_prefix=say("summary.decision_label"),
    )
    paragraph(document, latest.reasons, bold_prefix=say("summary.why"))
    if latest.conditions:
        paragraph(document, latest.conditions, bold_prefix=say("summary.conditions"))
    if len(report.decisions) > 1:
        paragraph(document, say("summary.earlier"), bold_prefix="")
        for earlier in reversed(report.decisions[:-1]):
            paragraph(
                document,
                say(
                    "summary.earlier_decision",
                    decision=choice_words(earlier.decision),
                    date=document_date(earlier.decided_on),
                    reasons=earlier.reasons,
                ),
                "List Bullet",
            )


def _answer(document: WordDocument, line: QuestionLine) -> None:
    answer = line.answer
    paragraph(document, line.text, bold_prefix=say("summary.q"))
    if line.text_asked:
        grey_note(document, say("summary.asked_as", text=line.text_asked))
    if answer is None or (
        not answer.their_answer and not answer.our_evidence and answer.rating is Rating.NOT_ASKED
    ):
        grey_note(document, say("summary.not_asked"))
        return
    if answer.their_answer:
        paragraph(document, answer.their_answer, bold_prefix=say("summary.their_answer"))
    if answer.our_evidence:
        paragraph(document, answer.our_evidence, bold_prefix=say("summary.our_evidence"))
    asked = []
    if answer.asked_by:
        asked.append(say("summary.asked_by", who=answer.asked_by))
    if answer.asked_on:
        asked.append(say("summary.asked_on", date=document_date(answer.asked_on)))
    if answer.rating is Rating.NOT_ASKED and answer.given:
        rating = say("summary.not_rated_yet")
    else:
        rating = choice_words(answer.rating)
    paragraph(
        document,
        rating + (f" ({' '.join(asked)})" if asked else ""),
        bold_prefix=say("summary.rating"),
    )


def _capacity_matrix(document: WordDocument, report: VettingReport) -> None:
    matrix = report.matrix
    if not matrix.parties or not matrix.capacities:
        paragraph(document, say("summary.matrix_empty"))
        return
    recorded = [
        capacity
        for capacity in matrix.capacities
        if any(
            matrix.cell(capacity.id, party.organization_id).status is not CapacityStatus.NONE
            or matrix.cell(capacity.id, party.organization_id).note
            for party in matrix.parties
        )
    ]
    if not recorded:
        paragraph(document, say("summary.matrix_empty"))
        return
    paragraph(document, say("summary.matrix_legend"))
    grid = table(
        document,
        [
            say("summary.capacity"),
            *(
                say("summary.party", name=party.name, role=choice_words(party.role))
                for party in matrix.parties
            ),
        ],
        [
            [
                capacity.name,
                *(
                    _cell_text(matrix.cell(capacity.id, party.organization_id))
                    for party in matrix.parties
                ),
            ]
            for capacity in recorded
        ],
    )
    for row, capacity in zip(grid.rows[1:], recorded, strict=True):
        for cell, party in zip(row.cells[1:], matrix.parties, strict=True):
            fill = CAPACITY_FILLS.get(matrix.cell(capacity.id, party.organization_id).status)
            if fill:
                shade(cell, fill)
    gaps = matrix.gaps()
    if gaps:
        paragraph(
            document,
            "; ".join(gaps) + ".",
            bold_prefix=say("summary.gaps"),
        )


def _cell_text(value: CellValue) -> str:
    words = say(CAPACITY_WORDS[value.status]) if CAPACITY_WORDS[value.status] else ""
    return f"{words}: {value.note}" if words and value.note else words or value.note


def write_meeting_questions(report: VettingReport, target: Path) -> None:
    """The questions not answered yet, each with room for notes, for the next meeting, in
    the document's language (the questions as the report gives them: the service puts the
    bank's wording in that language)."""
    overview = report.overview
    document = new_document()
    describe(document, author=report.our_organization)
    title = say("questions.title", title=overview.title)
    heading(document, "", 0).add_run(word_safe(title))
    if overview.organization:
        paragraph(document, say("questions.meeting_with", organization=overview.organization))
    else:
        paragraph(document, say("questions.meeting"))
    grey_note(document, _prepared_line(report))
    page_numbers(document, title)
    # The shortlist picked for the next conversation, when there is one.
    asked = report.shortlist
    open_lines = {
        category.id: [
            line
            for line in overview.questions.get(category.id, [])
            if _is_open(line) and (not asked or line.key in asked)
        ]
        for category in overview.categories
    }
    count = sum(len(lines) for lines in open_lines.values())
    if count == 0:
        paragraph(
            document,
            say("questions.all_picked_answered") if asked else say("questions.all_answered"),
        )
    else:
        paragraph(document, say_count("questions.open", count))
    number = 0
    for category in overview.categories:
        lines = open_lines[category.id]
        if not lines:
            continue
        heading(document, category.title, 1)
        for line in lines:
            number += 1
            question = numbered(document, number, line.text)
            # The question, its note and its box on one page.
            question.paragraph_format.keep_with_next = True
            if line.help:
                grey_note(document, line.help).paragraph_format.keep_with_next = True
            _notes_box(document)
    save_atomically(document, target)


# Room for the number before the text: three digits and a full stop.
NUMBER_INDENT = Cm(1)


def numbered(document: WordDocument, number: int, text: str) -> Paragraph:
    """ "15." then a tab to the text, every line of it indented past the number."""
    added = paragraph(document, f"{number}.\t{text}")
    layout = added.paragraph_format
    layout.left_indent = NUMBER_INDENT
    layout.first_line_indent = -NUMBER_INDENT
    layout.tab_stops.add_tab_stop(NUMBER_INDENT)
    return added


def _is_open(line: QuestionLine) -> bool:
    return line.answer is None or not line.answer.their_answer.strip()


def _notes_box(document: WordDocument) -> None:
    box = document.add_table(rows=1, cols=1)
    set_table_style(document, box)
    row = box.rows[0]
    cannot_split(row)
    row.height = Cm(2.5)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row.cells[0].text = ""
    grey_note(row.cells[0], say("questions.notes"))
    # python-docx starts a cell with an empty paragraph; the note is the second one.
    first = row.cells[0].paragraphs[0]
    first._p.getparent().remove(first._p)
    document.add_paragraph()

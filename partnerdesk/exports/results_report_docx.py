"""The results report for leaders, as a Word document on our letterhead (issue 19).

One or two pages for the leaders of both organizations: what the partnership set out to
do, the commitments kept and late, each measure of success with its figure, how the
partnership is going (the check-up trend as a picture, its facts in the picture's alt text
and caption), a short story or quote, and the next steps.

Written in the document language (core/document_language.py): the fixed words, the dates,
and the chart's domains, axis and description; what the partners wrote stays as written.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from docx.shared import Cm

from partnerdesk.core.checkups import describe_trend, shipped_statements
from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import document_language, say
from partnerdesk.core.results_report import ResultsReport, commitments_sentence, measure_words
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

# The measures' table: its column headings (document words).
MEASURES_HEADER = ("results.measure", "results.reached")
# Two of its sentences in an English report (tests look for them).
TREND_TITLE = "How each side rated the partnership at each check-up"
NO_CHECKUP_YET = (
    "No check-up has been done yet. After the first one, this report shows how each side "
    "rates the partnership, and how that changes from one check-up to the next."
)
# The chart across most of the text width, leaving room for the rest on two pages.
CHART_WIDTH = Cm(14)


def write_results_report(report: ResultsReport, target: Path, data_dir: Path | None) -> str:
    """Write the report; returns a warning when the letterhead could not be used."""
    document, warning = on_letterhead(
        data_dir,
        lambda document: build_results_report(document, report),
        title=report.title,
        author=report.our_organization,
        what="results report",
    )
    save_atomically(document, target)
    return warning


def build_results_report(document: WordDocument, report: ResultsReport) -> None:
    heading(document, "", 0).add_run(word_safe(report.title))
    ours, theirs = report.our_organization, report.their_organization
    leaders = (
        say("results.leaders", ours=ours, theirs=theirs) if ours and theirs else ours or theirs
    )
    prepared = document_date(report.prepared_on)
    grey_note(
        document,
        say("results.for_leaders_prepared", leaders=leaders, date=prepared)
        if leaders
        else say("results.prepared", date=prepared),
    )
    page_numbers(document, report.title)
    _set_out_to_do(document, report)
    _commitments(document, report)
    _measures(document, report)
    _how_it_is_going(document, report)
    if report.story:
        heading(document, say("results.own_words"), 1)
        # The language's own quotation marks (review #34).
        spanish = document_language() == "es"
        story = f"«{report.story}»" if spanish else f"“{report.story}”"
        paragraph(document, story, italic=True)
        if report.story_by:
            paragraph(document, f"— {report.story_by}")
    heading(document, say("results.next_steps"), 1)
    steps = [line.strip() for line in report.next_steps.splitlines() if line.strip()]
    for step in steps:
        paragraph(document, step.lstrip("-•* ").strip(), "List Bullet")
    if not steps:
        paragraph(document, say("results.no_next_steps"))


def _set_out_to_do(document: WordDocument, report: ResultsReport) -> None:
    heading(document, say("results.set_out_to_do"), 1)
    if report.purpose:
        paragraph(document, report.purpose)
    if report.vision:
        paragraph(document, report.vision, bold_prefix=say("results.shared_vision"))
    if not report.purpose and not report.vision:
        paragraph(document, say("results.no_purpose"))
    if report.signed_on is not None:
        grey_note(document, say("results.signed_on", date=document_date(report.signed_on)))


def _commitments(document: WordDocument, report: ResultsReport) -> None:
    heading(document, say("results.commitments"), 1)
    paragraph(document, commitments_sentence(report))
    for item in report.late:
        due = document_date(item.due_on) if item.due_on else ""
        key = "results.late_item" + ("_party" if item.party else "") + ("_due" if due else "")
        paragraph(document, say(key, what=item.what, party=item.party, due=due), "List Bullet")


def _measures(document: WordDocument, report: ResultsReport) -> None:
    heading(document, say("results.measures"), 1)
    if not report.measures:
        paragraph(document, say("results.no_goals"))
        return
    table(
        document,
        [say(word) for word in MEASURES_HEADER],
        [(measure.goal, measure_words(measure)) for measure in report.measures],
    )


def _how_it_is_going(document: WordDocument, report: ResultsReport) -> None:
    heading(document, say("results.how_it_is_going"), 1)
    if not report.checkups:
        paragraph(document, say("results.no_checkup"))
        return
    # matplotlib only now: a report without check-ups never loads it.
    from partnerdesk.exports.charts.checkup_trend import checkup_trend_png

    # The domains' titles of the document's language: the chart's legend and its words.
    language = document_language()
    statements = shipped_statements(language)
    words = describe_trend(statements, report.checkups, language)
    picture = checkup_trend_png(
        statements,
        report.checkups,
        report.our_organization,
        report.their_organization,
        language=language,
    )
    trend_title = say("results.trend_title")
    shape = document.add_picture(io.BytesIO(picture), width=CHART_WIDTH)
    # The picture's alternative text: what a screen reader says, and Word's "Alt Text".
    properties = shape._inline.docPr
    properties.set("title", trend_title)
    properties.set("descr", word_safe(words))
    # The caption says what the picture is and when; each domain's figures are in the
    # alt text, so the report stays within two pages.
    # The caption is running text: its dates spelled out as the rest of the report.
    span = describe_trend(statements, report.checkups, language, spelled_out=True)
    paragraph(document, f"{trend_title}. {span.splitlines()[0]}", "Caption")

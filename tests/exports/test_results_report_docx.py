"""The results report for leaders (issue 19), as both organizations' leaders open it: read
back with python-docx (sections, the trend picture and its alt text) and by LibreOffice,
which must lay it out on one or two pages."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
from docx.oxml.ns import qn

from partnerdesk.core.checkups import CheckupScores, describe_trend, shipped_statements
from partnerdesk.core.dates import document_date
from partnerdesk.core.results_report import LateCommitment, MeasureOfSuccess, ResultsReport
from partnerdesk.exports.results_report_docx import (
    NO_CHECKUP_YET,
    TREND_TITLE,
    write_results_report,
)
from tests.exports.word_readers import all_text, libreoffice_convert, libreoffice_text

OURS = "Harbor Street Neighbors"
THEIRS = "Lakeview Regional Hospital"
SECTIONS = [
    "What we set out to do",
    "Commitments kept and late",
    "Measures of success",
    "How the partnership is going",
    "In their own words",
    "Next steps",
]


def _history() -> tuple[CheckupScores, ...]:
    domains = [domain.id for domain in shipped_statements().domains]
    first = {domain: 3.0 for domain in domains}
    later = {domain: 4.0 for domain in domains} | {domains[0]: None}
    return (
        CheckupScores(1, date(2026, 9, 15), first, first),
        CheckupScores(2, date(2027, 3, 15), later, {domain: 3.5 for domain in domains}),
    )


def _report(checkups: tuple[CheckupScores, ...] = ()) -> ResultsReport:
    return ResultsReport(
        request_title="Walking group for heart health",
        our_organization=OURS,
        their_organization=THEIRS,
        prepared_on=date(2027, 4, 1),
        purpose="Neighbors with heart disease walk together twice a week.",
        vision="Every patient leaving cardiac rehab has a walking group nearby.",
        signed_on=date(2026, 6, 1),
        kept=3,
        still_open=2,
        late=(LateCommitment("Send the referral numbers", THEIRS, date(2027, 3, 1)),),
        measures=(
            MeasureOfSuccess("Enroll 200 patients by June 2027", "212 patients", date(2027, 3, 31)),
            MeasureOfSuccess("Three in four keep walking for six months", "78%", None),
            MeasureOfSuccess("Walks led in Spanish each week"),
        ),
        checkups=checkups,
        story="I walk with people who know what a heart attack feels like.",
        story_by="A walker from the Tuesday group",
        next_steps="Start a third group in Millbrook\n- Ask the hospital for a volunteer nurse",
    )


def test_the_report_has_its_sections_figures_and_the_trend_picture_with_alt_text(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.docx"
    report = _report(_history())
    assert write_results_report(report, target, None) == ""
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == SECTIONS
    text = all_text(target)
    assert "3 commitments kept, 1 late, 2 still to come." in text
    assert "Late: Send the referral numbers (Lakeview Regional Hospital, due" in text
    assert "212 patients (as of March 31, 2027)" in text and "78%" in text
    assert "Not measured yet" in text
    assert "“I walk with people who know what a heart attack feels like.”" in text
    assert "— A walker from the Tuesday group" in text
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Ask the hospital for a volunteer nurse" in bullets
    assert document.core_properties.author == OURS
    # One picture: the trend, named, its facts in its alt text, and a caption below it.
    assert len(document.inline_shapes) == 1
    described = document.element.body.findall(f".//{qn('wp:docPr')}")
    assert [item.get("title") for item in described] == [TREND_TITLE]
    assert described[0].get("descr") == describe_trend(shipped_statements(), report.checkups)
    caption = next(p.text for p in document.paragraphs if p.style.name == "Caption")
    assert caption.startswith(TREND_TITLE) and "2 check-ups" in caption
    # Running text: its dates spelled out as the rest of the report (review #22).
    assert document_date(report.checkups[0].held_on) in caption


def test_without_a_check_up_a_plain_sentence_stands_in_for_the_picture(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    write_results_report(_report(), target, None)
    document = docx.Document(str(target))
    assert len(document.inline_shapes) == 0
    assert NO_CHECKUP_YET in all_text(target)


def test_libreoffice_lays_the_report_out_on_one_or_two_pages(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    write_results_report(_report(_history()), target, None)
    pdf = libreoffice_convert(target, tmp_path, "pdf", "pdf").read_bytes()
    # Each page is an object "/Type /Page" in the PDF LibreOffice writes (uncompressed).
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
    assert 1 <= pages <= 2
    text = libreoffice_text(target, tmp_path)
    assert text.index("What we set out to do") < text.index("How the partnership is going")
    assert text.index("How the partnership is going") < text.index("Next steps")


def test_no_commitment_kept_yet_is_said_in_words_not_as_a_zero() -> None:
    from dataclasses import replace

    from partnerdesk.core.results_report import commitments_sentence

    nothing_yet = replace(_report(), kept=0, late=(), still_open=4)
    assert (
        commitments_sentence(nothing_yet) == "No commitment kept yet, none late, 4 still to come."
    )

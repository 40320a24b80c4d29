"""The partner profile as a Word file: read back with python-docx, and opened by LibreOffice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from partnerdesk.core.profile_report import ProfileReport
from partnerdesk.exports.profile_docx import NOT_FILLED_IN, write_profile
from partnerdesk.exports.word import REPLACEMENT, word_safe
from partnerdesk.services.documents.profile import profile_report
from partnerdesk.services.profiles.answers import save_profile, set_up_our_organization
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.store.database import Database
from tests.exports.word_readers import all_text, libreoffice_text

TODAY = date(2026, 11, 23)


@pytest.fixture
def report(database: Database) -> ProfileReport:
    with database.session() as session:
        ours, _ = set_up_our_organization(session, "Eastside Food Collective")
        save_profile(
            session,
            ours,
            {
                "serve.mission": "Enough healthy food for every Eastside household.",
                "serve.whom": "Families & elders <on fixed incomes>\n\n- Millbrook\n- Cedar Hill",
                "do.timeframe": "Every Saturday since 2009",
                "contributions.relational": "Neighbors trust us.\nHalf our board use the pantry.",
            },
        )
        return profile_report(session, ours, TODAY)


def test_each_part_is_a_heading_each_label_bold_unanswered_ones_in_grey(
    report: ProfileReport, tmp_path: Path
) -> None:
    target = tmp_path / "profile.docx"
    write_profile(report, target)
    document = docx.Document(str(target))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == "Partner profile: Eastside Food Collective"
    assert "Prepared by Eastside Food Collective on November 23, 2026" in paragraphs[1].text
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [part.title for part in report.prompts.parts]

    labels = [field.label for part in report.prompts.parts for field in part.fields]
    bold = [p.runs[0].text for p in paragraphs if p.runs and p.runs[0].bold]
    assert bold == labels
    label_paragraphs = [p for p in paragraphs if p.runs and p.runs[0].bold]
    assert all(p.paragraph_format.keep_with_next for p in label_paragraphs)

    unanswered = [p for p in paragraphs if p.text == NOT_FILLED_IN]
    assert len(unanswered) == report.prompts.field_count - 4
    assert all(p.runs[0].font.color.rgb == RGBColor(0x4B, 0x55, 0x63) for p in unanswered)

    text = all_text(target)
    assert "Enough healthy food for every Eastside household." in text
    assert "Families & elders <on fixed incomes>" in text
    assert "Neighbors trust us.\nHalf our board use the pantry." in text
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Millbrook", "Cedar Hill"]
    assert "Page" in text  # the footer's page numbers


def test_control_characters_and_odd_unicode_are_shown_never_dropped(
    report: ProfileReport, tmp_path: Path
) -> None:
    # Stored answers are cleaned on save; data from elsewhere may not be, so build the report.
    odd = "Bell\x07 here, NUL\x00 there, RTL \u202eevil\u202c, emoji 🍎, e\u0301, nonchar \uffff"
    name = "Tom & Jerry's <Pantry>\x0b"
    report = replace(report, organization=name, answers={**report.answers, "how.terms": odd})
    target = tmp_path / "odd.docx"
    write_profile(report, target)
    text = all_text(target)
    assert word_safe(odd) in text
    assert f"Bell{REPLACEMENT} here, NUL{REPLACEMENT} there" in text
    assert "🍎" in text and "\u202eevil" in text
    assert f"Partner profile: Tom & Jerry's <Pantry>{REPLACEMENT}" in text


def test_a_partners_profile_with_nothing_filled_in(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        hospital, _ = add_organization(session, "Lakeview Hospital")
        report = profile_report(session, hospital, TODAY)
    target = tmp_path / "empty.docx"
    write_profile(report, target)
    text = all_text(target)
    assert text.count(NOT_FILLED_IN) == report.prompts.field_count
    assert "Prepared on November 23, 2026." in text


def test_libreoffice_opens_the_profile_and_finds_its_text(
    report: ProfileReport, tmp_path: Path
) -> None:
    source = tmp_path / "profile.docx"
    write_profile(report, source)
    text = libreoffice_text(source, tmp_path)
    assert "Partner profile: Eastside Food Collective" in text
    assert "Families & elders <on fixed incomes>" in text
    assert "Whom do you serve?" in text and NOT_FILLED_IN in text

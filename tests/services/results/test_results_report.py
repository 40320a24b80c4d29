"""The results report for leaders (issue 19): what the user writes for it is kept, a save over
a colleague's is refused naming what they changed, and the report reads the partnership."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest

from partnerdesk.core.checkups import CheckupScores, shipped_statements
from partnerdesk.services.documents.results import export_results_report
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    InvalidInputError,
    RecordMissingError,
)
from partnerdesk.services.results import report as results
from partnerdesk.services.results.report import (
    NotAPartnershipError,
    read_results_form,
    read_results_report,
    save_results_form,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database

TODAY = date.today()
MEALS = 3  # the sample's active partnership, its MOU signed
DECLINED = 2


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def test_the_sample_partnership_has_its_story_next_steps_and_figures(sample: Database) -> None:
    form = read_results_form(sample, MEALS)
    assert form.story.startswith("My two boys ate lunch")
    assert form.story_by == "A parent at the Eastside WIC clinic"
    assert [item.figure for item in form.figures] == ["2,140 lunches", "14 of 22 volunteers (64%)"]
    assert all(item.as_of == (TODAY - timedelta(days=240)).isoformat() for item in form.figures)
    report = read_results_report(sample, MEALS, TODAY)
    assert report.their_organization == "Harlow County Public Health Department"
    assert report.vision.startswith("No Eastside child goes hungry")
    assert report.signed_on == TODAY - timedelta(days=300)
    assert [measure.figure for measure in report.measures] == [item.figure for item in form.figures]
    # The sample's two check-ups, oldest first: the trend the report draws.
    assert [scores.held_on for scores in report.checkups] == sorted(
        scores.held_on for scores in report.checkups
    )
    assert len(report.checkups) == 2
    assert all(value is None for value in report.checkups[0].theirs.values())
    assert report.checkups[1].theirs["trust"] is not None
    # Its roles table's dated rows: the families' survey shared, the county's counts late.
    assert [item.what for item in report.late] == ["Send the summer's lunch counts by site"]
    assert report.kept == 1 and report.still_open == 4


def test_what_is_typed_is_kept_dates_read_as_written(sample: Database) -> None:
    form = read_results_form(sample, MEALS)
    first, second = form.figures
    typed = replace(
        form,
        story="  The clinic felt like ours.  ",
        story_by="Rosa, a volunteer",
        next_steps="Meet in May",
        figures=(replace(first, figure="2,300 lunches", as_of="15/3/2027"), second),
        day_first=True,
    )
    version, _changes = save_results_form(sample, MEALS, typed)
    again = read_results_form(sample, MEALS)
    assert again.row_version == version
    assert (again.story, again.story_by, again.next_steps) == (
        "The clinic felt like ours.",
        "Rosa, a volunteer",
        "Meet in May",
    )
    assert (again.figures[0].figure, again.figures[0].as_of) == ("2,300 lunches", "2027-03-15")
    assert again.figures[1] == second
    assert again.row_version is not None and again.row_version > (form.row_version or 0)


def test_an_unreadable_date_is_refused_and_nothing_is_saved(sample: Database) -> None:
    form = read_results_form(sample, MEALS)
    first, second = form.figures
    with pytest.raises(InvalidInputError, match="cannot read “next spring”"):
        save_results_form(
            sample,
            MEALS,
            replace(form, story="Changed", figures=(replace(first, as_of="next spring"), second)),
        )
    assert read_results_form(sample, MEALS) == form


def test_a_save_over_a_colleagues_is_refused_naming_what_they_changed(sample: Database) -> None:
    mine = read_results_form(sample, MEALS)
    colleague = read_results_form(sample, MEALS)
    first, second = colleague.figures
    save_results_form(
        sample,
        MEALS,
        replace(colleague, story="Their story", figures=(replace(first, figure="2,500"), second)),
    )
    with pytest.raises(ChangedElsewhereError) as refused:
        save_results_form(sample, MEALS, replace(mine, next_steps="My next steps"))
    error = refused.value
    assert [difference.field for difference in error.differences] == [
        "story or quote",
        "next steps",
        f"figure for “{first.goal[:39]}…”",
    ]
    assert isinstance(error.theirs, results.ResultsForm) and error.theirs.story == "Their story"
    assert read_results_form(sample, MEALS).next_steps != "My next steps"
    # "Keep mine": saved over theirs on purpose.
    save_results_form(sample, MEALS, replace(mine, next_steps="My next steps", row_version=None))
    assert read_results_form(sample, MEALS).next_steps == "My next steps"


def test_a_report_written_by_a_colleague_meanwhile_is_not_overwritten(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    with database.session() as session:
        session.delete(results._stored(session, MEALS))
    mine = read_results_form(database, MEALS)
    assert mine.row_version == results.NOTHING_SAVED
    save_results_form(database, MEALS, replace(mine, story="Theirs first"))
    with pytest.raises(ChangedElsewhereError):
        save_results_form(database, MEALS, replace(mine, story="Mine"))


def test_only_a_partnership_has_a_report(sample: Database, tmp_path: Path) -> None:
    with pytest.raises(NotAPartnershipError, match="is not a partnership yet"):
        read_results_form(sample, DECLINED)
    with pytest.raises(RecordMissingError):
        read_results_report(sample, 999)
    with pytest.raises(NotAPartnershipError):
        export_results_report(sample, DECLINED, tmp_path / "report.docx")
    assert not list(tmp_path.glob("*.docx"))


def test_the_exported_report_draws_the_check_up_history_it_is_given(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    domains = [domain.id for domain in shipped_statements().domains]
    scores = dict.fromkeys(domains, 4.0)
    history = [CheckupScores(1, TODAY - timedelta(days=60), scores, scores)]
    monkeypatch.setattr(results, "checkup_history", lambda _database, _request_id: history)
    written = export_results_report(sample, MEALS, tmp_path / "report.docx")
    document = docx.Document(str(written.path))
    assert len(document.inline_shapes) == 1
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "A parent at the Eastside WIC clinic" in text
    assert "Recruit next summer's volunteers" in text

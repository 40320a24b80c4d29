"""Two staff saving the first results report of one partnership at the same moment on one
PostgreSQL database (issue 19): the second is refused with the first's words (the usual
"someone else changed it" question), never a raw database failure, never an overwrite —
for the report's text and for a goal's figure alike."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from partnerdesk.paths import DataLocation
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.results.report import (
    ResultsForm,
    read_results_form,
    save_results_form,
)
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Commitment, GoalFigure, ResultsReportText
from tests.services.two_staff import held_before_commit, start, wait_until_waiting_on_a_lock

pytestmark = pytest.mark.postgresql_only
ACTIVE = 3  # the sample's active partnership


@pytest.fixture
def colleague(location: DataLocation) -> Iterator[Database]:
    other = open_database(location)
    yield other
    other.close()


def _nothing_saved_yet(database: Database) -> ResultsForm:
    """The sample partnership as if nobody had written its report yet."""
    with database.session() as session:
        load_sample_data(session)
        for text in session.query(ResultsReportText).all():
            session.delete(text)
        for figure in session.query(GoalFigure).all():
            session.delete(figure)
        session.commit()
    form = read_results_form(database, ACTIVE)
    assert form.figures, "the sample partnership has goals"
    return form


def _at_once(
    database: Database, colleague: Database, theirs: ResultsForm, mine: ResultsForm
) -> ChangedElsewhereError:
    with held_before_commit(colleague) as hold:
        first = start(lambda: save_results_form(colleague, ACTIVE, theirs))
        hold.wait_until_reached()
        second = start(lambda: save_results_form(database, ACTIVE, mine))
        wait_until_waiting_on_a_lock(database, second)
        hold.release.set()
        first.outcome()
        with pytest.raises(ChangedElsewhereError) as refused:
            second.outcome()
    return refused.value


def test_two_first_saves_of_the_story_refuse_the_second_with_the_firsts_words(
    database: Database, colleague: Database
) -> None:
    blank = _nothing_saved_yet(database)
    theirs = replace(blank, story="Their story.")
    mine = replace(blank, story="Our story.")
    refused = _at_once(database, colleague, theirs, mine)
    assert isinstance(refused.theirs, ResultsForm) and refused.theirs.story == "Their story."
    assert [(d.theirs, d.mine) for d in refused.differences] == [("Their story.", "Our story.")]
    assert read_results_form(database, ACTIVE).story == "Their story."


def test_two_first_figures_for_one_goal_refuse_the_second_with_the_firsts_figure(
    database: Database, colleague: Database
) -> None:
    blank = _nothing_saved_yet(database)
    goal = blank.figures[0]

    def with_figure(figure: str) -> ResultsForm:
        return replace(blank, figures=(replace(goal, figure=figure), *blank.figures[1:]))

    refused = _at_once(database, colleague, with_figure("120 families"), with_figure("95 families"))
    assert isinstance(refused.theirs, ResultsForm)
    assert refused.theirs.figures[0].figure == "120 families"
    assert [d.mine for d in refused.differences] == ["95 families"]
    assert read_results_form(database, ACTIVE).figures[0].figure == "120 families"
    with database.session() as session:
        assert session.query(GoalFigure).filter_by(commitment_id=goal.commitment_id).count() == 1
        assert session.get(Commitment, goal.commitment_id) is not None

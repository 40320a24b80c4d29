"""Questions worded for one organization, ratings as read, the stage after a decision."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import Decision, Rating, RequestStage, rating_shown
from partnerdesk.core.choices import stage_after_decision as after
from partnerdesk.core.question_text import RecordFacts, fill_placeholders

WHY_NOW = "Why now, when your organization has been around for (X) years?"


@pytest.mark.parametrize(
    ("years", "asked"),
    [
        (62, "Why now, when your organization has been around for 62 years?"),
        (1, "Why now, when your organization has been around for 1 year?"),
        (None, WHY_NOW),  # not on record: the gap stays visible, to be filled in the meeting
    ],
)
def test_the_years_on_record_fill_the_question(years: int | None, asked: str) -> None:
    assert fill_placeholders(WHY_NOW, RecordFacts(years_in_community=years)) == asked


def test_an_answered_question_without_a_rating_is_not_called_not_asked() -> None:
    assert rating_shown(Rating.NOT_ASKED, answered=False) == "Not asked yet"
    assert rating_shown(Rating.NOT_ASKED, answered=True) == "Answered, not rated yet"
    assert rating_shown(Rating.STRONG, answered=True) == "Strong"


def test_going_ahead_leads_to_the_kickoff_meeting() -> None:
    assert after(Decision.PROCEED_WITH_CONDITIONS, RequestStage.RECEIVED) is RequestStage.KICKOFF
    assert after(Decision.PROCEED, RequestStage.VETTING) is RequestStage.KICKOFF
    assert after(Decision.PROCEED, RequestStage.MOU_DRAFTING) is None  # already further on
    assert after(Decision.PAUSE, RequestStage.VETTING) is None
    assert after(Decision.DECLINE, RequestStage.VETTING) is None  # the decision itself moves it

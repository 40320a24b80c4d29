"""Questions worded for one organization, ratings as read, the stage after a decision."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import Decision, Rating, RequestStage, ValuesShown, rating_shown
from partnerdesk.core.choices import stage_after_decision as after
from partnerdesk.core.question_text import RecordFacts, fill_placeholders

WHY_NOW = "Why now, when your organization has been around for (X) years?"


@pytest.mark.parametrize(
    ("years", "asked"),
    [
        (62, "Why now, when your organization has been around for 62 years?"),
        (1, "Why now, when your organization has been around for 1 year?"),
        # Not on record: asked plainly, without a number (the question goes out as it is).
        (None, "Why now, when your organization has been around for years?"),
    ],
)
def test_the_years_on_record_fill_the_question(years: int | None, asked: str) -> None:
    assert fill_placeholders(WHY_NOW, RecordFacts(years_in_community=years)) == asked


def test_the_shipped_why_now_question_reads_plainly_without_a_number() -> None:
    from partnerdesk.core.question_bank import load_question_bank

    shipped = load_question_bank().get("hard.why-now")
    assert shipped is not None and "(X) years" in shipped.text
    asked = fill_placeholders(shipped.text, RecordFacts())
    assert "(X)" not in asked and asked.endswith("has been around for years?")
    assert "for 16 years?" in fill_placeholders(shipped.text, RecordFacts(years_in_community=16))


def test_whether_values_were_shown_reads_in_plain_words() -> None:
    assert [shown.label for shown in ValuesShown] == [
        "Shown",
        "Partly shown",
        "Not shown",
        "Don't know",
    ]


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

"""The funding cliff in words: the chart's text alternative (issue 19)."""

from __future__ import annotations

from datetime import date

from partnerdesk.core.funding_cliff import FundingEnd, describe_funding_cliff, months_between

TODAY = date(2026, 12, 4)


def test_the_words_say_each_end_soonest_first_then_those_without_a_date() -> None:
    words = describe_funding_cliff(
        [
            FundingEnd("Summer meals", date(2028, 9, 4)),
            FundingEnd("Rides to the clinic", None),
            FundingEnd("Walking group", date(2027, 8, 31)),
            FundingEnd("Diabetes classes", date(2026, 10, 1)),
            FundingEnd("Flu shots", date(2026, 12, 20)),
        ],
        TODAY,
    )
    assert words.splitlines() == [
        "Diabetes classes: funding ended on 1 Oct 2026.",
        "Flu shots: funding ends on 20 Dec 2026, within a month.",
        "Walking group: funding ends on 31 Aug 2027, in 8 months.",
        "Summer meals: funding ends on 4 Sep 2028, in 21 months.",
        "No funding end date: Rides to the clinic.",
    ]
    assert describe_funding_cliff([], TODAY) == "There are no partnerships yet."


def test_whole_months_count_a_month_only_once_its_day_is_reached() -> None:
    assert months_between(TODAY, date(2027, 1, 3)) == 0
    assert months_between(TODAY, date(2027, 1, 4)) == 1
    assert months_between(TODAY, date(2027, 12, 4)) == 12

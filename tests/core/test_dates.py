"""Reading dates the ways people write them, and never guessing at the rest."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.core.dates import (
    UnreadableDateError,
    friendly_date,
    long_date,
    read_date,
)

SEP_30 = date(2027, 9, 30)
TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "2027-09-30",
        "2027-9-30",
        "2027/09/30",
        "9/30/2027",
        "09/30/2027",
        "9/30/27",
        "30 Sep 2027",
        "30 sep 2027",
        "30 Sept 2027",
        "30 Sep. 2027",
        "30-Sep-2027",
        "30 September 2027",
        "30th September 2027",
        "Sep 30, 2027",
        "Sep 30 2027",
        "September 30, 2027",
        "september 30th, 2027",
        "  September   30,  2027 ",
        "Friday 30 September 2027",
        "Thu, 30 Sep 2027",
    ],
)
def test_the_usual_ways_of_writing_a_date(text: str) -> None:
    assert read_date(text) == SEP_30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/9/2027", SEP_30),
        ("30.09.2027", SEP_30),
        ("1/2/2027", date(2027, 2, 1)),
        ("2027-09-30", SEP_30),
        ("Sep 30, 2027", SEP_30),
    ],
)
def test_day_first_where_the_system_writes_day_first(text: str, expected: date) -> None:
    assert read_date(text, day_first=True) == expected


def test_month_first_by_default() -> None:
    assert read_date("1/2/2027") == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Today", TODAY),
        ("tomorrow", date(2026, 12, 5)),
        ("yesterday", date(2026, 12, 3)),
    ],
)
def test_words_for_days_near_today(text: str, expected: date) -> None:
    assert read_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_text_is_no_date(text: str) -> None:
    assert read_date(text) is None


def test_two_digit_years() -> None:
    assert read_date("1/2/68") == date(2068, 1, 2)
    assert read_date("1/2/98") == date(1998, 1, 2)
    assert read_date("3 Mar 05") == date(2005, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "31/31/2027",
        "30/9/2027",  # no 30th month when month comes first
        "2027-02-30",
        "Feb 30, 2027",
        "30 Sep",
        "Sep 2027",
        "30 Ma 2027",  # "Ma": March or May?
        "30 Smarch 2027",
        "next week",
        "2027",
        "1/2/202",
        "Not set30Sep2027",
        "3020-09-30x",
        "0/0/0",
    ],
)
def test_what_cannot_be_read_says_so_in_plain_words(text: str) -> None:
    with pytest.raises(UnreadableDateError) as raised:
        read_date(text)
    assert str(raised.value) == (
        f"Could not read “{text.strip()}” as a date. Write it like 30 Sep 2027."
    )


def test_long_date_spells_out_the_weekday() -> None:
    assert long_date(SEP_30) == "Thursday 30 September 2027"
    assert friendly_date(date(2026, 11, 3)) == "3 Nov 2026"


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31))


@given(days, st.booleans())
def test_every_written_form_reads_back_as_the_same_day(day: date, day_first: bool) -> None:
    written = [
        day.isoformat(),
        friendly_date(day),
        long_date(day),
        f"{day.day} {long_date(day).split()[2]} {day.year}",
        f"{long_date(day).split()[2]} {day.day}, {day.year}",
        f"{day.day}/{day.month}/{day.year}" if day_first else f"{day.month}/{day.day}/{day.year}",
    ]
    for text in written:
        assert read_date(text, day_first=day_first) == day, text

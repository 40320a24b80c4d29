"""The funding cliff: when each partnership's funding ends, across the coming years.

A partnership funded by a grant that ends is a partnership that may end with it (seed 002
asks what happens when the funding runs out). The chart (exports/charts/funding_cliff.py)
and these words say the same facts: the words are the chart's text alternative. Both are
written in a language given (the window passes the screen's): the words are document
words ("cliff.…", resources/[LANG/]document_words.yaml), the dates the window's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import SOURCE_LANGUAGE


@dataclass(frozen=True)
class FundingEnd:
    partnership: str
    ends_on: date | None  # None: no end date known


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1 if months > 0 else 0
    return months


def dated(ends: Sequence[FundingEnd]) -> list[FundingEnd]:
    """The partnerships with an end date, soonest first."""
    return sorted(
        (end for end in ends if end.ends_on is not None),
        key=lambda end: (end.ends_on or date.max, end.partnership.casefold()),
    )


def bar_label(end: FundingEnd, today: date, language: str = SOURCE_LANGUAGE) -> str:
    """The date at the end of a partnership's bar, written as the Partnerships table
    writes it ("31 Aug 2027"), so the chart and the table read alike."""
    from partnerdesk.core.document_language import say, writing_in

    assert end.ends_on is not None
    when = friendly_date(end.ends_on, language)
    if end.ends_on >= today:
        return when
    with writing_in(language):
        return say("cliff.ended", date=when)


def describe_funding_cliff(
    ends: Sequence[FundingEnd], today: date, language: str = SOURCE_LANGUAGE
) -> str:
    """The chart in words, soonest first, then the partnerships with no end date."""
    from partnerdesk.core.document_language import say, say_count, writing_in

    with writing_in(language):
        if not ends:
            return say("cliff.no_partnerships")
        lines = []
        for end in dated(ends):
            assert end.ends_on is not None
            when = friendly_date(end.ends_on, language)
            if end.ends_on < today:
                lines.append(say("cliff.ended_on", partnership=end.partnership, date=when))
                continue
            months = months_between(today, end.ends_on)
            ahead = (
                say("cliff.within_a_month") if months < 1 else say_count("cliff.in_months", months)
            )
            lines.append(say("cliff.ends_on", partnership=end.partnership, date=when, ahead=ahead))
        unknown = [end.partnership for end in ends if end.ends_on is None]
        if unknown:
            lines.append(say("cliff.no_end_date", partnerships="; ".join(unknown)))
    return "\n".join(lines)

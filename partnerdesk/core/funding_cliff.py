"""The funding cliff: when each partnership's funding ends, across the coming years.

A partnership funded by a grant that ends is a partnership that may end with it (seed 002
asks what happens when the funding runs out). The chart (exports/charts/funding_cliff.py)
and these words say the same facts: the words are the chart's text alternative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from partnerdesk.core.dates import friendly_date


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


def bar_label(end: FundingEnd, today: date) -> str:
    """The date at the end of a partnership's bar, written as the Partnerships table
    writes it ("31 Aug 2027"), so the chart and the table read alike."""
    assert end.ends_on is not None
    when = friendly_date(end.ends_on)
    return f"{when} (ended)" if end.ends_on < today else when


def describe_funding_cliff(ends: Sequence[FundingEnd], today: date) -> str:
    """The chart in words, soonest first, then the partnerships with no end date."""
    if not ends:
        return "There are no partnerships yet."
    lines = []
    for end in dated(ends):
        assert end.ends_on is not None
        when = friendly_date(end.ends_on)
        if end.ends_on < today:
            lines.append(f"{end.partnership}: funding ended on {when}.")
            continue
        months = months_between(today, end.ends_on)
        ahead = "within a month" if months < 1 else f"in {months} month{'s' if months != 1 else ''}"
        lines.append(f"{end.partnership}: funding ends on {when}, {ahead}.")
    unknown = [end.partnership for end in ends if end.ends_on is None]
    if unknown:
        lines.append("No funding end date: " + "; ".join(unknown) + ".")
    return "\n".join(lines)

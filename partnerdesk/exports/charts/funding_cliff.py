"""The funding cliff: one bar per partnership, from today to the day its funding ends.

A dashed line marks the start of each coming year, so a year when several partnerships
lose their funding at once stands out. Partnerships with no end date cannot be drawn:
they are named below the bars. The same facts in words:
:func:`partnerdesk.core.funding_cliff.describe_funding_cliff`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from partnerdesk.core.document_language import ENGLISH, say, writing_in
from partnerdesk.core.funding_cliff import FundingEnd, bar_label, dated
from partnerdesk.exports.charts import (
    SERIES_COLOURS,
    TEXT_COLOUR,
    figure_png,
    new_figure,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# At least this far ahead, so the coming years show even when every end is soon.
YEARS_AHEAD = 3
LONGEST_NAME = 42
_STILL_FUNDED = SERIES_COLOURS[0]  # blue
_ENDED = SERIES_COLOURS[1]  # vermilion


def funding_cliff_png(
    ends: Sequence[FundingEnd], today: date, width_inches: float = 6.3, language: str = ENGLISH
) -> bytes:
    """The chart as PNG bytes (for the window's Partnerships page), its words in
    ``language``."""
    return figure_png(funding_cliff_figure(ends, today, width_inches, language))


def funding_cliff_figure(
    ends: Sequence[FundingEnd], today: date, width_inches: float = 6.3, language: str = ENGLISH
) -> Figure:
    """The chart, drawn (its texts can be read back)."""
    with writing_in(language):
        return _drawn(ends, today, width_inches, language)


def _drawn(ends: Sequence[FundingEnd], today: date, width_inches: float, language: str) -> Figure:
    shown = dated(ends)
    unknown = [end.partnership for end in ends if end.ends_on is None]
    height = 1.4 + 0.32 * max(len(shown), 1) + (0.3 if unknown else 0)
    figure = new_figure((width_inches, height))
    axes = figure.subplots()
    style_axes(axes)
    axes.grid(False, axis="y")
    last = max(
        [today + timedelta(days=365 * YEARS_AHEAD), *(e.ends_on for e in shown if e.ends_on)]
    )
    first = min([today, *(e.ends_on for e in shown if e.ends_on)])

    def x(day: date) -> float:
        """Days from today along the bottom; the ticks are labelled with the years."""
        return float((day - today).days)

    for row, end in enumerate(shown):
        assert end.ends_on is not None
        if end.ends_on >= today:
            axes.barh(row, x(end.ends_on), left=0.0, height=0.55, color=_STILL_FUNDED)
        else:
            axes.plot([x(end.ends_on)], [row], marker="X", color=_ENDED, markersize=7)
        axes.annotate(
            bar_label(end, today, language),
            (x(end.ends_on), row),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
            color=TEXT_COLOUR,
            # Readable where a year's line crosses the date.
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5},
        )
    years = range(today.year + 1, last.year + 2)
    for year in years:
        axes.axvline(x(date(year, 1, 1)), color=TEXT_COLOUR, linestyle="--", linewidth=0.7)
    axes.set_xticks([x(date(year, 1, 1)) for year in years], [str(year) for year in years])
    axes.axvline(0.0, color=_ENDED, linewidth=1.2)
    axes.annotate(
        say("cliff.today"),
        (0.0, 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(2, 2),
        textcoords="offset points",
        fontsize=7,
        color=_ENDED,
    )
    axes.set_yticks(range(len(shown)), [_short(end.partnership) for end in shown], fontsize=7)
    axes.set_ylim(len(shown) - 0.5 if shown else 0.5, -0.5)
    # Room on the right for the last date's label.
    axes.set_xlim(x(first) - 30, x(last) + 240)
    if not shown:
        axes.text(
            0.5,
            0.5,
            say("cliff.no_dates"),
            transform=axes.transAxes,
            ha="center",
            va="center",
            fontsize=8,
            color=TEXT_COLOUR,
            bbox={"facecolor": "white", "edgecolor": "none"},
        )
        axes.set_yticks([])
    if unknown:
        # Below the years, where the layout leaves room for it.
        unknown_words = say("cliff.no_end_date_label", partnerships="; ".join(unknown))
        axes.set_xlabel(_short(unknown_words, 110), fontsize=7, loc="left")
    # No title: the page's heading above the picture names it (once).
    return figure


def _short(text: str, most: int = LONGEST_NAME) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"

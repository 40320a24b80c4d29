"""The check-up trend: each domain's score over every check-up, one panel per side.

Drawn from plain :class:`~partnerdesk.core.checkups.CheckupScores`, so the window, the Word
report and a test all draw the same picture. Its words are
:func:`partnerdesk.core.checkups.describe_trend`. The picture's own words (axis, the sides'
names when unknown) are the document words "trend.…" of the language asked for; the legend
is the statements' domain titles, so pass the statements of that language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from partnerdesk.core.checkups import (
    HIGHEST_SCORE,
    LOWEST_SCORE,
    CheckupScores,
    CheckupStatements,
)
from partnerdesk.core.document_language import ENGLISH, chart_date, say, writing_in
from partnerdesk.exports.charts import (
    SERIES_COLOURS,
    SERIES_MARKERS,
    TEXT_COLOUR,
    figure_png,
    new_figure,
    style_axes,
)

TREND_SIZE_INCHES = (6.3, 4.2)
# Domains with the same score would draw one line over another and hide it: each domain's
# line is lifted or lowered by a small step (less than a tenth of a score point between
# neighbours, under a quarter point in all), so every line stays visible and still reads
# as the score it is next to.
DOMAIN_STEP = 0.06


def checkup_trend_png(
    statements: CheckupStatements,
    history: Sequence[CheckupScores],
    our_name: str = "",
    their_name: str = "",
    language: str = ENGLISH,
) -> bytes:
    """Two panels side by side (ours, theirs), one line per domain, dates along the bottom.

    A domain a side did not rate at a check-up leaves a gap in its line rather than a zero.
    A side's name left empty is "Our organization" / "Partner" in ``language``.
    """
    with writing_in(language):
        our_name = our_name or say("trend.our_organization")
        their_name = their_name or say("trend.partner")
        score_label = say("trend.axis")
    figure = new_figure(TREND_SIZE_INCHES)
    # One date axis for both: a side rated at only one check-up is not squeezed to a point.
    ours_axes, theirs_axes = figure.subplots(1, 2, sharex=True, sharey=True)
    middle = (len(statements.domains) - 1) / 2
    dates = [scores.held_on for scores in history]
    for axes, title, side in (
        (ours_axes, our_name, "ours"),
        (theirs_axes, their_name, "theirs"),
    ):
        style_axes(axes)
        axes.set_title(title, fontsize=9)
        for index, domain in enumerate(statements.domains):
            lift = (index - middle) * DOMAIN_STEP
            values = [
                _nan_if_none(getattr(scores, side).get(domain.id), lift) for scores in history
            ]
            axes.plot(
                dates,
                values,
                label=domain.title,
                color=SERIES_COLOURS[index % len(SERIES_COLOURS)],
                marker=SERIES_MARKERS[index % len(SERIES_MARKERS)],
                markersize=4,
                linewidth=1.4,
            )
        axes.set_ylim(LOWEST_SCORE - 0.35, HIGHEST_SCORE + 0.35)
        axes.set_yticks(range(LOWEST_SCORE, HIGHEST_SCORE + 1))
        if dates:
            axes.set_xticks(
                dates, [chart_date(day, language) for day in dates], rotation=30, ha="right"
            )
            if len(set(dates)) == 1:  # one check-up: give its point room on both sides
                only = dates[0]
                axes.set_xlim(only - timedelta(days=30), only + timedelta(days=30))
    ours_axes.set_ylabel(score_label, fontsize=8)
    handles, labels = ours_axes.get_legend_handles_labels()
    figure.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=2,
        fontsize=7,
        frameon=False,
        labelcolor=TEXT_COLOUR,
    )
    return figure_png(figure)


def _nan_if_none(value: float | None, lift: float = 0.0) -> float:
    return float("nan") if value is None else value + lift

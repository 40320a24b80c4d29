"""Charts are real PNG pictures, drawn without a screen."""

from __future__ import annotations

import struct
from datetime import date
from typing import TYPE_CHECKING

import pytest

from partnerdesk.core.checkups import CheckupScores, shipped_statements
from partnerdesk.exports.charts.checkup_trend import checkup_trend_png

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_the_trend_chart_is_a_png_picture_sized_for_a_word_page() -> None:
    statements = shipped_statements()
    history = [
        CheckupScores(1, date(2026, 3, 1), {"trust": 3.0, "data": None}, {"trust": 2.0}),
        CheckupScores(2, date(2026, 9, 1), {"trust": 4.0, "data": 2.0}, {"trust": None}),
    ]
    png = checkup_trend_png(statements, history, "Eastside Pantry", "Mercy General")
    assert png.startswith(PNG_SIGNATURE)
    width, height = _png_size(png)
    assert (width, height) == (945, 630)


def test_a_chart_with_no_check_up_yet_is_still_a_picture() -> None:
    png = checkup_trend_png(shipped_statements(), [])
    assert png.startswith(PNG_SIGNATURE)


def test_the_funding_cliff_grows_a_row_per_dated_partnership() -> None:
    from partnerdesk.core.funding_cliff import FundingEnd
    from partnerdesk.exports.charts.funding_cliff import funding_cliff_png

    today = date(2026, 12, 4)
    one = funding_cliff_png([FundingEnd("Walking group", date(2027, 8, 31))], today)
    three = funding_cliff_png(
        [
            FundingEnd("Walking group", date(2027, 8, 31)),
            FundingEnd("Summer meals", date(2029, 6, 30)),
            FundingEnd("Diabetes classes", date(2026, 10, 1)),  # ended already
            FundingEnd("Rides to the clinic", None),  # named in words below
        ],
        today,
    )
    assert one.startswith(PNG_SIGNATURE) and three.startswith(PNG_SIGNATURE)
    assert _png_size(one)[0] == _png_size(three)[0] == 945
    assert _png_size(three)[1] > _png_size(one)[1]
    assert funding_cliff_png([FundingEnd("Rides", None)], today).startswith(PNG_SIGNATURE)


def test_the_trend_chart_speaks_the_language_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:

    from partnerdesk.exports.charts import checkup_trend

    drawn: list[Figure] = []

    def keep(figure: Figure) -> bytes:
        drawn.append(figure)
        return b""

    monkeypatch.setattr(checkup_trend, "figure_png", keep)
    history = [CheckupScores(1, date(2026, 3, 1), {"trust": 3.0}, {"trust": 2.0})]
    checkup_trend_png(shipped_statements("es"), history, language="es")
    checkup_trend_png(shipped_statements(), history, "Eastside Pantry")
    spanish, english = (
        (
            [axes.get_title() for axes in figure.axes],
            figure.axes[0].get_ylabel(),
            [text.get_text() for legend in figure.legends for text in legend.get_texts()],
        )
        for figure in drawn
    )
    assert spanish[:2] == (
        ["Nuestra organización", "Organización aliada"],
        "Calificación (1 = nada, 5 = totalmente)",
    )
    assert "Confianza y respeto" in spanish[2]
    assert english[:2] == (
        ["Eastside Pantry", "Partner"],
        "Score (1 = not at all, 5 = fully)",
    )
    assert "Trust and respect" in english[2]


def _funding_cliff_texts(today: date) -> list[str]:
    from partnerdesk.core.funding_cliff import FundingEnd
    from partnerdesk.exports.charts.funding_cliff import funding_cliff_figure

    figure = funding_cliff_figure(
        [
            FundingEnd("Walking group", date(2027, 8, 31)),
            FundingEnd("Diabetes classes", date(2026, 10, 1)),  # ended already
        ],
        today,
    )
    (axes,) = figure.axes
    return [text.get_text() for text in axes.texts]


def test_the_funding_cliff_labels_its_bars_with_the_dates_the_table_shows() -> None:
    from partnerdesk.core.dates import friendly_date

    texts = _funding_cliff_texts(date(2026, 12, 4))
    assert friendly_date(date(2027, 8, 31)) == "31 Aug 2027"
    assert "31 Aug 2027" in texts and "1 Oct 2026 (ended)" in texts
    assert not any("2027-08-31" in text or "2026-10-01" in text for text in texts)


def test_the_funding_cliff_has_no_title_of_its_own_the_page_heading_names_it() -> None:
    from partnerdesk.core.funding_cliff import FundingEnd
    from partnerdesk.exports.charts.funding_cliff import funding_cliff_figure

    figure = funding_cliff_figure([FundingEnd("Walking group", date(2027, 8, 31))], date.today())
    (axes,) = figure.axes
    assert axes.get_title() == "" and figure.texts == []


def _drawn_trend(monkeypatch: pytest.MonkeyPatch, history: list[CheckupScores]) -> Figure:
    """The figure the trend chart drew, caught as it is turned into PNG bytes."""
    from partnerdesk.exports.charts import checkup_trend

    caught: list[Figure] = []

    def catch(figure: Figure) -> bytes:
        caught.append(figure)
        return PNG_SIGNATURE

    monkeypatch.setattr(checkup_trend, "figure_png", catch)
    checkup_trend.checkup_trend_png(shipped_statements(), history, "Eastside Pantry", "Mercy")
    return caught[0]


def test_the_trend_shares_its_dates_and_writes_them_as_people_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history = [
        CheckupScores(1, date(2026, 4, 14), {"trust": 3.0}, {}),
        CheckupScores(2, date(2026, 10, 2), {"trust": 4.0}, {"trust": 4.0}),
    ]
    figure = _drawn_trend(monkeypatch, history)
    ours, theirs = figure.axes[:2]
    # The partner rated once: their panel still spans both check-ups' dates.
    assert ours.get_shared_x_axes().joined(ours, theirs)
    assert ours.get_xlim() == theirs.get_xlim()
    labels = [label.get_text() for label in ours.get_xticklabels()]
    assert labels == ["14 Apr 2026", "2 Oct 2026"]
    assert not any("2026-" in label for label in labels)


def test_domains_with_equal_scores_are_drawn_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    statements = shipped_statements()
    history = [CheckupScores(1, date(2026, 4, 14), {d.id: 4.0 for d in statements.domains}, {})]
    ours = _drawn_trend(monkeypatch, history).axes[0]
    heights = [line.get_ydata()[0] for line in ours.get_lines()]
    assert len(heights) == len(statements.domains)
    assert len(set(heights)) == len(heights), "no line hides another"
    assert all(abs(height - 4.0) < 0.25 for height in heights), "each still reads as a 4"

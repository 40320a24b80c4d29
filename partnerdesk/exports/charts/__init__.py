"""Charts drawn as PNG pictures, for the window and for Word documents alike.

matplotlib draws them with its Agg renderer: no screen and no Qt, so the same picture goes
into a results report and onto a page of the app (which shows the PNG). matplotlib and numpy
take a few hundred milliseconds to import, so they are imported here, inside
:func:`new_figure`, only when a chart is first drawn; start-up never pays for them.

Every chart is drawn on its own white card with dark text, so it reads the same on a light
or dark window and on paper; its colours are the Okabe–Ito set, told apart with colour
blindness too, and every line also has its own marker.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe & Ito's colour-blind-safe palette, and a brown for an eighth line.
SERIES_COLOURS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C564B",
)
SERIES_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
TEXT_COLOUR = "#1a1a1a"
GRID_COLOUR = "#d0d0d0"
# Sized for a Word page's text width (16 cm) at print resolution.
DEFAULT_SIZE_INCHES = (6.3, 3.4)
DOTS_PER_INCH = 150


def new_figure(size_inches: tuple[float, float] = DEFAULT_SIZE_INCHES) -> Figure:
    """A blank figure in the house style, drawn off-screen."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=size_inches, dpi=DOTS_PER_INCH, facecolor="white")
    figure.set_layout_engine("constrained")
    return figure


def style_axes(axes: object) -> None:
    """Plain axes: light grid behind, no top or right frame, dark text."""
    from matplotlib.axes import Axes

    assert isinstance(axes, Axes)
    axes.set_facecolor("white")
    axes.grid(True, color=GRID_COLOUR, linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=TEXT_COLOUR, labelsize=8)
    axes.xaxis.label.set_color(TEXT_COLOUR)
    axes.yaxis.label.set_color(TEXT_COLOUR)
    axes.title.set_color(TEXT_COLOUR)


def figure_png(figure: Figure) -> bytes:
    """The figure as PNG bytes (what Word and QPixmap both read)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DOTS_PER_INCH, facecolor="white")
    return buffer.getvalue()

"""Colours that mean something (a red flag, a warning, done), chosen against the palette.

Every colour the interface shows comes from the palette or from here. A tone starts from
the colour it has on a light screen and, when that would be hard to read on the current
background (dark mode, high contrast), is made lighter or darker until its text reaches
WCAG AA contrast (4.5:1). Colours are worked out when they are shown, and labels coloured
here are coloured again when the palette changes (the system switches to dark mode), so
nothing keeps a colour chosen for another background.

Rich text names a tone with a token (``tone_span``); the token becomes a colour when the
text is shown (``resolve``), against the background it is drawn on.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

# WCAG AA for normal text, with a little room so rounding to whole RGB values never
# brings a colour under it.
TEXT_CONTRAST = 4.5
_AIM = 4.6


class Tone(Enum):
    """What a colour says, with the colour it has on a light background."""

    FLAG = "#9f1239"  # a red flag, a concern, something late
    WARNING = "#9a3412"  # a problem to fix before going on (a field that cannot be read)
    ATTENTION = "#92400e"  # something to ask or look at: a question, a gap, a harm
    SUCCESS = "#166534"  # done, strong, new
    INFO = "#1e40af"  # neither good nor bad: adequate, to be merged
    LINK = "#1d4ed8"  # goes somewhere
    MUTED = "#4b5563"  # help and hints, retired things


# Tokens in rich text: %%flag%% for a tone's text colour, %%tint-flag%% for a background
# tinted with it, %%text%% for the usual text colour.
_TOKEN = re.compile(r"%%(tint-)?([a-z]+)%%")
TONE_PROPERTY = "partnerdesk_tone"
HTML_PROPERTY = "partnerdesk_rich_text"
SHEET_PROPERTY = "partnerdesk_palette_sheet"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, from 1 (the same) to 21 (black on white)."""
    first, second = relative_luminance(one), relative_luminance(other)
    lighter, darker = max(first, second), min(first, second)
    return (lighter + 0.05) / (darker + 0.05)


def readable(
    preferred: QColor, background: QColor, aim: float = _AIM, *, also_on: tuple[QColor, ...] = ()
) -> QColor:
    """``preferred``, or the nearest colour of its hue that reads on ``background`` (and on
    the other surfaces ``also_on`` the same text may be drawn on)."""
    surfaces = (background, *also_on)

    def worst(colour: QColor) -> float:
        return min(contrast(colour, surface) for surface in surfaces)

    if worst(preferred) >= aim:
        return QColor(preferred)
    hsl = preferred.toHsl()
    hue = max(hsl.hslHueF(), 0.0)  # grey has no hue (-1)
    saturation, lightness = hsl.hslSaturationF(), hsl.lightnessF()
    # Away from the background: lighter on a dark one, darker on a light one.
    target = 1.0 if relative_luminance(background) < 0.18 else 0.0
    low, high = lightness, target
    if worst(QColor.fromHslF(hue, saturation, high)) < aim:
        # Even the lightest (darkest) of this hue is not enough: plain white or black.
        white, black = QColor(Qt.GlobalColor.white), QColor(Qt.GlobalColor.black)
        return white if worst(white) >= worst(black) else black
    for _ in range(20):  # the least change that is enough: bisect the lightness
        middle = (low + high) / 2
        if worst(QColor.fromHslF(hue, saturation, middle)) >= aim:
            high = middle
        else:
            low = middle
    return QColor.fromHslF(hue, saturation, high).toRgb()


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``other`` in ``one``."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def tone_colour(tone: Tone, background: QColor, *, also_on: tuple[QColor, ...] = ()) -> QColor:
    """The tone's text colour on ``background`` (and on ``also_on``)."""
    return readable(QColor(tone.value), background, also_on=also_on)


def surfaces(palette: QPalette) -> tuple[QColor, ...]:
    """What a widget's text may be drawn on besides its own background: a label is on the
    window, or inside a tab's pane or a group box that the style shades from the button
    colour, or on a text field's base."""
    button = palette.color(QPalette.ColorRole.Button)
    dark = relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.18
    return (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        button,
        button.lighter(130) if dark else button.darker(110),
    )


def tint(tone: Tone, base: QColor, text: QColor) -> QColor:
    """A background tinted with the tone, on which ``text`` and the tone still read."""
    hue_colour = readable(QColor(tone.value), base, aim=3.0)
    for share in (0.16, 0.12, 0.08, 0.04):
        tinted = mix(base, hue_colour, share)
        if contrast(text, tinted) >= _AIM:
            return tinted
    return QColor(base)


def background_of(widget: QWidget) -> QColor:
    """The colour behind a widget's text; a flat button shows its parent's."""
    if isinstance(widget, QPushButton) and widget.isFlat():
        return widget.palette().color(QPalette.ColorRole.Window)
    return widget.palette().color(widget.backgroundRole())


def resolve(
    rich_text: str, background: QColor, text: QColor, *, also_on: tuple[QColor, ...] = ()
) -> str:
    """Rich text with its tone tokens turned into colours for ``background``."""

    def colour(match: re.Match[str]) -> str:
        name = match.group(2)
        if name == "text":
            return text.name()
        tone = Tone[name.upper()]
        if match.group(1):
            return tint(tone, background, text).name()
        return tone_colour(tone, background, also_on=also_on).name()

    return _TOKEN.sub(colour, rich_text)


def tone_span(tone: Tone, inner_html: str) -> str:
    """``inner_html`` in the tone's colour, once resolved."""
    return f"<span style='color:%%{tone.name.lower()}%%'>{inner_html}</span>"


def tinted_span(tone: Tone, inner_html: str) -> str:
    """``inner_html`` on a background tinted with the tone (a search match)."""
    return f"<span style='background:%%tint-{tone.name.lower()}%%'>{inner_html}</span>"


def paint(widget: QWidget, tone: Tone | None) -> None:
    """Draw a widget's text in a tone (None: the usual text colour), now and after the
    palette changes."""
    widget.setProperty(TONE_PROPERTY, tone.name if tone is not None else "")
    _follow(widget)
    _apply_tone(widget)


def set_palette_style_sheet(widget: QWidget, sheet: str) -> None:
    """A style sheet whose colours are palette roles only (``palette(base)``), set again
    when the application's palette changes: Qt reads the roles once, when it is set."""
    widget.setStyleSheet(sheet)
    widget.setProperty(SHEET_PROPERTY, True)
    _follow(widget)


def set_rich_text(label: QLabel, rich_text: str) -> None:
    """Show rich text with tone tokens, coloured again when the palette changes."""
    label.setProperty(HTML_PROPERTY, rich_text)
    label.setTextFormat(Qt.TextFormat.RichText)
    _follow(label)
    _apply_rich_text(label)


def _apply_tone(widget: QWidget) -> None:
    name = widget.property(TONE_PROPERTY)
    role = widget.foregroundRole()
    if not name:
        if widget.palette().resolveMask():
            widget.setPalette(QPalette())  # nothing of its own: the palette it inherits
        return
    palette = widget.palette()
    wanted = tone_colour(Tone[name], background_of(widget), also_on=surfaces(palette))
    if palette.color(role) != wanted:
        palette.setColor(role, wanted)
        widget.setPalette(palette)


def _apply_rich_text(label: QLabel) -> None:
    template = label.property(HTML_PROPERTY)
    if template is None:
        return
    palette = label.palette()
    text = resolve(
        str(template),
        background_of(label),
        palette.color(label.foregroundRole()),
        also_on=surfaces(palette),
    )
    if label.text() != text:
        label.setText(text)


class _PaletteFollower(QObject):
    """Colours a painted widget again when its palette changes (dark mode switched on)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.PaletteChange:
            if watched.property(TONE_PROPERTY) is not None:
                _apply_tone(watched)
            if isinstance(watched, QLabel):
                _apply_rich_text(watched)
        return False

    def application_palette_changed(self) -> None:
        # A widget with a style sheet keeps the palette it had when the sheet was set, and
        # is told of no change: its sheet is set again, once the new palette has reached
        # its parents (after this change is handled), and reads the new palette then.
        QTimer.singleShot(0, self, _set_sheets_again)


def _set_sheets_again() -> None:
    for widget in QApplication.allWidgets():
        if widget.property(SHEET_PROPERTY):
            sheet = widget.styleSheet()
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


_follower: _PaletteFollower | None = None


def _follow(widget: QWidget) -> None:
    global _follower
    if _follower is None:
        application = QApplication.instance()
        _follower = _PaletteFollower(application)
        if isinstance(application, QApplication):
            application.paletteChanged.connect(_follower.application_palette_changed)
    if not widget.property("partnerdesk_follows_palette"):
        widget.setProperty("partnerdesk_follows_palette", True)
        widget.installEventFilter(_follower)

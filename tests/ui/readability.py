"""Find the text a window shows and how readable it is: each piece of text with its colour
and the colour it is drawn on, measured with WCAG's contrast ratio (independent of the
code under test, which has its own).

Text colours are read where Qt takes them from when it draws: a widget's palette (which a
style sheet's ``color:`` also sets), an item's foreground as its delegate prepares it, and
each fragment of rich text (labels, list items drawn as HTML, text browsers) parsed with
QTextDocument, as Qt renders it. The background is the pixel actually drawn behind the
text (the window grabbed as it is shown), or the background the rich text itself gives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument, QTextFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from partnerdesk.ui.rich_text_delegate import RichTextDelegate

AA_TEXT = 4.5
# A fixed colour in a style sheet: #hex, rgb()/hsl(), or a colour's name.
FIXED_COLOUR = re.compile(
    r"#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(white|black|red|green|blue|gray|grey|yellow"
    r"|navy|orange|purple|silver|maroon)\b",
    re.IGNORECASE,
)


def luminance(colour: QColor) -> float:
    def linear(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    a, b = sorted((luminance(one), luminance(other)))
    return (b + 0.05) / (a + 0.05)


def palette(
    window: str,
    text: str,
    base: str,
    button: str,
    highlight: str,
    highlighted_text: str,
    link: str,
    mid: str,
    disabled_text: str,
) -> QPalette:
    result = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, button),
        (roles.Text, text),
        (roles.Button, button),
        (roles.ButtonText, text),
        (roles.BrightText, highlight),
        (roles.ToolTipBase, base),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, disabled_text),
        (roles.Highlight, highlight),
        (roles.HighlightedText, highlighted_text),
        (roles.Link, link),
        (roles.LinkVisited, link),
        (roles.Light, button),
        (roles.Midlight, mid),
        (roles.Mid, mid),
        (roles.Dark, mid),
        (roles.Shadow, mid),
    ):
        result.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return result


# What Qt gives on Windows 11 in light mode, in dark mode, and with the "Night sky"
# (black, white and yellow) high-contrast theme.
PALETTES = {
    "light": palette(
        "#f3f3f3",
        "#000000",
        "#ffffff",
        "#fdfdfd",
        "#0078d4",
        "#ffffff",
        "#0067c0",
        "#a0a0a0",
        "#6d6d6d",
    ),
    "dark": palette(
        "#202020",
        "#ffffff",
        "#2b2b2b",
        "#373737",
        "#0078d4",
        "#ffffff",
        "#99ebff",
        "#5a5a5a",
        "#9d9d9d",
    ),
    "high contrast": palette(
        "#000000",
        "#ffffff",
        "#000000",
        "#000000",
        "#ffff00",
        "#000000",
        "#ffff00",
        "#ffffff",
        "#3ff23f",
    ),
}


@dataclass(frozen=True)
class Reading:
    where: str
    text: str
    colour: QColor
    background: QColor

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.colour, self.background)

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.text[:50]!r} {self.colour.name()} on "
            f"{self.background.name()} = {self.ratio:.2f}:1"
        )


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def _drawn_behind(image: QImage, rect: QRect) -> QColor:
    """The colour most drawn along the inside edge of ``rect``: what the text is on."""
    rect = rect.intersected(image.rect())
    if rect.width() < 3 or rect.height() < 3:
        return QColor()
    seen: Counter[int] = Counter()
    # Inside any margin and rounded corner (a selected row's), where no text is: above
    # and below the text, and at the right end of the line.
    inset = min(3, (rect.height() - 1) // 2)
    inner = rect.adjusted(1, inset, -min(10, rect.width() // 4), -inset)
    steps = 16
    for step in range(steps + 1):
        x = inner.left() + (inner.width() - 1) * step // steps
        y = inner.top() + (inner.height() - 1) * step // steps
        for point in ((x, inner.top()), (x, inner.bottom()), (inner.right(), y)):
            seen[image.pixel(*point)] += 1
    return QColor.fromRgb(seen.most_common(1)[0][0])


def _darkest_or_lightest(image: QImage, rect: QRect, background: QColor) -> QColor:
    """The drawn pixel that stands out most from ``background``: the core of the glyphs.
    Anti-aliasing only makes text paler, so this is the most the text could be."""
    rect = rect.intersected(image.rect())
    best, best_ratio = QColor(background), 1.0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            colour = QColor.fromRgb(image.pixel(x, y))
            ratio = contrast_ratio(colour, background)
            if ratio > best_ratio:
                best, best_ratio = colour, ratio
    return best


def _fragments(
    document: QTextDocument, colour: QColor, background: QColor
) -> Iterator[tuple[str, QColor, QColor]]:
    """Each run of rich text with the colour it is drawn in and what it is drawn on."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            text = fragment.text().strip()
            if text:
                form = fragment.charFormat()
                fore = (
                    form.foreground().color()
                    if form.hasProperty(QTextFormat.Property.ForegroundBrush)
                    else colour
                )
                back = (
                    form.background().color()
                    if form.hasProperty(QTextFormat.Property.BackgroundBrush)
                    else background
                )
                yield text, fore, back
            iterator += 1
        block = block.next()


def _rich(text: str, widget: QLabel) -> bool:
    if widget.textFormat() == Qt.TextFormat.RichText:
        return True
    return widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)


def readings(top: QWidget) -> Iterator[Reading]:
    """Every piece of text shown in ``top`` (as it is now), with its colours."""
    image = top.grab().toImage()

    def place(widget: QWidget, rect: QRect) -> QRect:
        return QRect(widget.mapTo(top, rect.topLeft()), rect.size())

    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if not widget.isEnabled():
            continue  # WCAG asks no contrast of what cannot be used (1.4.3, "inactive")
        where = f"{type(widget).__name__} {_name(widget)!r}"
        icon_only = (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and not widget.icon().isNull()
        )
        if isinstance(widget, QLabel | QAbstractButton) and widget.text() and not icon_only:
            colours = widget.palette()
            colour = colours.color(
                QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled,
                widget.foregroundRole(),
            )
            background = _drawn_behind(image, place(widget, widget.rect()))
            if not background.isValid():
                continue
            text = widget.text()
            if isinstance(widget, QLabel) and _rich(text, widget):
                document = QTextDocument()
                document.setHtml(text)
                for piece, fore, back in _fragments(document, colour, background):
                    yield Reading(where, piece, fore, back)
            else:
                yield Reading(where, text, colour, background)
        elif isinstance(widget, QTextEdit):
            viewport = widget.viewport()
            background = viewport.palette().color(viewport.backgroundRole())
            colour = widget.palette().color(QPalette.ColorRole.Text)
            for piece, fore, back in _fragments(widget.document(), colour, background):
                yield Reading(where, piece, fore, back)
        elif isinstance(widget, QAbstractItemView):
            yield from _item_readings(widget, where, image, place)


def _item_readings(view: QAbstractItemView, where: str, image: QImage, place) -> Iterator[Reading]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport()
    # What is on screen of it: a page wider than the window scrolls, and the columns past
    # the window's edge are not drawn in the grabbed image (they would read as black).
    shown = viewport.visibleRegion().boundingRect()
    delegate_of = view.itemDelegateForIndex

    flat = isinstance(view, QListView)  # a list's model keeps its columns to itself
    tree = isinstance(view, QTreeView)

    def indexes(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(1 if flat else model.columnCount(parent)):
                index = model.index(row, column, parent)
                yield index
                if column == 0 and tree and model.rowCount(index):
                    yield from indexes(index)

    for index in indexes(QModelIndex()):
        rect = view.visualRect(index)
        if not rect.isValid() or not shown.intersects(rect):
            continue
        text = index.data(Qt.ItemDataRole.DisplayRole)
        html = index.data(Qt.ItemDataRole.UserRole + 2)  # the rich-text delegate's HTML
        if not text and not html:
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        selected = view.selectionModel() is not None and view.selectionModel().isSelected(index)
        enabled = bool(model.flags(index) & Qt.ItemFlag.ItemIsEnabled)
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        if not enabled:
            option.state &= ~QStyle.StateFlag.State_Enabled
        if view.alternatingRowColors() and index.row() % 2:
            option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate  # as it paints
        delegate = delegate_of(index)
        assert isinstance(delegate, QStyledItemDelegate), f"{where}: a delegate of its own"
        delegate.initStyleOption(option, index)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, role)
        drawn = _drawn_behind(image, place(viewport, rect.intersected(shown)))
        if selected and ":selected" not in view.styleSheet():
            # The system's own selection colours, made to be read together (Fusion, the
            # style here, shades them into a gradient that no system style draws).
            background = option.palette.color(QPalette.ColorRole.Highlight)
        elif drawn.isValid():
            background = drawn  # as drawn: a style sheet's selection, an alternate row
        elif selected:
            background = option.palette.color(QPalette.ColorRole.Highlight)
        else:
            background = option.backgroundBrush.color()
        if not background.isValid():
            continue
        if "color" in view.styleSheet() and not html:
            # Its style sheet chooses the colours, which the palette does not show: the
            # text as drawn, beside its icon.
            text_area = place(viewport, rect.intersected(shown))
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                text_area.setLeft(text_area.left() + view.iconSize().width() + 16)
            colour = _darkest_or_lightest(image, text_area, background)
        if html:
            assert isinstance(delegate, RichTextDelegate), f"{where}: HTML without its delegate"
            document = delegate.document(option, html)
            for piece, fore, back in _fragments(document, colour, background):
                yield Reading(f"{where} item", piece, fore, back)
        else:
            yield Reading(f"{where} item", str(text), colour, background)


def fixed_style_sheet_colours(top: QWidget) -> list[str]:
    """Widgets whose style sheet names a colour of its own rather than a palette role."""
    return [
        f"{type(widget).__name__} {_name(widget)!r}: {widget.styleSheet()!r}"
        for widget in [top, *top.findChildren(QWidget)]
        if FIXED_COLOUR.search(widget.styleSheet())
    ]


def unreadable(top: QWidget) -> list[str]:
    """What a person with this palette could not read in ``top``, said plainly."""
    problems = [str(reading) for reading in readings(top) if reading.ratio < AA_TEXT]
    problems += [f"fixed colour in {line}" for line in fixed_style_sheet_colours(top)]
    return problems

"""Draw list items in the palette's colours: a little HTML (bold matched words in search
results, a timeline entry's tone), or plain text in a tone (a rating, a late commitment)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partnerdesk.ui.colours import Tone, resolve, tint, tone_colour

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
# A Tone: the item's text in it, chosen against what it is drawn on; or USUAL_TEXT: the
# usual text colour even when the item cannot be chosen (a heading, not greyed out).
TONE_ROLE = Qt.ItemDataRole.UserRole + 3
USUAL_TEXT = "usual text"
# A Tone: the item's background tinted with it (a capacity the party has or needs).
TINT_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Uses the item's HTML_ROLE when set, and its TONE_ROLE and TINT_ROLE: the colours
    are worked out from the palette each time the item is drawn, so they follow a
    switch to dark mode."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        palette = option.palette
        # The enabled text colour, even for an item that cannot be chosen (a heading).
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        shade = index.data(TINT_ROLE)
        if isinstance(shade, Tone):
            option.backgroundBrush = QBrush(
                tint(shade, palette.color(QPalette.ColorRole.Base), text)
            )
        tone = index.data(TONE_ROLE)
        if tone == USUAL_TEXT:
            palette.setColor(QPalette.ColorRole.Text, text)  # for the disabled group too
        elif isinstance(tone, Tone):
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            palette.setColor(QPalette.ColorRole.Text, tone_colour(tone, self.background(option)))
            if selected:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                palette.setColor(QPalette.ColorRole.HighlightedText, tone_colour(tone, highlight))

    @staticmethod
    def background(option: QStyleOptionViewItem) -> QColor:
        """What the item's text is drawn on."""
        if option.state & QStyle.StateFlag.State_Selected:
            return option.palette.color(QPalette.ColorRole.Highlight)
        if option.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
            return option.backgroundBrush.color()
        if option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            return option.palette.color(QPalette.ColorRole.AlternateBase)
        return option.palette.color(QPalette.ColorRole.Base)

    def document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        """The item's HTML as drawn: its tones resolved against its background."""
        # No wrapping: each line of the HTML is one line on screen, cut at the item's edge.
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        document.setHtml(resolve(html, self.background(option), text))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self.document(option, html)
        context = QAbstractTextDocumentLayout.PaintContext()
        # The text's own colour (no tone) is the view's, not the application's.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        clip = QRectF(0, 0, option.rect.width() - 4, option.rect.height() - 2)
        painter.setClipRect(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self.document(option, html)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)

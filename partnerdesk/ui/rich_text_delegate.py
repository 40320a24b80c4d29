"""Draw list items whose text is a little HTML (bold matched words in search results)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Uses the item's HTML_ROLE when set; plain items are drawn as usual."""

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        # No wrapping: each line of the HTML is one line on screen, cut at the item's edge.
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(1)
        document.setHtml(html)
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
        document = self._document(option, html)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
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
        document = self._document(option, html)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)

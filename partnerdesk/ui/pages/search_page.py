"""Results of the search box, grouped by kind of record."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.search import MATCH_END, MATCH_START, SearchHit, SearchResults
from partnerdesk.ui.colours import Tone, tone_span
from partnerdesk.ui.rich_text_delegate import HTML_ROLE, RichTextDelegate
from partnerdesk.ui.widgets import heading

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
# Matched words on a yellow tint that the text still reads on (the delegate resolves it).
MATCH_TINT = "%%tint-attention%%"


def hit_html(hit: SearchHit) -> str:
    """Title in bold, context after it, and the snippet below with matched words marked."""
    title = html.escape(hit.title)
    context = " " + tone_span(Tone.MUTED, f"— {html.escape(hit.context)}") if hit.context else ""
    snippet = ""
    plain_snippet = hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    if plain_snippet and plain_snippet != hit.title:
        marked = (
            html.escape(hit.snippet)
            .replace(MATCH_START, f"<b style='background:{MATCH_TINT}'>")
            .replace(MATCH_END, "</b>")
        )
        snippet = f"<br>{marked}"
    return f"<b>{title}</b>{context}{snippet}"


class SearchPage(QWidget):
    open_record = Signal(object, int)  # kind, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-page")
        self.title = heading(self.tr("Search"))
        self.summary = QLabel(
            self.tr(
                "Type in the search box above to find organizations, contacts, notes and requests."
            )
        )
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_results(self, results: SearchResults) -> None:
        self.tree.clear()
        self.title.setText(self.tr("Search: “{query}”").format(query=results.query))
        total = results.total
        if total == 0:
            self.summary.setText(
                self.tr(
                    "Nothing found for “{query}”. Check the spelling, or try a shorter word."
                ).format(query=results.query)
            )
        else:
            self.summary.setText(
                self.tr("%n found. Press Enter or double-click a result to open it.", "", total)
            )
        for kind, hits in results.hits.items():
            if not hits:
                continue
            group = QTreeWidgetItem([f"{kind.plural_label} ({len(hits)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for hit in hits:
                plain = hit.title + (f" — {hit.context}" if hit.context else "")
                item = QTreeWidgetItem([plain])
                item.setData(0, RECORD_ROLE, (kind, hit.id))
                item.setData(0, HTML_ROLE, hit_html(hit))
                item.setToolTip(0, plain)
                group.addChild(item)
            group.setExpanded(True)

    def _activate(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, RECORD_ROLE)
        if data:
            kind, record_id = data
            self.open_record.emit(RecordKind(kind), record_id)

"""Partnerships at a glance (issue 19): every active partnership in one list, and when each
one's funding ends (the "funding cliff") as a chart, with the same facts in words.

The list is ``list partnerships`` (services/mou/partnerships.py) narrowed to what "active"
means to a user: a request that went ahead and has not ended (kickoff meeting, MOU being
written, active, under review). The command also lists ended partnerships and a request
still being vetted whose MOU was started early, each with its stage, for scripts to sort;
on this page such a request would read as a partnership it is not yet.
The chart is drawn on the database worker (matplotlib is imported there, the first time
the page is shown, never at start-up) and shown as a picture.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.funding_cliff import FundingEnd, describe_funding_cliff
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.ui.language import content_language
from partnerdesk.ui.widgets import EmptyState, heading

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.mou.partnerships import PartnershipRow

Read = Callable[[Callable[["Database"], Any], Callable[[Any], Any]], None]
ID_ROLE = Qt.ItemDataRole.UserRole
# What the list and the chart show: requests (title, stage, funding end), organizations'
# names, MOUs (signed, reviews, next review, the term's funding end), commitments (late),
# decisions (a request going ahead), check-ups (the last one). Not the team charter.
SHOWS = (
    RecordKind.REQUEST,
    RecordKind.ORGANIZATION,
    Detail.MOU,
    Detail.COMMITMENTS,
    Detail.DECISION,
    Detail.CHECKUPS,
)

# Went ahead and not ended: what the page calls an active partnership.
ACTIVE_STAGES = frozenset(
    {
        RequestStage.KICKOFF,
        RequestStage.MOU_DRAFTING,
        RequestStage.ACTIVE,
        RequestStage.UNDER_REVIEW,
    }
)


def mou_words(row: PartnershipRow, today: date) -> str:
    """The MOU's state in words: no MOU yet, draft, signed on DATE, review due."""
    from PySide6.QtCore import QCoreApplication

    if row.mou_status == "none":
        return QCoreApplication.translate("PartnershipsPage", "No MOU yet")
    if row.mou_status == "draft":
        return QCoreApplication.translate("PartnershipsPage", "Draft")
    if row.stage is RequestStage.UNDER_REVIEW or (
        row.next_review_on is not None and row.next_review_on <= today
    ):
        return QCoreApplication.translate("PartnershipsPage", "Review due")
    if row.signed_on is None:
        return QCoreApplication.translate("PartnershipsPage", "Signed")
    return QCoreApplication.translate("PartnershipsPage", "Signed on {date}").format(
        date=friendly_date(row.signed_on)
    )


class ChartPicture(QLabel):
    """A chart's PNG, scaled down to the width it is given (never up: it would blur)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Tab reaches it, so a screen reader reads its description.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_png(self, png: bytes) -> None:
        self._full = QPixmap()
        self._full.loadFromData(png, "PNG")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._full.isNull():
            self.clear()
            return
        width = min(self._full.width(), max(self.width(), 200))
        self.setPixmap(self._full.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))


class PartnershipTable(QTreeWidget):
    """The list, its two names sharing the room the dates and counts leave.

    Left to Qt, the organization's name kept its full width and the partnership's shrank
    to "…" on a 1024-pixel screen. Here the partnership's name gets what it needs when
    there is room; when there is not, the organization's gets at most two fifths and the
    partnership's the rest. Either name, cut, is whole in its tooltip and for screen
    readers.
    """

    TITLE, ORGANIZATION = 0, 1
    ORGANIZATION_SHARE = 0.4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The dates and counts fit their contents once laid out: share what they leave.
        self.header().sectionResized.connect(self._other_column_resized)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.share_name_columns()

    def _other_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (self.TITLE, self.ORGANIZATION):
            self.share_name_columns()

    def share_name_columns(self) -> None:
        header = self.header()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in (self.TITLE, self.ORGANIZATION)
        )
        room = max(self.viewport().width() - others, 2 * header.minimumSectionSize())
        organization_needs = max(
            self.sizeHintForColumn(self.ORGANIZATION),
            header.sectionSizeHint(self.ORGANIZATION),
        )
        title_needs = max(self.sizeHintForColumn(self.TITLE), header.sectionSizeHint(self.TITLE))
        if title_needs + organization_needs <= room:
            organization = organization_needs
        else:
            organization = min(organization_needs, int(room * self.ORGANIZATION_SHARE))
        header.resizeSection(self.ORGANIZATION, organization)
        header.resizeSection(self.TITLE, room - organization)


class PartnershipsPage(QWidget):
    request_activated = Signal(int)

    def __init__(self, read: Read, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerships-page")
        self.read = read
        self.stale = True
        self.rows: list[PartnershipRow] = []
        intro = QLabel(
            self.tr(
                "Every partnership that went ahead, and not ended: its MOU, the next review, "
                "when its funding ends, commitments late and the last check-up. Press Enter "
                "or double-click one to open it."
            )
        )
        intro.setWordWrap(True)
        self.table = PartnershipTable()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Active partnerships"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Partnership"),
                self.tr("Organization"),
                self.tr("MOU"),
                self.tr("Next review"),
                self.tr("Funding ends"),
                self.tr("Late commitments"),
                self.tr("Last check-up"),
            ]
        )
        self.table.itemActivated.connect(self._activated)
        # Every column in sight: the two names share the room the others leave.
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PartnershipTable.TITLE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PartnershipTable.ORGANIZATION, QHeaderView.ResizeMode.Fixed)
        self.empty_state = EmptyState()
        self.empty_state.show_message(
            self.tr("No partnerships yet"),
            self.tr(
                "A request shows here once you decide to go ahead with it: from the kickoff "
                "meeting on, through the MOU, until the partnership ends."
            ),
            [],
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        self.chart_title = heading(self.tr("When funding ends"), size_delta=2)
        self.chart = ChartPicture()
        self.chart.setAccessibleName(self.tr("Chart: when each partnership's funding ends"))
        self.chart_words = ""
        # The chart's facts in words, for everyone (as the Check-ups tab does), not only in
        # its description for screen readers.
        self.chart_facts = QLabel()
        self.chart_facts.setWordWrap(True)
        self.chart_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.chart_facts)
        chart_layout.addStretch(1)
        # The chart and its words scroll, so a small screen still shows the list above whole.
        chart_scroller = QScrollArea()
        chart_scroller.setWidget(chart_box)
        chart_scroller.setWidgetResizable(True)
        chart_scroller.setFrameShape(QFrame.Shape.NoFrame)
        # The picture's height follows its width, and a scroll bar that came and went took
        # and gave back width: each resized the other without end (a crash at 150% on a
        # 1280×800 screen). A scroll bar always there has nothing to give back.
        chart_scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(chart_scroller)
        splitter.setSizes([200, 400])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Partnerships")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

    # Reading ------------------------------------------------------------------------
    def changes_applied(self, changes: Changes) -> None:
        if changes.trash or any(changes.names(part) for part in SHOWS):
            self.mark_stale()

    def mark_stale(self) -> None:
        """Read again now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        from partnerdesk.services.mou.partnerships import list_partnerships

        self.stale = False
        today = date.today()
        self.read(lambda database: list_partnerships(database, today), self.show_rows)

    def show_rows(self, rows: list[PartnershipRow], today: date | None = None) -> None:
        today = today or date.today()
        chosen = self.current_request_id()
        self.rows = [row for row in rows if row.stage in ACTIVE_STAGES]
        self.table.clear()
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    row.title,
                    row.organization,
                    mou_words(row, today),
                    friendly_date(row.next_review_on) if row.next_review_on else "",
                    friendly_date(row.funding_ends_on) if row.funding_ends_on else "",
                    str(row.late_commitments) if row.late_commitments else self.tr("None"),
                    friendly_date(row.last_checkup_on)
                    if row.last_checkup_on
                    else self.tr("None yet"),
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            # The whole names, where their columns cut them.
            for column, words in ((0, row.title), (1, row.organization)):
                item.setToolTip(column, words)
                item.setData(column, Qt.ItemDataRole.AccessibleTextRole, words)
            self.table.addTopLevelItem(item)
            if row.id == chosen:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self.stack.setCurrentWidget(self.table if self.rows else self.empty_state)
        self.table.share_name_columns()
        self._draw_chart(today)

    def _draw_chart(self, today: date) -> None:
        ends = [FundingEnd(row.title, row.funding_ends_on) for row in self.rows]
        # In the screen's language (documents choose their own).
        language = content_language()
        self.chart_words = describe_funding_cliff(ends, today, language)
        # The chart's facts: for screen readers, and written under it for everyone.
        self.chart.setAccessibleDescription(self.chart_words)
        self.chart_facts.setText(self.chart_words)
        self.chart_title.setVisible(bool(ends))
        self.chart.setVisible(bool(ends))
        self.chart_facts.setVisible(bool(ends))
        if not ends:
            return

        def draw(_database: Database) -> bytes:
            from partnerdesk.exports.charts.funding_cliff import funding_cliff_png

            return funding_cliff_png(ends, today, language=language)

        self.read(draw, self.chart.show_png)

    # Opening one ---------------------------------------------------------------------
    def current_request_id(self) -> int | None:
        item = self.table.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.request_activated.emit(int(item.data(0, ID_ROLE)))

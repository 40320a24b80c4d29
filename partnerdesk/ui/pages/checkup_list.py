"""A partnership's check-ups (the request page's tab): each one's averages, and the trend."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import friendly_date
from partnerdesk.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from partnerdesk.services.checkups.checkups import CheckupLine
    from partnerdesk.services.checkups.trend import CheckupTrend

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The chart's picture is drawn for print; shown at most this wide on the page, and narrower
# when the page is (it is scaled down to the width there is, keeping its shape).
CHART_WIDTH = 620


class ChartPicture(QLabel):
    """A chart shown at most CHART_WIDTH wide, and narrower when the page is: the page
    tells it the width there is (``fit_to``), so at the default window size nothing of it
    is cut off and no sideways scroll bar appears. The picture keeps its shape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = QPixmap()
        self._room = CHART_WIDTH
        # Its width comes from the page: the picture's size never asks for a sideways
        # scroll bar while the page is narrowing it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def show_picture(self, picture: QPixmap) -> None:
        self._picture = picture
        self._fit()

    def forget(self) -> None:
        self._picture = QPixmap()
        self.clear()

    def fit_to(self, room: int) -> None:
        if room != self._room:
            self._room = room
            self._fit()

    def _fit(self) -> None:
        if self._picture.isNull():
            return
        width = max(1, min(self._room, CHART_WIDTH))
        current = self.pixmap()
        if current is not None and not current.isNull() and current.width() == width:
            return
        self.setPixmap(
            self._picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )


class CheckupList(QWidget):
    read_requested = Signal(int)  # request id: its check-ups
    trend_requested = Signal(int)  # request id: its trend chart (drawn only when shown)
    new_requested = Signal(int)  # request id
    open_requested = Signal(int)  # check-up id
    delete_requested = Signal(int, str)  # check-up id, its date in words
    send_form_requested = Signal(int)  # request id: save the form for the partner
    read_form_requested = Signal(int)  # request id: read their filled form back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_id = 0
        self.lines: dict[int, CheckupLine] = {}
        self._trend_for = 0  # the request whose trend is shown (0: none yet)
        self.declined = False  # a declined request: no partnership to check up on
        self.rows = QTreeWidget()
        self.rows.setAccessibleName(self.tr("Check-ups"))
        self.rows.setColumnCount(4)
        self.rows.setHeaderLabels(
            [self.tr("Date"), self.tr("Our average"), self.tr("Their average"),
             self.tr("Their answers")]
        )  # fmt: skip
        self.rows.setRootIsDecorated(False)
        self.rows.setColumnWidth(0, 150)
        # The averages as wide as their headings ("Nuestro promedio", review #27).
        for column in (1, 2):
            self.rows.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rows.itemActivated.connect(lambda *_args: self.open_chosen())
        self.rows.currentItemChanged.connect(lambda *_args: self._enable())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.new = QPushButton(self.tr("&New check-up…"))
        self.new.setToolTip(self.tr("Start a check-up today, or plan one on a later date"))
        self.new.clicked.connect(lambda: self.new_requested.emit(self.request_id))
        self.open = QPushButton(self.tr("&Open"))
        self.open.clicked.connect(self.open_chosen)
        self.delete = QPushButton(self.tr("De&lete…"))
        self.delete.clicked.connect(self.delete_chosen)
        # The partner's side: a Word form they fill in, read back when it returns.
        self.send_form = QPushButton(self.tr("Send &them the form…"))
        self.send_form.setToolTip(
            self.tr("Save the check-up form as a Word document, to send to the partner")
        )
        self.send_form.clicked.connect(lambda: self.send_form_requested.emit(self.request_id))
        self.read_form = QPushButton(self.tr("&Read their filled form…"))
        self.read_form.setToolTip(
            self.tr(
                "Read the partner's ratings from the form they sent back, into the latest "
                "check-up (or a new one today)"
            )
        )
        self.read_form.clicked.connect(lambda: self.read_form_requested.emit(self.request_id))
        # Wrapped onto more lines on a narrow screen (150% or 200%) rather than widening the
        # whole tab set, which pushed the vetting page's "Save answer" out of reach.
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        for button in (self.new, self.open, self.delete, self.send_form, self.read_form):
            buttons.addWidget(button)
        self.chart = ChartPicture()
        self.chart.setAccessibleName(self.tr("Trend of each domain over the check-ups"))
        self.chart.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The chart's facts in words, for everyone (not only in a tooltip).
        self.trend_words = QLabel()
        self.trend_words.setWordWrap(True)
        self.trend_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The chart and its words scroll, so a small screen still shows the list whole.
        trend = QWidget()
        trend_layout = QVBoxLayout(trend)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addWidget(self.chart)
        trend_layout.addWidget(self.trend_words)
        trend_layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setAccessibleName(self.tr("Trend"))
        scroller.setWidget(trend)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.trend = scroller  # hidden while there is no check-up: nothing to draw
        self.rows.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.rows)
        layout.addWidget(button_row)
        layout.addWidget(scroller, 1)
        # With the chart hidden (no check-up), the spare room goes below, not between.
        layout.addStretch(0)
        self._empty_state(True)
        self._enable()

    def set_declined(self, declined: bool) -> None:
        """A declined request has no partnership to check up on: no new check-up there
        (one done before it was declined can still be opened)."""
        if declined == self.declined:
            return
        self.declined = declined
        self.new.setToolTip(
            self.tr("This request was declined: there is no partnership to check up on.")
            if declined
            else self.tr("Start a check-up today, or plan one on a later date")
        )
        self._empty_state(not self.lines)
        self._enable()

    def _empty_state(self, empty: bool) -> None:
        """One clear sentence and no empty chart while there is no check-up."""
        self.empty.setText(
            self.tr("This request was declined, so there is no partnership to check up on.")
            if self.declined
            else self.tr(
                "No check-up yet. A check-up asks both sides how the partnership is going: "
                "press New check-up… to rate it from our side."
            )
        )
        self.empty.setVisible(empty)
        self.rows.setVisible(not empty)
        self.trend.setVisible(not empty)

    def show_request(self, request_id: int) -> None:
        """The request page shows (another or the same) request: read its check-ups."""
        if request_id != self.request_id:
            self.request_id = request_id
            self.lines = {}
            self.rows.clear()
            self._trend_for = 0
            self.chart.forget()
            self.trend_words.clear()
        self.reread()

    def reread(self) -> None:
        if not self.request_id:
            return
        self.read_requested.emit(self.request_id)
        if self.isVisible():
            self.trend_requested.emit(self.request_id)
        else:
            self._trend_for = 0  # drawn again when the tab is next shown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_chart()

    def _fit_chart(self) -> None:
        # The width there is for the chart: the trend's viewport, less a scroll bar's width
        # should the words below it ever need one.
        bar = self.trend.verticalScrollBar().sizeHint().width()
        self.chart.fit_to(self.trend.viewport().width() - bar)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.request_id and self._trend_for != self.request_id:
            self.trend_requested.emit(self.request_id)

    def show_checkups(self, lines: list[CheckupLine]) -> None:
        chosen = self.chosen()
        self.lines = {line.id: line for line in lines}
        self.rows.clear()
        today = date.today()
        for line in reversed(lines):  # the newest first: the one people open
            when = friendly_date(line.held_on)
            if line.is_planned(today):
                when = self.tr("{date} (planned)").format(date=when)
            item = QTreeWidgetItem(
                [
                    when,
                    _average(line.ours_average),
                    _average(line.theirs_average),
                    self._source(line),
                ]
            )
            item.setData(0, ID_ROLE, line.id)
            self.rows.addTopLevelItem(item)
            if chosen is not None and line.id == chosen.id:
                self.rows.setCurrentItem(item)
        newest = self.rows.topLevelItem(0)
        if self.rows.currentItem() is None and newest is not None:
            self.rows.setCurrentItem(newest)
        self._empty_state(not lines)
        self._enable()

    def _source(self, line: CheckupLine) -> str:
        if line.partner_form_name:
            return self.tr("read from {form}").format(form=line.partner_form_name)
        return self.tr("not yet")

    def show_trend(self, trend: CheckupTrend) -> None:
        if trend.request_id != self.request_id:
            return
        self._trend_for = trend.request_id
        self.trend_words.setText(trend.description)
        self.chart.setAccessibleDescription(trend.description)
        if trend.png is None:
            self.chart.forget()
            self.chart.setVisible(False)
            return
        picture = QPixmap()
        picture.loadFromData(trend.png, "PNG")
        self.chart.setVisible(True)
        self._fit_chart()
        self.chart.show_picture(picture)

    def chosen(self) -> CheckupLine | None:
        item = self.rows.currentItem()
        if item is None:
            return None
        return self.lines.get(item.data(0, ID_ROLE))

    def open_chosen(self) -> None:
        line = self.chosen()
        if line is not None:
            self.open_requested.emit(line.id)

    def delete_chosen(self) -> None:
        line = self.chosen()
        if line is not None:
            self.delete_requested.emit(line.id, friendly_date(line.held_on))

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        self.new.setEnabled(not self.declined)
        self.open.setEnabled(chosen)
        self.delete.setEnabled(chosen)


def _average(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"

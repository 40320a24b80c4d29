"""The requests board: a column per stage; drag a card (or press Ctrl+→) to move it on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, english_plural
from partnerdesk.services.records.request_board import BoardCard
from partnerdesk.services.records.requests import StageShown
from partnerdesk.ui.colours import Tone, paint, set_palette_style_sheet

REQUEST_MIME_TYPE = "application/x-partnerdesk-request"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 210
STAGES = list(RequestStage)
# Cards that look like cards: a box in the text fields' colour, with a border, on the
# window's colour. Palette roles only, so the cards follow dark mode and high contrast.
CARD_STYLE = """
QListWidget { background: palette(window); border: 1px solid palette(mid); }
QListWidget::item { background: palette(base); border: 1px solid palette(mid);
                    border-radius: 4px; padding: 6px; color: palette(text); }
QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text);
                             border: 1px solid palette(highlighted-text); }
"""


class StageColumn(QListWidget):
    """One stage's cards. Drops carry the request id, so any column can take any card."""

    card_dropped = Signal(int, object)  # request id, RequestStage
    card_activated = Signal(int)
    move_requested = Signal(int, object)  # request id, RequestStage

    def __init__(self, stage: RequestStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"board-{stage.value}")
        self.setAccessibleName(stage.label)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setFixedWidth(COLUMN_WIDTH)
        set_palette_style_sheet(self, CARD_STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.itemActivated.connect(lambda item: self.card_activated.emit(item.data(ID_ROLE)))
        for sequence, step in ((self.tr("Ctrl+Right"), 1), (self.tr("Ctrl+Left"), -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self._move_by(step))
            self.addAction(action)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(REQUEST_MIME_TYPE, str(items[0].data(ID_ROLE)).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [REQUEST_MIME_TYPE]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(REQUEST_MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(REQUEST_MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        raw = bytes(event.mimeData().data(REQUEST_MIME_TYPE).data()).decode() or "0"
        # The board is redrawn from the store after the move; Qt must not move the item too.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if raw.isdigit() and int(raw):
            self.card_dropped.emit(int(raw), self.stage)

    def _move_by(self, step: int) -> None:
        request_id = self.current_id()
        index = STAGES.index(self.stage) + step
        if request_id is not None and 0 <= index < len(STAGES):
            self.move_requested.emit(request_id, STAGES[index])

    def _show_menu(self, position: QPoint) -> None:
        request_id = self.current_id()
        if request_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open")).triggered.connect(
            lambda: self.card_activated.emit(request_id)
        )
        move = menu.addMenu(self.tr("Move to"))
        for stage in STAGES:
            action = move.addAction(stage.label)
            action.setEnabled(stage is not self.stage)
            action.triggered.connect(
                lambda _checked=False, stage=stage: self.move_requested.emit(request_id, stage)
            )
        menu.exec(self.viewport().mapToGlobal(position))


class RequestBoard(QWidget):
    """Every stage side by side; scrolls sideways on a small screen."""

    # request id, RequestStage, and the request as its card showed it (StageShown | None):
    # a move chosen on a board shown before a colleague moved or declined it is checked.
    stage_chosen = Signal(int, object, object)
    request_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request-board")
        self.columns: dict[RequestStage, StageColumn] = {}
        self.headers: dict[RequestStage, QLabel] = {}
        self.shown: dict[int, StageShown | None] = {}
        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 0, 0)
        previous: QWidget | None = None
        for stage in STAGES:
            column = StageColumn(stage)
            header = QLabel()
            header.setBuddy(column)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            column.card_dropped.connect(self._move_chosen)
            column.move_requested.connect(self._move_chosen)
            column.card_activated.connect(self.request_activated.emit)
            box = QVBoxLayout()
            box.addWidget(header)
            box.addWidget(column, 1)
            columns.addLayout(box)
            self.columns[stage] = column
            self.headers[stage] = header
            if previous is not None:
                QWidget.setTabOrder(previous, column)
            previous = column
        scroller = QScrollArea()
        # A column per stage: on a narrow window the board scrolls sideways by design
        # (the cut-off check in scripts/pseudo_translation.py leaves it be).
        scroller.setProperty("scrolls_sideways", True)
        scroller.setWidget(row)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        hint = QLabel(
            self.tr(
                "Drag a card to another column to change its stage, or select it and press "
                "Ctrl+→ / Ctrl+←. Enter opens it; the context menu (Shift+F10) moves it anywhere."
            )
        )
        hint.setWordWrap(True)
        paint(hint, Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(scroller, 1)

    def _move_chosen(self, request_id: int, stage: RequestStage) -> None:
        self.stage_chosen.emit(request_id, stage, self.shown.get(request_id))

    def show_cards(self, board: dict[RequestStage, list[BoardCard]]) -> None:
        self.shown = {card.id: card.shown for cards in board.values() for card in cards}
        for stage, column in self.columns.items():
            kept = column.current_id()
            cards = board.get(stage, [])
            self.headers[stage].setText(f"{stage.label} ({len(cards)})")
            column.setAccessibleName(
                english_plural(
                    self.tr("{label}: %n request(s)", "", len(cards)), len(cards)
                ).format(label=stage.label)
            )
            column.clear()
            for card in cards:
                item = QListWidgetItem(_card_text(card))
                item.setData(ID_ROLE, card.id)
                item.setToolTip(card.title)
                column.addItem(item)
                if card.id == kept:
                    column.setCurrentItem(item)

    def select_request(self, request_id: int) -> bool:
        for column in self.columns.values():
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == request_id:
                    column.setCurrentRow(row)
                    column.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return False


def _card_text(card: BoardCard) -> str:
    lines = [card.title]
    if card.organization:
        lines.append(card.organization)
    details = []
    if card.received_on:
        details.append(
            QCoreApplication.translate("request_board", "received {friendly_date}").format(
                friendly_date=friendly_date(card.received_on)
            )
        )
    if card.funding_ends_on:
        details.append(
            QCoreApplication.translate("request_board", "funding ends {friendly_date}").format(
                friendly_date=friendly_date(card.funding_ends_on)
            )
        )
    if card.decision is not None:
        details.append(
            QCoreApplication.translate("request_board", "decided: {lower}").format(
                lower=card.decision.label.lower()
            )
        )
    if details:
        sentence = ", ".join(details)
        lines.append(sentence[0].upper() + sentence[1:])
    return "\n".join(lines)


Cards = dict[RequestStage, list[BoardCard]]
LoadCards = Callable[[str, Callable[[Cards], None]], None]


class RequestBoardView:
    """The board as the Requests list's other view (see ``AlternateView``)."""

    # The list page's button for this view: one whole text (issue 21).
    show_text = QT_TRANSLATE_NOOP("RequestBoardView", "Show as a board")

    def __init__(self, board: RequestBoard, load: LoadCards) -> None:
        self.widget = board
        # Reads the cards off the GUI thread, then hands them to the function it is given.
        self.load = load

    def reload(self, filter_text: str) -> None:
        self.load(filter_text, self.widget.show_cards)

    def selected(self) -> list[tuple[int, str]]:
        focused = next(
            (column for column in self.widget.columns.values() if column.hasFocus()), None
        )
        item = focused.currentItem() if focused is not None else None
        if item is None:
            return []
        return [(item.data(ID_ROLE), item.toolTip())]

"""A partnership's commitments, grouped by party: done with one key, dropped with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.commitments import CommitmentStatus, shown_words
from partnerdesk.core.dates import friendly_date
from partnerdesk.ui.colours import Tone
from partnerdesk.ui.done_key import DONE_KEY, is_done_key
from partnerdesk.ui.rich_text_delegate import TONE_ROLE, RichTextDelegate

if TYPE_CHECKING:
    # Only named: the window opens before the models are declared (store/outlines.py).
    from partnerdesk.services.commitments.lists import CommitmentLine

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_TONES = {
    CommitmentStatus.LATE: Tone.FLAG,
    CommitmentStatus.DONE: Tone.SUCCESS,
    CommitmentStatus.DROPPED: Tone.MUTED,
}


class _Rows(QTreeWidget):
    """Space or Ctrl+D on a commitment marks it done (a party's heading row ignores it)."""

    done_key_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if is_done_key(event):
            # A shortcut elsewhere in the window must not take the key from the row.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.done_key_pressed.emit()
            return True
        return super().event(event)


class CommitmentList(QWidget):
    done_requested = Signal(int, str)  # commitment id, what
    open_requested = Signal(int, str)
    drop_requested = Signal(int, str)
    read_requested = Signal(int)  # request id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_id = 0
        self.lines: dict[int, CommitmentLine] = {}
        self.rows = _Rows()
        self.rows.setItemDelegate(RichTextDelegate(self.rows))  # statuses in their tone
        self.rows.setAccessibleName(self.tr("Commitments"))
        self.rows.setColumnCount(3)
        self.rows.setHeaderLabels([self.tr("What"), self.tr("Due"), self.tr("Status")])
        self.rows.setRootIsDecorated(False)
        self.rows.setWordWrap(True)
        self.rows.setColumnWidth(0, 380)
        self.rows.done_key_pressed.connect(self.mark_done)
        self.rows.currentItemChanged.connect(lambda *_args: self._enable())
        self.empty = QLabel(
            self.tr(
                "No commitments yet. The rows of the MOU's roles table, its goals and the "
                "conditions of a “proceed with conditions” decision show here."
            )
        )
        self.empty.setWordWrap(True)
        self.done = QPushButton(self.tr("Mark do&ne"))
        self.done.setToolTip(
            self.tr("Mark the chosen commitment done (Space or {DONE_KEY})").format(
                DONE_KEY=DONE_KEY
            )
        )
        self.done.clicked.connect(self.mark_done)
        self.reopen = QPushButton(self.tr("Mark as &open again"))
        self.reopen.clicked.connect(self.mark_open)
        self.dropping = QPushButton(self.tr("Dro&p…"))
        self.dropping.setToolTip(self.tr("Drop the chosen commitment, saying why"))
        self.dropping.clicked.connect(self.drop)
        buttons = QHBoxLayout()
        for button in (self.done, self.reopen, self.dropping):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.rows, 1)
        layout.addLayout(buttons)
        self._enable()

    def show_request(self, request_id: int) -> None:
        """The request page shows (another or the same) request: read its commitments."""
        if request_id != self.request_id:
            self.request_id = request_id
            self.lines = {}
            self.rows.clear()
        self.read_requested.emit(request_id)

    def show_commitments(self, lines: list[CommitmentLine]) -> None:
        chosen = self.chosen()
        chosen_id = chosen.id if chosen is not None else None
        self.lines = {line.id: line for line in lines}
        self.rows.clear()
        party = None
        for line in lines:
            if line.party != party:
                party = line.party
                title = QTreeWidgetItem([shown_words(party) or self.tr("No party named yet")])
                font = title.font(0)
                font.setBold(True)
                title.setFont(0, font)
                title.setFlags(Qt.ItemFlag.ItemIsEnabled)
                title.setFirstColumnSpanned(True)
                self.rows.addTopLevelItem(title)
            item = QTreeWidgetItem([line.what, _due(line), _status(line)])
            item.setData(0, ID_ROLE, line.id)
            item.setToolTip(0, line.what)
            if line.status in STATUS_TONES:
                item.setData(2, TONE_ROLE, STATUS_TONES[line.status])
            self.rows.addTopLevelItem(item)
            if line.id == chosen_id:
                self.rows.setCurrentItem(item)
        self.empty.setVisible(not lines)
        self.rows.setVisible(bool(lines))
        self._enable()

    def chosen(self) -> CommitmentLine | None:
        item = self.rows.currentItem()
        if item is None:
            return None
        commitment_id = item.data(0, ID_ROLE)
        return self.lines.get(commitment_id) if commitment_id is not None else None

    def mark_done(self) -> None:
        line = self.chosen()
        if line is not None and line.is_open:
            self.done_requested.emit(line.id, line.what)

    def mark_open(self) -> None:
        line = self.chosen()
        if line is not None and not line.is_open:
            self.open_requested.emit(line.id, line.what)

    def drop(self) -> None:
        line = self.chosen()
        if line is not None and line.status is not CommitmentStatus.DROPPED:
            self.drop_requested.emit(line.id, line.what)

    def _enable(self) -> None:
        line = self.chosen()
        self.done.setEnabled(line is not None and line.is_open)
        self.reopen.setEnabled(line is not None and not line.is_open)
        self.dropping.setEnabled(line is not None and line.status is not CommitmentStatus.DROPPED)


def _due(line: CommitmentLine) -> str:
    if line.due_on is not None:
        return friendly_date(line.due_on)
    return line.due_text


def _status(line: CommitmentLine) -> str:
    if line.status is CommitmentStatus.DROPPED and line.drop_reason:
        return QCoreApplication.translate("commitment_list", "Dropped: {drop_reason}").format(
            drop_reason=shown_words(line.drop_reason)
        )
    return line.status.label

"""The capacity matrix as a colour grid: capacities down, parties across, has/needs in cells.

Arrow keys move between cells; the editor below changes the chosen cell (Space cycles it).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import CapacityStatus
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.vetting.capacity_matrix import CapacityMatrix, CellValue, PartyRole
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.forms import add_row, choice_box, select_data
from partnerdesk.ui.rich_text_delegate import TINT_ROLE, TONE_ROLE, RichTextDelegate

# Each column's party, as its heading says who it is.
ROLES = {
    PartyRole.US: QT_TRANSLATE_NOOP("capacity_grid", "Us"),
    PartyRole.ASKING: QT_TRANSLATE_NOOP("capacity_grid", "Asking"),
    PartyRole.PARTNER: QT_TRANSLATE_NOOP("capacity_grid", "Other partner"),
}
# A cell's tone: its background tinted with it and its text in it, both chosen against
# the palette when drawn (ui/colours.py), so they read in dark mode too.
TONES = {
    CapacityStatus.HAS: Tone.SUCCESS,
    CapacityStatus.NEEDS: Tone.ATTENTION,
}
WORDS = {
    CapacityStatus.HAS: QT_TRANSLATE_NOOP("capacity_grid", "Has"),
    CapacityStatus.NEEDS: QT_TRANSLATE_NOOP("capacity_grid", "Needs"),
    CapacityStatus.NONE: "",
}
CAPACITY_COLUMN_WIDTH = 230
CYCLE = [CapacityStatus.NONE, CapacityStatus.HAS, CapacityStatus.NEEDS]


# Rows of the grid always in sight: on a small screen the tab scrolls instead (with the
# window's pages) rather than shrink the grid to a row or two.
ROWS_IN_SIGHT = 5


class _Grid(QTableWidget):
    cycle_requested = Signal()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Worked out each time: the rows grow with the font (large text).
        hint = super().minimumSizeHint()
        rows = self.verticalHeader().defaultSectionSize() * ROWS_IN_SIGHT
        header = self.horizontalHeader().sizeHint().height()
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), rows + header + scroll_bar + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space:
            self.cycle_requested.emit()
            return
        super().keyPressEvent(event)


class CapacityGrid(QWidget):
    cell_saved = Signal(int, int, object)  # capacity id, organization id, CellValue
    add_partner_requested = Signal()
    remove_partner_requested = Signal(int, str)  # organization id, name
    edit_capacities_requested = Signal()
    choose_ours_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: CapacityMatrix | None = None
        # Cells sent to be saved that the store has not shown back yet: a second Space
        # before the refresh cycles on from the first, not from the stale value.
        self._sent: dict[tuple[int, int], CellValue] = {}
        # The cell the editor below shows: its note is saved when another cell is chosen.
        self._editing: tuple[int, int] | None = None
        self._shown_note = ""
        self.missing_ours = QLabel(
            self.tr(
                "Which organization is yours? Choose it, so the matrix can show what you bring."
            )
        )
        self.missing_ours.setWordWrap(True)
        self.choose_ours = QPushButton(self.tr("Choose &our organization…"))
        self.choose_ours.clicked.connect(self.choose_ours_requested.emit)
        self.grid = _Grid()
        self.grid.setItemDelegate(RichTextDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Capacity matrix"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The capacity is the first column (it wraps); each party shares the rest.
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(120)
        self.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(False)
        self.grid.currentCellChanged.connect(lambda *_: self._cell_changed())
        self.grid.cycle_requested.connect(self._cycle)
        self.grid.cellDoubleClicked.connect(lambda *_: self._cycle())

        self.cell_title = QLabel(self.tr("Choose a cell in the grid."))
        self.cell_title.setWordWrap(True)
        self.status = choice_box([(status.label, status) for status in CYCLE])
        self.status.activated.connect(lambda _index: self._save())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What exactly, how much, for how long…"))
        self.note.returnPressed.connect(self._save)
        self.save_button = QPushButton(self.tr("Save &note"))
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        add_row(form, self.tr("H&as or needs:"), self.status)
        add_row(form, self.tr("No&te:"), self.note)

        add_partner = QPushButton(self.tr("Add a &partner…"))
        add_partner.clicked.connect(self.add_partner_requested.emit)
        self.remove_partner = QPushButton(self.tr("&Remove partner…"))
        self.remove_partner.clicked.connect(self._remove_partner)
        edit = QPushButton(self.tr("Edit the &list of capacities…"))
        edit.clicked.connect(self.edit_capacities_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(add_partner)
        buttons.addWidget(self.remove_partner)
        buttons.addStretch(1)
        buttons.addWidget(edit)

        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        paint(self.gaps, Tone.ATTENTION)
        # In a scroll area of its own: on a small screen (150% on a laptop) the tab
        # scrolls and the grid keeps its rows in sight, rather than shrink to two.
        content = QWidget()
        scroller = QScrollArea()
        scroller.setWidget(content)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the grid
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        layout = QVBoxLayout(content)
        ours_row = QHBoxLayout()
        ours_row.addWidget(self.missing_ours, 1)
        ours_row.addWidget(self.choose_ours)
        layout.addLayout(ours_row)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.gaps)
        layout.addWidget(self.cell_title)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self._enable_editor(False)

    def show_matrix(self, matrix: CapacityMatrix) -> None:
        chosen = self.current()
        kept_note = self.note.text() if self._note_changed() else None
        cells = dict(matrix.cells)
        for key, value in list(self._sent.items()):
            if _same(matrix.cell(*key), value):
                del self._sent[key]  # saved: the store has it now
            else:
                cells[key] = value  # still on its way
        matrix = self.matrix = replace(matrix, cells=cells)
        self.missing_ours.setVisible(matrix.needs_our_organization)
        self.choose_ours.setVisible(matrix.needs_our_organization)
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(matrix.capacities))
        self.grid.setColumnCount(len(matrix.parties) + 1)
        self.grid.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("Capacity")))
        for index, party in enumerate(matrix.parties, start=1):
            # Long names are cut at the end ("…"), never in the middle; the whole name is
            # in the tooltip and in the cell title below the grid.
            role = QCoreApplication.translate("capacity_grid", ROLES[party.role])
            header_item = QTableWidgetItem(
                self.tr("{role}: {name}").format(role=role, name=party.name)
            )
            header_item.setToolTip(self.tr("{name} ({role})").format(name=party.name, role=role))
            self.grid.setHorizontalHeaderItem(index, header_item)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(0, CAPACITY_COLUMN_WIDTH)
        for r, capacity in enumerate(matrix.capacities):
            name = QTableWidgetItem(capacity.name)
            name.setToolTip(capacity.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(r, 0, name)
            for c, party in enumerate(matrix.parties, start=1):
                value = matrix.cell(capacity.id, party.organization_id)
                item = QTableWidgetItem(_cell_text(value))
                item.setToolTip(value.note)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{capacity.name}, {party.name}: {value.status.label}. {value.note}".strip(),
                )
                tone = TONES.get(value.status)
                if tone is not None:
                    item.setData(TINT_ROLE, tone)
                    item.setData(TONE_ROLE, tone)
                self.grid.setItem(r, c, item)
        self.grid.blockSignals(False)
        partners = any(party.role is PartyRole.PARTNER for party in matrix.parties)
        self.remove_partner.setEnabled(partners)
        gaps = matrix.gaps()
        self.gaps.setText(
            self.tr("Needed, but nobody has it yet: ") + "; ".join(gaps) + "." if gaps else ""
        )
        self.gaps.setVisible(bool(gaps))
        # The same cell stays chosen (found by capacity and party, not by position), so a
        # second Space changes the same party's capacity again.
        place = self._place_of(chosen[0], chosen[1]) if chosen is not None else None
        if place is not None:
            self.grid.blockSignals(True)
            self.grid.setCurrentCell(*place)
            self.grid.blockSignals(False)
        self._show_cell()
        if kept_note is not None and chosen is not None and self._editing == chosen[:2]:
            self.note.setText(kept_note)  # still being typed: the refresh leaves it be

    def _place_of(self, capacity_id: int, organization_id: int) -> tuple[int, int] | None:
        matrix = self.matrix
        if matrix is None:
            return None
        rows = [r for r, capacity in enumerate(matrix.capacities) if capacity.id == capacity_id]
        columns = [
            c
            for c, party in enumerate(matrix.parties, start=1)
            if party.organization_id == organization_id
        ]
        return (rows[0], columns[0]) if rows and columns else None

    def current(self) -> tuple[int, int, str, str] | None:
        """(capacity id, organization id, capacity name, party name) of the chosen cell."""
        matrix = self.matrix
        row, column = self.grid.currentRow(), self.grid.currentColumn() - 1
        if matrix is None or not (
            0 <= row < len(matrix.capacities) and 0 <= column < len(matrix.parties)
        ):
            return None
        capacity, party = matrix.capacities[row], matrix.parties[column]
        return capacity.id, party.organization_id, capacity.name, party.name

    def _enable_editor(self, enabled: bool) -> None:
        for widget in (self.status, self.note, self.save_button):
            widget.setEnabled(enabled)

    def _cell_changed(self) -> None:
        self.keep_note()  # the note typed for the cell being left is not lost
        self._show_cell()

    def _show_cell(self) -> None:
        chosen = self.current()
        self._enable_editor(chosen is not None)
        if chosen is None or self.matrix is None:
            self._editing = None
            self.cell_title.setText(self.tr("Choose a cell in the grid."))
            return
        capacity_id, organization_id, capacity, party = chosen
        value = self.matrix.cell(capacity_id, organization_id)
        self._editing = (capacity_id, organization_id)
        self.cell_title.setText(f"{capacity} — {party}")
        select_data(self.status, value.status)
        self.note.setText(value.note)
        self._shown_note = value.note

    def _note_changed(self) -> bool:
        return self._editing is not None and self.note.text() != self._shown_note

    def keep_note(self) -> None:
        """Save the note typed for the cell the editor shows, if it changed (the user moves
        to another cell, tab or page, or the window closes)."""
        if self._note_changed() and self._editing is not None and self.matrix is not None:
            value = self.matrix.cell(*self._editing)
            self._send(self._editing, CellValue(value.status, self.note.text()))

    def forget_sent(self) -> None:
        """Another request is shown: what was sent for this one is no concern of it."""
        self._sent = {}
        self._editing = None

    def _value(self) -> CellValue:
        return CellValue(CapacityStatus(self.status.currentData()), self.note.text())

    def _save(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._send((chosen[0], chosen[1]), self._value())

    def _cycle(self) -> None:
        chosen = self.current()
        if chosen is None or self.matrix is None:
            return
        value = self.matrix.cell(chosen[0], chosen[1])
        following = CYCLE[(CYCLE.index(value.status) + 1) % len(CYCLE)]
        note = self.note.text() if self._editing == (chosen[0], chosen[1]) else value.note
        self._send((chosen[0], chosen[1]), CellValue(following, note))

    def _send(self, key: tuple[int, int], value: CellValue) -> None:
        """Save a cell; until the refresh comes back, the grid already shows the new value."""
        assert self.matrix is not None
        self._sent[key] = value
        self.matrix = replace(self.matrix, cells={**self.matrix.cells, key: value})
        place = self._place_of(*key)
        if place is not None and (item := self.grid.item(*place)) is not None:
            item.setText(_cell_text(value))
        if self._editing == key:
            select_data(self.status, value.status)
            self._shown_note = value.note
        self.cell_saved.emit(key[0], key[1], value)

    def _remove_partner(self) -> None:
        matrix = self.matrix
        if matrix is None:
            return
        column = self.grid.currentColumn() - 1
        partners = [party for party in matrix.parties if party.role is PartyRole.PARTNER]
        chosen = (
            matrix.parties[column]
            if 0 <= column < len(matrix.parties)
            and matrix.parties[column].role is PartyRole.PARTNER
            else (partners[0] if len(partners) == 1 else None)
        )
        if chosen is None:
            self.cell_title.setText(self.tr("Choose a cell in the partner's column first."))
            return
        self.remove_partner_requested.emit(chosen.organization_id, chosen.name)


def _same(stored: CellValue, sent: CellValue) -> bool:
    return stored.status is sent.status and stored.note == clean_multiline(sent.note)


def _cell_text(value: CellValue) -> str:
    """Has / Needs first, so it stays readable when the note is cut off."""
    words = (
        QCoreApplication.translate("capacity_grid", WORDS[value.status])
        if WORDS[value.status]
        else ""
    )
    if value.note:
        return f"{words} — {value.note}" if words else value.note
    return words

"""A page listing one kind of record: filter box, table, and an empty state."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.records.listing import RecordLister
from partnerdesk.ui.list_narrowing import ListNarrowing
from partnerdesk.ui.record_table_model import RecordTableModel
from partnerdesk.ui.widgets import EmptyState, heading

FILTER_DELAY_MS = 150
MAX_COLUMN_WIDTH = 300

EMPTY_TEXT: dict[RecordKind, tuple[str, str]] = {
    RecordKind.ORGANIZATION: (
        QT_TRANSLATE_NOOP("record_list_page", "No organizations yet"),
        QT_TRANSLATE_NOOP(
            "record_list_page",
            "Add the organizations you work with — hospitals, health departments, fellow "
            "community groups — or load the sample data to look around.",
        ),
    ),
    RecordKind.CONTACT: (
        QT_TRANSLATE_NOOP("record_list_page", "No contacts yet"),
        QT_TRANSLATE_NOOP(
            "record_list_page",
            "Contacts are the people you deal with at each organization, including their key "
            "leaders. Load the sample data to see how they appear here.",
        ),
    ),
    RecordKind.REQUEST: (
        QT_TRANSLATE_NOOP("record_list_page", "No partnership requests yet"),
        QT_TRANSLATE_NOOP(
            "record_list_page",
            "Partnership requests are the asks you receive, for example from a hospital. "
            "Each one is vetted here on your own terms. Load the sample data to see one.",
        ),
    ),
    RecordKind.NOTE: (
        QT_TRANSLATE_NOOP("record_list_page", "No notes yet"),
        QT_TRANSLATE_NOOP(
            "record_list_page",
            "Notes record calls, meetings, emails and visits, and any follow-ups. "
            "Load the sample data to see some.",
        ),
    ),
}
# Plural forms (core/translation.py: the name is the context; English resolved there).
record_list_page = Messages("record_list_page")


class ListWords(NamedTuple):
    """The texts of a list page that name its kind of record."""

    filter_hint: str  # "Filter organizations…"
    filter_name: str  # the filter box's name for screen readers
    number_of: str  # the count's name for screen readers
    new: str  # the add button: "New organization…"
    none_match: str  # nothing left after filtering


class AlternateView(Protocol):
    """Another way to show the same records (the requests board), switched to by a button."""

    @property
    def show_text(self) -> str:  # "Show as a board", marked in the "RequestBoardView" context
        ...

    @property
    def widget(self) -> QWidget: ...

    def reload(self, filter_text: str) -> None: ...

    def selected(self) -> list[tuple[int, str]]:
        """(id, title) of the record the user has chosen in this view."""
        ...


class RecordListPage(QWidget):
    trash_requested = Signal(object, list, list)  # kind, ids, titles
    load_sample_requested = Signal()
    add_requested = Signal(object)  # kind
    record_activated = Signal(object, int)  # kind, id: double-click or Enter

    def __init__(
        self,
        lister: RecordLister,
        *,
        can_add: bool = False,
        tags: Callable[[Callable[[list[str]], None]], None] | None = None,
        board: AlternateView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = lister.kind
        self.setObjectName(f"{self.kind.value}-list-page")
        self.model = RecordTableModel(lister)

        title = heading(self.kind.plural_label)
        words = self._words()
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(words.filter_hint)
        self.filter_box.setAccessibleName(words.filter_name)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(160)
        self.filter_box.setMaximumWidth(360)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(words.number_of)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.count_label)
        header.addStretch(1)
        self.narrowing = ListNarrowing(self.kind, lister.options, tags)
        self.narrowing.changed.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 1)
        filters.addWidget(self.narrowing)
        filters.addStretch(1)
        self.add_button: QPushButton | None = None
        if can_add:
            self.add_button = QPushButton(words.new)
            self.add_button.clicked.connect(lambda: self.add_requested.emit(self.kind))
            header.addWidget(self.add_button)

        self.board = board
        self.view_switch: QPushButton | None = None
        if board is not None:
            self.view_switch = QPushButton(
                QCoreApplication.translate("RequestBoardView", board.show_text)
            )
            self.view_switch.setCheckable(True)
            self.view_switch.toggled.connect(self._switch_view)
            header.addWidget(self.view_switch)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.kind.plural_label)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        # Column widths from the rows on screen: measuring a thousand rows (Qt's default)
        # would read ten pages of a long list before it first shows.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        # No column is sorted at first: each list starts in its natural order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(
            lambda index: self.record_activated.emit(self.kind, self.model.record_id(index.row()))
        )

        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        if board is not None:
            self.stack.addWidget(board.widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self._columns_sized = False
        self.stale = True
        self.setTabOrder(self.filter_box, self.table)

    # Loading ---------------------------------------------------------------
    def changes_applied(self, changes: Changes) -> None:
        """A change elsewhere: only a change to this kind of record (moving one to the
        trash and back included) makes the list read again."""
        if changes.names(self.kind):
            self.mark_stale()

    def mark_stale(self) -> None:
        """The records changed: reload now if the list is on screen, else when it is shown.

        Reading every list at start (or after each change) would cost time for pages the
        user may never open.
        """
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.stale = False
        self.narrowing.refresh_choices()
        self.model.reload(self.filter_box.text())
        filtered = bool(self.filter_box.text().strip()) or self.narrowing.is_narrowing
        total = self.model.total
        counted = {
            RecordKind.ORGANIZATION: record_list_page.tr("%Ln organization(s)", "", total),
            RecordKind.CONTACT: record_list_page.tr("%Ln contact(s)", "", total),
            RecordKind.REQUEST: record_list_page.tr("%Ln request(s)", "", total),
            RecordKind.NOTE: record_list_page.tr("%Ln note(s)", "", total),
        }
        self.count_label.setText(counted.get(self.kind, f"{total:,}"))
        self.count_label.setVisible(self.model.total > 0 or filtered)
        if self.model.total and self.showing_board and self.board is not None:
            self.board.reload(self.filter_box.text())
            self.stack.setCurrentWidget(self.board.widget)
        elif self.model.total:
            self.stack.setCurrentWidget(self.table)
            if not self._columns_sized:
                self.table.resizeColumnsToContents()
                # Long free text (a service area) must not push other columns off screen.
                for column in range(self.model.columnCount()):
                    if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                        self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)
                self._columns_sized = True
        elif filtered:
            self.empty_state.show_message(
                self.tr("Nothing matches"),
                self._words().none_match,
                [(self.tr("Show everything"), self.clear_filters)],
            )
            self.stack.setCurrentWidget(self.empty_state)
        else:
            title, text = (
                QCoreApplication.translate("record_list_page", part)
                for part in EMPTY_TEXT[self.kind]
            )
            actions: list[tuple[str, Callable[[], None]]] = []
            if self.add_button is not None:
                adding = {
                    RecordKind.ORGANIZATION: self.tr("Add an organization"),
                    RecordKind.CONTACT: self.tr("Add a contact"),
                    RecordKind.REQUEST: self.tr("Add a partnership request"),
                    RecordKind.NOTE: self.tr("Add a note"),
                }
                actions.append((adding[self.kind], self._request_add))
            actions.append((self.tr("Load the sample data"), self.load_sample_requested.emit))
            self.empty_state.show_message(title, text, actions)
            self.stack.setCurrentWidget(self.empty_state)

    @property
    def showing_board(self) -> bool:
        return self.view_switch is not None and self.view_switch.isChecked()

    def _switch_view(self, board: bool) -> None:
        if self.view_switch is not None and self.board is not None:
            self.view_switch.setText(
                self.tr("Show as a list")
                if board
                else QCoreApplication.translate("RequestBoardView", self.board.show_text)
            )
        self.reload()

    def _words(self) -> ListWords:
        """Whole texts per kind: another language words each one its own way (the noun's
        gender, its article), which a lower-cased label put in cannot do (issue 21)."""
        if self.kind is RecordKind.ORGANIZATION:
            return ListWords(
                self.tr("Filter organizations…"),
                self.tr("Filter organizations"),
                self.tr("Number of organizations"),
                self.tr("New organization…"),
                self.tr("No organizations match what you chose."),
            )
        if self.kind is RecordKind.CONTACT:
            return ListWords(
                self.tr("Filter contacts…"),
                self.tr("Filter contacts"),
                self.tr("Number of contacts"),
                self.tr("New contact…"),
                self.tr("No contacts match what you chose."),
            )
        if self.kind is RecordKind.REQUEST:
            return ListWords(
                self.tr("Filter requests…"),
                self.tr("Filter requests"),
                self.tr("Number of requests"),
                self.tr("New request…"),
                self.tr("No requests match what you chose."),
            )
        return ListWords(
            self.tr("Filter notes…"),
            self.tr("Filter notes"),
            self.tr("Number of notes"),
            self.tr("New note…"),
            self.tr("No notes match what you chose."),
        )

    def clear_filters(self) -> None:
        self.narrowing.reset()
        self.filter_box.clear()
        self.reload()

    def _request_add(self) -> None:
        self.add_requested.emit(self.kind)

    # Selection -------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        return sorted({index.row() for index in selection.selectedRows()})

    def request_trash_of_selection(self) -> bool:
        if self.showing_board and self.board is not None:
            chosen = self.board.selected()
            if chosen:
                self.trash_requested.emit(
                    self.kind, [id_ for id_, _ in chosen], [title for _, title in chosen]
                )
            return bool(chosen)
        rows = self.selected_rows()
        if not rows or self.stack.currentWidget() is not self.table:
            return False
        ids = [self.model.record_id(row) for row in rows]
        titles = [self.model.title_of(row) for row in rows]
        self.trash_requested.emit(self.kind, ids, titles)
        return True

    def select_record(self, record_id: int) -> bool:
        """Select a record by id, wherever it is in the list."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

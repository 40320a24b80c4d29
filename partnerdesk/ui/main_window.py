"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)
from sqlalchemy.orm import Session

from partnerdesk import APP_NAME
from partnerdesk.paths import DataLocation, resource
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.records.today import today_overview
from partnerdesk.store.database import Database
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.data_safety import DataSafety
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.help_actions import HelpActions
from partnerdesk.ui.main_menus import build_menus_and_toolbar
from partnerdesk.ui.main_pages import ListPages, PageStack, page_makers
from partnerdesk.ui.navigation import NAVIGATION, NAVIGATION_PARENT, PAGE_OF_KIND
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.pages.today_page import TodayPage
from partnerdesk.ui.search_box import SearchBox
from partnerdesk.ui.tasks import TaskRunner
from partnerdesk.ui.trash_actions import TrashActions
from partnerdesk.ui.widgets import current_follows_selection
from partnerdesk.ui.window_actions import WindowActions
from partnerdesk.ui.window_state import WindowState

if TYPE_CHECKING:
    from partnerdesk.services.records.search import SearchResults
    from partnerdesk.services.records.timeline import TimelineKind
    from partnerdesk.ui.pages.organization_page import OrganizationPage
    from partnerdesk.ui.pages.request_board import RequestBoard
    from partnerdesk.ui.pages.request_page import RequestPage
    from partnerdesk.ui.pages.search_page import SearchPage
    from partnerdesk.ui.pages.trash_page import TrashPage

STATUS_MESSAGE_MS = 8000
NAVIGATION_STYLE = """
QListWidget { border: none; padding-top: 6px; }
QListWidget::item { padding-left: 8px; border-radius: 6px; margin: 1px 6px; }
QListWidget::item:selected { background: #d9ebe4; color: #16332b; }
QListWidget::item:selected:!active { background: #e6efec; color: #16332b; }
"""


class MainWindow(WindowActions, QMainWindow):
    def __init__(
        self,
        database: Database,
        dialogs: Dialogs,
        tasks: TaskRunner,
        window_state: WindowState,
    ) -> None:
        super().__init__()
        self.database = database
        self.dialogs = dialogs
        self.tasks = tasks
        self.window_state = window_state
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")

        # Only Today is made now: the other pages, and the actions behind their buttons
        # and menus, are made the first time they are used (see main_pages).
        self.today_page = TodayPage()
        self.stack = QStackedWidget()
        self.pages = PageStack(self.stack, {"today": lambda: self.today_page, **page_makers(self)})
        self.stack.setCurrentWidget(self.pages["today"])
        self.list_pages = ListPages(self.pages)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName("Sections")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        for key, title in NAVIGATION:
            item = QListWidgetItem(QIcon(str(resource("icons", f"nav-{key}.svg"))), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        current_follows_selection(self.navigation)
        # A light tint keeps the green icons readable on the selected row.
        self.navigation.setStyleSheet(NAVIGATION_STYLE)

        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = SearchBox(self._search, self._show_results, self._search_cleared)
        self.search_box = self.search.box

        self.operations = Operations(database, tasks, dialogs, self._tell)
        self.operations.changes_applied.connect(self.refresh)
        self.changes = ChangeRunner(self.operations)
        self.trash_actions = TrashActions(self, self.changes, dialogs)
        self.safety = DataSafety(
            self, self.changes, window_state.settings, self.close_without_saving_state
        )
        # Set when the window closes to reopen on other data (Settings → Use a shared database).
        self.next_location: DataLocation | None = None
        self.help = HelpActions(
            self,
            database,
            dialogs,
            window_state.settings,
            self.safety.backup_folder,
            lambda: self.profiles.edit_our_profile(),
            lambda: self.load_sample_data(ask=False),
        )
        build_menus_and_toolbar(self)
        self.location_label = QLabel(self.safety.location_text())
        self.location_label.setAccessibleName("Where your data is kept")
        self.statusBar().addPermanentWidget(self.location_label)
        self._connect_today()
        self.resize(1100, 720)
        self.refresh_views(Changes.everything())

    # Pages, made when first shown ------------------------------------------
    @property
    def trash_page(self) -> TrashPage:
        return cast("TrashPage", self.pages["trash"])

    @property
    def search_page(self) -> SearchPage:
        return cast("SearchPage", self.pages["search"])

    @property
    def organization_page(self) -> OrganizationPage:
        return cast("OrganizationPage", self.pages["organization"])

    @property
    def request_page(self) -> RequestPage:
        return cast("RequestPage", self.pages["request"])

    @property
    def request_board(self) -> RequestBoard:
        board = self.list_pages[RecordKind.REQUEST].board
        assert board is not None
        return cast("RequestBoard", board.widget)

    # Building ----------------------------------------------------------------
    def _connect_today(self) -> None:
        self.today_page.open_record.connect(self.open_record)
        self.today_page.load_sample_requested.connect(self.load_sample_data)
        self.today_page.add_organization_requested.connect(self.add_organization)
        self.today_page.open_mou.connect(lambda mou_id: self.mous.open_mou(mou_id))

    def _tell(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    # Navigation --------------------------------------------------------------
    def _leave_page(self, key: str | None = None) -> None:
        """The page being left saves what was typed on it (pages with a ``leave`` method)."""
        page = self.stack.currentWidget()
        if key is None or self.pages.made(key) is not page:
            leave = getattr(page, "leave", None)
            if callable(leave):
                leave()

    def show_page(self, key: str) -> None:
        self._leave_page(key)
        nav_key = NAVIGATION_PARENT.get(key, key)
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == nav_key:
                # Selecting the parent entry must not switch away from a detail page.
                self.navigation.blockSignals(key != nav_key)
                self.navigation.setCurrentRow(row)
                self.navigation.blockSignals(False)
                break
        else:
            self.navigation.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.pages[key])
        if key == nav_key:
            self.window_state.last_page = key

    def current_page_key(self) -> str:
        key = self.pages.key_of(self.stack.currentWidget())
        assert key is not None
        return key

    def _navigation_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self._leave_page(key)
        self.stack.setCurrentWidget(self.pages[key])
        self.window_state.last_page = key

    def open_record(self, kind: RecordKind, record_id: int) -> None:
        """Open a record where it is best read: its page, or its editor."""
        if kind is RecordKind.ORGANIZATION:
            self.show_organization(record_id)
        elif kind is RecordKind.CONTACT:
            self.editing.edit_contact(record_id)
        elif kind is RecordKind.NOTE:
            self.editing.edit_note(record_id)
        else:
            self.show_request(record_id)

    def select_in_list(self, kind: RecordKind, record_id: int) -> None:
        page = self.list_pages[kind]
        page.filter_box.clear()
        page.reload()
        self.show_page(PAGE_OF_KIND[kind])
        if not page.select_record(record_id):
            self._tell("That record is no longer there.")

    def show_organization(self, organization_id: int) -> None:
        from partnerdesk.services.errors import RecordMissingError
        from partnerdesk.services.records.organization_overview import organization_overview
        from partnerdesk.services.records.timeline import rest_of_timeline

        try:
            with self.database.session() as session:
                overview = organization_overview(session, organization_id)
        except RecordMissingError as error:
            self.dialogs.inform("Not found", str(error))
            return
        rest = rest_of_timeline(self.database.session, overview.timeline_continues)
        self.organization_page.show_overview(overview, rest)
        self.show_page("organization")

    def show_request(self, request_id: int) -> None:
        from partnerdesk.services.errors import RecordMissingError
        from partnerdesk.services.vetting.overview import request_page_data

        try:
            data = request_page_data(self.database, request_id)
        except RecordMissingError as error:
            self.dialogs.inform("Not found", str(error))
            return
        self.request_page.show_overview(data.overview, data.matrix)
        self.show_page("request")

    def open_timeline_entry(self, kind: TimelineKind, record_id: int) -> None:
        from partnerdesk.services.records.timeline import TimelineKind

        if kind is TimelineKind.NOTE:
            self.editing.edit_note(record_id)
        elif kind is TimelineKind.HISTORY:
            self.editing.edit_history(self.organization_page.organization_id, record_id)
        elif kind in (TimelineKind.REQUEST, TimelineKind.DECISION):
            self.show_request(record_id)
        elif kind is TimelineKind.MOU:
            self.mous.open_mou(record_id)

    def add_record(self, kind: RecordKind) -> None:
        if kind is RecordKind.ORGANIZATION:
            self.editing.edit_organization()
        elif kind is RecordKind.CONTACT:
            self.editing.edit_contact()
        elif kind is RecordKind.NOTE:
            self.editing.edit_note()
        else:
            self.editing.edit_request()

    def focus_search(self) -> None:
        self.search.focus()

    def run_search(self) -> None:
        self.search.run()

    def _search(self, query: str) -> SearchResults:
        from partnerdesk.services.records.search import search

        with self.database.session() as session:
            return search(session, query)

    def _show_results(self, results: SearchResults) -> None:
        self.search_page.show_results(results)
        self.show_page("search")

    def _search_cleared(self) -> None:
        if self.stack.currentWidget() is self.pages.made("search"):
            self.show_page("today")

    # Refreshing --------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        """After a change to the store: remember it for the next backup, update views."""
        if changes:
            self.safety.scheduler.mark_changed()
        self.refresh_views(changes)

    def refresh_views(self, changes: Changes) -> None:
        with self.database.session() as session:
            overview = today_overview(session)
        self.today_page.show_overview(overview)
        # Pages not made yet read everything when they are first shown.
        for kind in changes.kinds:
            if (page := self.list_pages.made(kind)) is not None:
                page.mark_stale()
        current = self.pages.key_of(self.stack.currentWidget())
        if current == "organization" and changes:
            self.show_organization(self.organization_page.organization_id)
        if changes.trash and self.pages.made("trash") is not None:
            self.trash_page.mark_stale()

    # Changes (run off the GUI thread) ----------------------------------------
    def load_sample_data(self, ask: bool = True) -> None:
        """Add the invented example; ``ask=False`` when the person already chose it."""
        if ask and not self.dialogs.confirm(
            "Load the sample data?",
            "This adds invented organizations, contacts, notes and a partnership request, "
            "so you can look around. You can move them to the trash later.",
            action="Load sample data",
        ):
            return

        from partnerdesk.services.sample_data.loading import load_sample_data

        def work(session: Session) -> Changes:
            load_sample_data(session)
            return Changes.everything()

        self.changes.run(work, "Sample data loaded.", label="Loading the sample data…")

    def add_organization(self) -> None:
        self.editing.edit_organization()

    def trash_selection(self) -> None:
        from partnerdesk.ui.pages.record_list_page import RecordListPage

        page = self.stack.currentWidget()
        if isinstance(page, RecordListPage):
            page.request_trash_of_selection()

    # Window state ------------------------------------------------------------
    def restore_window_state(self) -> None:
        self.window_state.restore(self, {"main": self.splitter})
        self.show_page(
            self.window_state.last_page if self.window_state.last_page in self.pages else "today"
        )

    def switch_to(self, location: DataLocation) -> None:
        """Close, and have the app reopen with ``location``'s data."""
        self.next_location = location
        self.close()

    def close_without_saving_state(self) -> None:
        """Close after the settings file was replaced (Import everything) without undoing it."""
        self._save_state_on_close = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if getattr(self, "_save_state_on_close", True):
            self.window_state.save(self, {"main": self.splitter})
        self._leave_page()
        if self.made("profiles"):
            self.profiles.close_all()  # each open profile saves what was typed last
        self.safety.stop_check()
        self.tasks.wait_for_all()
        self.safety.scheduler.back_up_on_close()
        super().closeEvent(event)

"""The main window: navigation on the left, one page at a time on the right.

It is given a ``WindowContext`` (app.py makes it): every read and write goes through
``operations`` on the database worker, and each page re-reads what a finished change
names (``operations.changes_applied``). Its features live in ``Controllers``, made when
first used; its menus are declared in main_menus.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
)

from partnerdesk import APP_NAME
from partnerdesk.paths import DataLocation, resource
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.records.today import TodayOverview, read_today
from partnerdesk.ui.colours import set_palette_style_sheet
from partnerdesk.ui.context import WindowContext
from partnerdesk.ui.controllers import Controllers, WindowCallbacks
from partnerdesk.ui.language import content_language
from partnerdesk.ui.main_menus import install_menus, install_toolbar
from partnerdesk.ui.main_pages import ListPages, PageStack, page_makers
from partnerdesk.ui.navigation import NAVIGATION, NAVIGATION_PARENT, PAGE_OF_KIND
from partnerdesk.ui.page_scroller import PageScroller, PageStackWidget
from partnerdesk.ui.pages.today_page import TodayPage
from partnerdesk.ui.search_box import SearchBox
from partnerdesk.ui.widgets import current_follows_selection, resize_within_screen

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.records.organization_overview import OrganizationOverview
    from partnerdesk.services.records.search import SearchResults
    from partnerdesk.services.records.timeline import TimelineKind
    from partnerdesk.services.vetting.overview import RequestPageData
    from partnerdesk.ui.calendar_actions import CalendarActions
    from partnerdesk.ui.contact_transfer import ContactTransfer
    from partnerdesk.ui.data_safety import DataSafety
    from partnerdesk.ui.dialogs import Dialogs
    from partnerdesk.ui.email_actions import EmailActions
    from partnerdesk.ui.form_actions import FormActions
    from partnerdesk.ui.help_actions import HelpActions
    from partnerdesk.ui.letterhead_actions import LetterheadActions
    from partnerdesk.ui.mou_actions import MouActions
    from partnerdesk.ui.pages.organization_page import OrganizationPage
    from partnerdesk.ui.pages.request_board import RequestBoard
    from partnerdesk.ui.pages.request_page import RequestPage
    from partnerdesk.ui.pages.search_page import SearchPage
    from partnerdesk.ui.pages.trash_page import TrashPage
    from partnerdesk.ui.profile_actions import ProfileActions
    from partnerdesk.ui.record_editing import RecordEditing
    from partnerdesk.ui.shared_database_actions import SharedDatabaseActions
    from partnerdesk.ui.tasks import TaskRunner
    from partnerdesk.ui.trash_actions import TrashActions
    from partnerdesk.ui.vetting_actions import VettingActions
    from partnerdesk.ui.window_state import WindowState

Result = TypeVar("Result")


STATUS_MESSAGE_MS = 8000
NAVIGATION_STYLE = """
QListWidget { border: none; padding-top: 6px; }
QListWidget::item { padding-left: 8px; border-radius: 6px; margin: 1px 6px; }
QListWidget::item:selected { background: palette(button); color: palette(button-text);
                             border-left: 4px solid palette(highlight); }
"""
# What the Today page shows: counts, follow-ups, waiting requests, MOU reviews and
# commitments due. An answer, a capacity, a question or a profile changes none of them.
TODAY_SHOWS = (Detail.DECISION, Detail.MOU, Detail.COMMITMENTS)
# The organization page: its details, people, and a timeline of notes, requests,
# decisions, MOUs and history.
ORGANIZATION_SHOWS = (Detail.DECISION, Detail.MOU)


class MainWindow(QMainWindow):
    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.context = context
        self.operations = context.operations
        self._open = True
        # Set as closing starts: the window is still visible while closeEvent hands over
        # the last posted events, and what those would start for later is not wanted.
        self.closing = False
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        context.messages.shown.connect(self._tell)
        self.controllers = Controllers(
            self,
            context,
            WindowCallbacks(
                show_organization=self.show_organization,
                show_request=self.show_request,
                switch_to=self.switch_to,
                close_without_saving_state=self.close_without_saving_state,
                load_sample_data=lambda: self.load_sample_data(ask=False),
            ),
        )
        # Set when the window closes to reopen on other data (Settings → Use a shared database).
        self.next_location: DataLocation | None = None
        # Counts the person's moves (a page shown, a record asked for): a record read on the
        # worker opens only if nothing was chosen since it was asked for, so a slow read
        # never pulls the person away from where they went meanwhile.
        self._moves = 0

        # Only Today is made now: the other pages, and the actions behind their buttons
        # and menus, are made the first time they are used (see main_pages).
        self.today_page = TodayPage()
        self.stack = PageStackWidget()
        self.pages = PageStack(self.stack, {"today": lambda: self.today_page, **page_makers(self)})
        self.stack.setCurrentWidget(self.pages["today"])
        self.list_pages = ListPages(self.pages)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        for key, title in NAVIGATION:
            item = QListWidgetItem(
                QIcon(str(resource("icons", f"nav-{key}.svg"))),
                QCoreApplication.translate("navigation", title),
            )
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        current_follows_selection(self.navigation)
        # The selected page: a button's colours (a light tint that keeps the green icons
        # readable, in dark mode and high contrast too) with a bar of the selection colour.
        set_palette_style_sheet(self.navigation, NAVIGATION_STYLE)

        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.navigation)
        # The pages scroll as a whole when the window is smaller than a page needs (150% or
        # 200% scaling on a laptop's screen, large text), rather than cut off its buttons.
        self.page_scroller = PageScroller(self.stack)
        self.splitter.addWidget(self.page_scroller)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = SearchBox(self._search, self._search_cleared)
        self.search_box = self.search.box
        self.menu_actions: dict[str, QAction] = install_menus(self, self.menuBar())
        install_toolbar(self, self.search_box)
        self.location_label = QLabel(self.safety.location_text())
        self.location_label.setAccessibleName(self.tr("Where your data is kept"))
        self.statusBar().addPermanentWidget(self.location_label)
        self._connect_today()
        self.operations.changes_applied.connect(self._changes_applied)
        resize_within_screen(self, 1100, 720)
        # Read on the database worker: the window paints at once, and Today fills a moment
        # later (before a person could read it).
        self._read_today()

    def read(
        self,
        read: Callable[[Database], Result],
        then: Callable[[Result], Any],
        *,
        if_refused: Callable[[Exception], bool] | None = None,
    ) -> None:
        """Read on the database worker, then hand the result to ``then`` on the GUI thread,
        unless the window has closed meanwhile (its pages may be gone by then)."""

        def deliver(result: Result) -> None:
            if self._open:
                then(result)

        self.operations.query(read, deliver, if_refused=if_refused)

    def get_ready_in_background(self, then: Callable[[], object] | None = None) -> None:
        """Once the start is over, ready the request page's first opening (app.py).

        Opening the first request otherwise imports about 80 modules, reads the question
        bank, compiles the page's SQL and makes the page: about 0.45 s on a lightly loaded
        machine, against a target of 50 ms (docs/performance.md). The worker loads the
        vetting reading, the bank and the SQL first; then the GUI thread makes the
        controllers behind the page's buttons and the page itself, one step per event-loop
        turn, so a key press or a click in between is answered. ``then`` runs when all is
        done; a closed window stops.
        """
        steps: list[Callable[[], object]] = [
            lambda: self.controllers.editing,
            lambda: self.controllers.vetting,
            lambda: self.controllers.mous,
            lambda: self.pages["request"],
        ]

        def next_step() -> None:
            if not self._open or not self.isVisible():
                return
            if not steps:
                if then is not None:
                    then()
                return
            steps.pop(0)()
            QTimer.singleShot(0, self, next_step)

        # A bank that cannot be read is told when a request is opened, not now.
        language = content_language()
        self.read(
            lambda database: _ready_vetting_reading(database, language),
            lambda _bank: QTimer.singleShot(0, self, next_step),
            if_refused=lambda _error: True,
        )

    # What the window is given, for whoever holds it ---------------------------
    @property
    def database(self) -> Database:
        """The store the window was opened on. The window never reads through it itself
        (operations does); it is here for the tests, which set up and compare through it."""
        return self.context.database

    @property
    def dialogs(self) -> Dialogs:
        return self.context.dialogs

    @property
    def tasks(self) -> TaskRunner:
        return self.context.tasks

    @property
    def window_state(self) -> WindowState:
        return self.context.window_state

    # Controllers, each made when first used (ui/controllers.py) ----------------
    @property
    def trash_actions(self) -> TrashActions:
        return self.controllers.trash

    @property
    def safety(self) -> DataSafety:
        return self.controllers.safety

    @property
    def help(self) -> HelpActions:
        return self.controllers.help

    @property
    def editing(self) -> RecordEditing:
        return self.controllers.editing

    @property
    def transfer(self) -> ContactTransfer:
        return self.controllers.transfer

    @property
    def vetting(self) -> VettingActions:
        return self.controllers.vetting

    @property
    def forms(self) -> FormActions:
        return self.controllers.forms

    @property
    def email(self) -> EmailActions:
        return self.controllers.email

    @property
    def mous(self) -> MouActions:
        return self.controllers.mous

    @property
    def calendar(self) -> CalendarActions:
        return self.controllers.calendar

    @property
    def letterhead(self) -> LetterheadActions:
        return self.controllers.letterhead

    @property
    def profiles(self) -> ProfileActions:
        return self.controllers.profiles

    @property
    def shared(self) -> SharedDatabaseActions:
        return self.controllers.shared

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
        self.today_page.checkup_requested.connect(
            lambda request_id, on: self.controllers.checkups.new_checkup(request_id, on)
        )
        self.today_page.commitment_done.connect(
            lambda commitment_id, what: self.controllers.commitments.mark_done(commitment_id, what)
        )

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
        if not self._showing(key):
            self._moves += 1  # not a move: search results shown again where they are
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

    def _showing(self, key: str) -> bool:
        return self.stack.currentWidget() is self.pages.made(key)

    def _navigation_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self._moves += 1
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
            self._tell(self.tr("That record is no longer there."))

    def _not_found(self, error: Exception) -> bool:
        from partnerdesk.services.errors import RecordMissingError

        if isinstance(error, RecordMissingError):
            self.dialogs.inform(self.tr("Not found"), str(error))
            return True
        return False

    def show_organization(self, organization_id: int, *, show: bool = True) -> None:
        """Read the organization on the database worker, then show its page.

        ``show=False`` re-reads the page where it is (after a change) without switching to
        it: the person may have moved on while it was read.
        """
        from partnerdesk.services.records.organization_overview import read_organization

        move = self._asked_for() if show else 0
        self.read(
            lambda database: read_organization(database, organization_id),
            lambda overview: self._organization_read(overview, show, move),
            if_refused=self._not_found,
        )

    def _asked_for(self) -> int:
        self._moves += 1
        return self._moves

    def _organization_read(self, overview: OrganizationOverview, show: bool, move: int) -> None:
        from partnerdesk.services.records.timeline import rest_of_timeline

        if show and move != self._moves:
            return  # the person went elsewhere (or opened another record) while it was read
        if not show and not self._showing("organization"):
            return
        arriving = show and not self._showing("organization")
        rest = rest_of_timeline(self.context.database, overview.timeline_continues)
        self.organization_page.show_overview(overview, rest)
        if show:
            self.show_page("organization")
        if arriving:
            # Keyboard focus on what the page is about, not on the page left behind (or
            # on "← All organizations", where a second Enter would go straight back).
            self.organization_page.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_request(self, request_id: int, *, show: bool = True) -> None:
        """Read the request's vetting on the database worker, then show its page."""
        from partnerdesk.services.vetting.overview import request_page_data

        if show and self._showing("request") and request_id != self.request_page.request_id:
            # Another request opens: what was typed on this one is saved now, not once the
            # other has been read.
            self.request_page.leave()
        move = self._asked_for() if show else 0
        # The shipped questions, flags and capacities are shown in the window's language.
        language = content_language()
        self.read(
            lambda database: request_page_data(database, request_id, language),
            lambda data: self._request_read(data, show, move),
            if_refused=self._not_found,
        )

    def _request_read(self, data: RequestPageData, show: bool, move: int) -> None:
        if show and move != self._moves:
            return  # the person went elsewhere (or opened another request) while it was read
        if not show and not self._showing("request"):
            return
        arriving = show and not self._showing("request")
        self.request_page.show_overview(data.overview, data.matrix)
        if show:
            self.show_page("request")
        if arriving:
            # Keyboard focus on the questions, not on the page left behind (or on "← All
            # requests", where a second Enter would go straight back): Down, Enter, type.
            self.request_page.focus_questions()

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

    def _search(self, query: str) -> None:
        from partnerdesk.services.records.search import search_store

        move = self._asked_for()
        self.read(
            lambda database: search_store(database, query),
            lambda results: self._show_results(results, move),
        )

    def _show_results(self, results: SearchResults, move: int) -> None:
        # Typing on while a search ran: only the results for what the box now says show;
        # and not once the person has gone elsewhere (or opened a record) meanwhile.
        if move != self._moves or results.query != self.search_box.text().strip():
            return
        self.search_page.show_results(results)
        self.show_page("search")

    def _search_cleared(self) -> None:
        if self._showing("search"):
            self.show_page("today")

    # After a change ------------------------------------------------------------
    def _changes_applied(self, changes: Changes) -> None:
        """Each page the window reads itself decides whether ``changes`` concern it; the
        lists and the trash subscribe on their own (main_pages)."""
        if not changes:
            return
        self.safety.scheduler.mark_changed()  # for the next automatic backup
        if changes.kinds or changes.trash or any(map(changes.names, TODAY_SHOWS)):
            self._read_today()
        if self._showing("organization") and (
            changes.kinds or changes.trash or any(map(changes.names, ORGANIZATION_SHOWS))
        ):
            self.show_organization(self.organization_page.organization_id, show=False)
        # The request page is kept current by its controller (VettingActions), which
        # re-reads only the part of the request a change names.

    def _read_today(self) -> None:
        self.read(read_today, self._show_today)

    def _show_today(self, overview: TodayOverview) -> None:
        self.today_page.show_overview(overview)

    def refresh_everything(self) -> None:
        """View → Refresh (F5): every page re-reads, as after a change made elsewhere."""
        self.operations.apply(Changes.everything())

    # Changes (run off the GUI thread) ----------------------------------------
    def load_sample_data(self, ask: bool = True) -> None:
        """Add the invented example; ``ask=False`` when the person already chose it."""
        if ask and not self.dialogs.confirm(
            self.tr("Load the sample data?"),
            self.tr(
                "This adds invented organizations, contacts, notes and a partnership request, "
                "so you can look around. You can move them to the trash later."
            ),
            action=self.tr("Load sample data"),
        ):
            return

        from partnerdesk.services.sample_data.loading import load_sample

        self.operations.change(
            load_sample, self.tr("Sample data loaded."), label=self.tr("Loading the sample data…")
        )

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
        self.closing = True
        if getattr(self, "_save_state_on_close", True):
            self.window_state.save(self, {"main": self.splitter})
        self._leave_page()
        if self.controllers.made("profiles"):
            self.profiles.close_all()  # each open profile saves what was typed last
        self.safety.stop_check()
        self.tasks.wait_for_all()
        # The results of the last saves are handed over now, while the window still
        # stands: they mark the store as changed for the backup below, and a refusal is
        # told. Then nothing more reaches this window's views (the app may go on with
        # another window, on other data).
        QCoreApplication.sendPostedEvents()
        self.operations.close()
        self.safety.scheduler.back_up_on_close()
        self._open = False  # reads still on their way are dropped, not shown
        super().closeEvent(event)


def _ready_vetting_reading(database: Database, language: str) -> None:
    """On the database worker: import the vetting page's reading, and have it parse the
    question bank (in the window's ``language`` too) and compile its statements (kept for
    the rest of the run)."""
    from partnerdesk.services.vetting.overview import ready_first_opening

    ready_first_opening(database, language)

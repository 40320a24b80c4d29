"""The main window's pages, each made and wired to the window the first time it is needed.

Opening the window needs only the Today page. Building the four lists, the trash, the
search results and the record pages (and importing what they use) at every start made
every start slower for pages many sessions never open.

Pages read through the window's ``read`` (Operations.query, off the GUI thread), and
subscribe to ``operations.changes_applied`` themselves: each decides what a change means
for it. The record lists alone read their visible rows on the GUI thread (see RecordLister).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from partnerdesk.services.changes import RecordKind
from partnerdesk.ui.navigation import PAGE_OF_KIND

if TYPE_CHECKING:
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.pages.record_list_page import RecordListPage


class PageStack:
    """The pages by key, made on first use and kept in the window's stacked widget."""

    def __init__(self, stack: QStackedWidget, makers: dict[str, Callable[[], QWidget]]) -> None:
        self.stack = stack
        self._makers = makers
        self._made: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._made.get(key)
        if page is None:
            page = self._makers[key]()
            self._made[key] = page
            self.stack.addWidget(page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def made(self, key: str) -> QWidget | None:
        """The page if it was made already; None rather than making it."""
        return self._made.get(key)

    def key_of(self, page: QWidget | None) -> str | None:
        return next((key for key, made in self._made.items() if made is page), None)


class ListPages(Mapping[RecordKind, "RecordListPage"]):
    """The list page of each kind of record, made on first use like every page."""

    def __init__(self, pages: PageStack) -> None:
        self._pages = pages

    def __getitem__(self, kind: RecordKind) -> RecordListPage:
        from partnerdesk.ui.pages.record_list_page import RecordListPage

        page = self._pages[PAGE_OF_KIND[kind]]
        assert isinstance(page, RecordListPage)
        return page

    def __iter__(self) -> Iterator[RecordKind]:
        return iter(PAGE_OF_KIND)

    def __len__(self) -> int:
        return len(PAGE_OF_KIND)

    def made(self, kind: RecordKind) -> RecordListPage | None:
        if self._pages.made(PAGE_OF_KIND[kind]) is None:
            return None
        return self[kind]


def page_makers(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """How to make each page other than Today, keyed as the navigation keys them."""
    makers: dict[str, Callable[[], QWidget]] = {
        PAGE_OF_KIND[kind]: _list_page_maker(window, kind) for kind in PAGE_OF_KIND
    }
    makers["trash"] = lambda: _trash_page(window)
    makers["search"] = lambda: _search_page(window)
    makers["organization"] = lambda: _organization_page(window)
    makers["request"] = lambda: _request_page(window)
    makers["partnerships"] = lambda: _partnerships_page(window)
    return makers


def _list_page_maker(window: MainWindow, kind: RecordKind) -> Callable[[], QWidget]:
    return lambda: _list_page(window, kind)


def _list_page(window: MainWindow, kind: RecordKind) -> QWidget:
    from partnerdesk.services.records.listing import RecordLister, tag_names
    from partnerdesk.services.records.request_board import read_board
    from partnerdesk.ui.pages.record_list_page import RecordListPage
    from partnerdesk.ui.pages.request_board import RequestBoard, RequestBoardView

    board_view = None
    if kind is RecordKind.REQUEST:
        board = RequestBoard()
        board.stage_chosen.connect(window.vetting.change_stage)
        board.request_activated.connect(window.show_request)
        board_view = RequestBoardView(
            board, lambda text, then: window.read(lambda db: read_board(db, text), then)
        )
    page = RecordListPage(
        # The one reader given the Database itself: a list reads the rows scrolled into
        # sight on the GUI thread, as Qt's model asks for them (see RecordLister).
        RecordLister(window.context.database, kind),
        can_add=True,
        tags=lambda then: window.read(tag_names, then),
        board=board_view,
    )
    window.operations.changes_applied.connect(page.changes_applied)
    page.trash_requested.connect(window.trash_actions.move_to_trash)
    page.load_sample_requested.connect(window.load_sample_data)
    page.add_requested.connect(window.add_record)
    page.record_activated.connect(window.open_record)
    # Delete moves the selected rows to the trash while the list has focus.
    page.table.addAction(window.menu_actions["delete"])
    return page


def _trash_page(window: MainWindow) -> QWidget:
    from partnerdesk.services.records.trash import read_trash
    from partnerdesk.ui.pages.trash_page import TrashPage

    page = TrashPage(lambda then: window.read(read_trash, then))
    window.operations.changes_applied.connect(page.changes_applied)
    page.restore_requested.connect(window.trash_actions.restore_items)
    page.empty_requested.connect(window.trash_actions.empty_trash)
    return page


def _partnerships_page(window: MainWindow) -> QWidget:
    from partnerdesk.ui.pages.partnerships_page import PartnershipsPage

    page = PartnershipsPage(window.read)
    window.operations.changes_applied.connect(page.changes_applied)
    page.request_activated.connect(window.show_request)
    return page


def _search_page(window: MainWindow) -> QWidget:
    from partnerdesk.ui.pages.search_page import SearchPage

    page = SearchPage()
    page.open_record.connect(window.open_record)
    return page


def _organization_page(window: MainWindow) -> QWidget:
    from partnerdesk.ui.pages.organization_page import OrganizationPage

    page = OrganizationPage()
    editing = window.editing
    page.back_requested.connect(lambda: window.show_page("organizations"))
    page.edit_requested.connect(editing.edit_organization)
    page.new_note_requested.connect(lambda org_id: editing.edit_note(organization_id=org_id))
    page.new_contact_requested.connect(lambda org_id: editing.edit_contact(organization_id=org_id))
    page.add_history_requested.connect(editing.edit_history)
    page.profile_requested.connect(window.profiles.edit_profile)
    page.open_contact.connect(editing.edit_contact)
    page.open_timeline_entry.connect(window.open_timeline_entry)
    return page


def _request_page(window: MainWindow) -> QWidget:
    from partnerdesk.ui.pages.request_page import RequestPage

    page = RequestPage()
    page.back_requested.connect(lambda: window.show_page("requests"))
    page.edit_requested.connect(window.editing.edit_request)
    window.vetting.connect_page(page)
    page.mou_requested.connect(window.mous.open_for_request)
    window.controllers.commitments.connect_list(page.commitments)
    window.controllers.checkups.connect_list(page.checkups)
    signing = window.controllers.signing
    page.sign_requested.connect(signing.mark_signed)
    page.signed_copy_requested.connect(signing.open_signed_copy)
    page.review_requested.connect(signing.record_review)
    forms = window.forms
    page.form_questions_requested.connect(forms.pick_questions)
    page.form_export_requested.connect(forms.export_question_form)
    page.form_read_requested.connect(forms.read_answers)
    page.kickoff_requested.connect(window.controllers.kickoff.open_for_request)
    page.results_requested.connect(window.controllers.results.open_for_request)
    page.charter_requested.connect(window.controllers.charter.open_for_request)
    return page

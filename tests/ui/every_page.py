"""Go through every page of the main window, as a person would, for tests that look at
each (dark mode and contrast, large text)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.store.models import Organization
from partnerdesk.ui.main_window import MainWindow

from .conftest import settle
from .test_vetting_flow import open_sample_request


def shown_pages(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Go to every page (and tab) in turn, as a person would, and say which it is."""
    settle(window, qtbot)
    yield "Today"
    for key in ("organizations", "contacts", "notes", "trash"):
        window.show_page(key)
        settle(window, qtbot)
        yield key
    window.show_page("requests")
    requests = window.list_pages[RecordKind.REQUEST]
    yield "requests"
    assert requests.view_switch is not None
    requests.view_switch.setChecked(True)
    settle(window, qtbot)
    yield "requests board"
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "health")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    settle(window, qtbot)
    yield "search results"
    with window.database.session() as session:
        organization_ids = [
            organization.id
            for organization in session.query(Organization).order_by(Organization.id)
        ]
    for organization_id in organization_ids[:3]:
        window.show_organization(organization_id)
        settle(window, qtbot)
        yield f"organization {organization_id}"
    open_sample_request(window, qtbot)
    page = window.request_page
    page.focus_questions()
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)  # a question chosen: its answer shows
    settle(window, qtbot)
    yield "vetting: questions and answers"
    for tab in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        settle(window, qtbot)
        yield f"vetting: {page.tabs.tabText(tab)}"

"""A store with thousands of records: lists read pages as they scroll, big pages open."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.timeline import NOTES_PER_PAGE
from partnerdesk.store.bulk_rows import insert_rows
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization, OutreachNote
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.record_table_model import PAGE_SIZE, PAGES_KEPT

from .conftest import settle

PEOPLE = 3000


def _fill(database: Database) -> None:
    with database.session() as session:
        session.add(Organization(id=1, name="Harlow Regional Health System"))
        session.flush()
        insert_rows(
            session,
            Contact,
            [
                {"id": n, "full_name": f"Person {n:04d}", "organization_id": 1, "row_version": 1}
                for n in range(1, PEOPLE + 1)
            ],
        )
        start = date(2020, 1, 1)
        insert_rows(
            session,
            OutreachNote,
            [
                {
                    "organization_id": 1,
                    "happened_on": start + timedelta(days=n % 2000),
                    "subject": f"Call number {n}",
                    "row_version": 1,
                }
                for n in range(PEOPLE)
            ],
        )


def test_scrolling_a_long_list_reads_pages_and_keeps_few(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    _fill(database)
    window.refresh_everything()
    settle(window, qtbot)
    window.show_page("contacts")
    page = window.list_pages[RecordKind.CONTACT]
    assert page.model.rowCount() == PEOPLE  # the scroll bar spans the whole list
    assert page.count_label.text() == "3,000 contacts"
    bar = page.table.verticalScrollBar()
    for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 60)):
        bar.setValue(step)
        qtbot.wait(1)
    bar.setValue(bar.maximum())
    qtbot.wait(1)
    last = page.model.index(PEOPLE - 1, 0)
    assert last.data() == f"Person {PEOPLE:04d}"
    assert page.model.rows_in_memory <= PAGE_SIZE * PAGES_KEPT < PEOPLE


def test_a_record_deep_in_a_list_can_be_selected(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    _fill(database)
    window.refresh_everything()
    settle(window, qtbot)
    window.select_in_list(RecordKind.CONTACT, 2750)
    page = window.list_pages[RecordKind.CONTACT]
    selected = page.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["Person 2750"]
    assert page.model.title_of(selected[0].row()) == "Person 2750"


def test_a_partner_with_thousands_of_notes_opens_its_page_again_and_again(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    _fill(database)
    for _ in range(4):  # items made one by one would also exhaust PySide6 6.12's None
        window.show_organization(1)
        settle(window, qtbot)
    page = window.organization_page
    timeline = page.timeline.model()
    assert timeline.rowCount() == NOTES_PER_PAGE  # the newest notes first
    assert timeline.index(0, 0).data().startswith("22 Jun 2025 · Other · Call number")
    while timeline.rowCount() < PEOPLE:  # the rest as the user scrolls down
        before = timeline.rowCount()
        page.timeline.scrollToBottom()
        qtbot.waitUntil(lambda before=before: timeline.rowCount() > before, timeout=5000)
    assert timeline.rowCount() == PEOPLE
    days = [timeline.index(row, 0).data().split(" · ")[0] for row in range(PEOPLE)]
    assert days[-1] == "1 Jan 2020"
    people = page.people.model()
    assert people.rowCount() == PEOPLE
    assert page.tabs.tabText(2) == "&People (3000)"

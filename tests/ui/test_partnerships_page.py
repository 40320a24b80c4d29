"""Partnerships at a glance (issue 19): reached with its keyboard shortcut, it lists the
active partnerships in words, opens one with Enter, draws the funding cliff on the worker
with the same facts as text, and says plainly when there is no partnership yet."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.checkups.checkups import start_checkup
from partnerdesk.services.database_access import Database
from partnerdesk.services.mou.partnerships import PartnershipRow
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.partnerships_page import PartnershipsPage
from tests.ui.conftest import RecordingDialogs, settle


def _show_by_keyboard(window: MainWindow, qtbot: QtBot) -> PartnershipsPage:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    assert window.current_page_key() == "partnerships"
    page = window.pages["partnerships"]
    assert isinstance(page, PartnershipsPage)
    return page


def test_the_active_partnerships_are_listed_and_one_opens_with_enter(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    page = _show_by_keyboard(sample_window, qtbot)
    assert page.stack.currentWidget() is page.table
    rows = [
        [_item(page, row).text(column) for column in range(7)]
        for row in range(page.table.topLevelItemCount())
    ]
    today = date.today()
    by_title = {row[0]: row for row in rows}
    meals = by_title["Summer meals for children at the Eastside WIC clinic"]
    assert meals[1] == "Harlow County Public Health Department"
    assert meals[2] == f"Signed on {friendly_date(today - timedelta(days=300))}"
    assert meals[4] == friendly_date(today + timedelta(days=640))
    assert meals[6] == friendly_date(today - timedelta(days=45))  # the sample's second check-up
    # Still being vetted (its MOU started early): not a partnership yet, so not here
    # (``list partnerships`` lists it, with its stage).
    assert "Community health worker referrals for food insecurity" not in by_title
    # The chart is drawn off the GUI thread; its facts are there as words at once.
    qtbot.waitUntil(lambda: page.chart.pixmap() is not None and not page.chart.pixmap().isNull())
    words = page.chart.accessibleDescription()
    assert "Summer meals for children at the Eastside WIC clinic: funding ends on" in words
    # Down to the partnership, Enter opens its request.
    page.table.setFocus()
    target = next(
        row
        for row in range(len(rows))
        if rows[row][0] == "Summer meals for children at the Eastside WIC clinic"
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(sample_window, qtbot)
    assert sample_window.current_page_key() == "request"
    assert sample_window.request_page.request_id == 3
    assert [entry for entry in dialogs.shown if entry[0] == "problem"] == []


def test_with_no_partnership_the_page_says_so(window: MainWindow, qtbot: QtBot) -> None:
    page = _show_by_keyboard(window, qtbot)
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.title.text() == "No partnerships yet"
    assert not page.chart.isVisibleTo(page)
    assert not page.chart_facts.isVisibleTo(page)


def _item(page: PartnershipsPage, row: int) -> QTreeWidgetItem:
    item = page.table.topLevelItem(row)
    assert item is not None
    return item


def _last_checkup_shown(page: PartnershipsPage, title: str) -> str:
    for row in range(page.table.topLevelItemCount()):
        item = _item(page, row)
        if item.text(0) == title:
            return item.text(6)
    raise AssertionError(f"{title} is not listed")


def test_a_checkup_started_meanwhile_shows_as_the_last_checkup(
    sample_window: MainWindow, sample_database: Database, qtbot: QtBot
) -> None:
    meals = "Summer meals for children at the Eastside WIC clinic"
    page = _show_by_keyboard(sample_window, qtbot)
    assert _last_checkup_shown(page, meals) == friendly_date(date.today() - timedelta(days=45))
    # Off to the Today page; a check-up is started (by a colleague, or the request page).
    qtbot.keyClick(sample_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    settle(sample_window, qtbot)
    started = start_checkup(sample_database, 3, date.today())
    sample_window.operations.apply(started.changes)
    page = _show_by_keyboard(sample_window, qtbot)
    assert _last_checkup_shown(page, meals) == friendly_date(date.today())


def test_only_partnerships_that_went_ahead_and_did_not_end_are_listed(qtbot: QtBot) -> None:
    page = PartnershipsPage(lambda _work, _then: None)
    qtbot.addWidget(page)
    today = date(2027, 3, 1)

    def row(request_id: int, stage: RequestStage, mou: str) -> PartnershipRow:
        return PartnershipRow(
            request_id, f"Request {request_id}", "Clinic", stage, mou, None, None, None, 1
        )

    page.show_rows(
        [
            row(1, RequestStage.VETTING, "draft"),
            row(2, RequestStage.KICKOFF, "none"),
            row(3, RequestStage.MOU_DRAFTING, "draft"),
            row(4, RequestStage.ENDED, "signed"),
            row(5, RequestStage.UNDER_REVIEW, "signed"),
        ],
        today,
    )
    shown = [
        [_item(page, i).text(c) for c in (0, 2, 5)] for i in range(page.table.topLevelItemCount())
    ]
    assert shown == [
        ["Request 2", "No MOU yet", "1"],
        ["Request 3", "Draft", "1"],
        ["Request 5", "Review due", "1"],
    ]


def test_the_charts_facts_are_written_under_it_for_everyone(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    page = _show_by_keyboard(sample_window, qtbot)
    words = page.chart.accessibleDescription()
    assert "Summer meals for children at the Eastside WIC clinic: funding ends on" in words
    assert page.chart_facts.isVisible() and page.chart_facts.text() == words


def test_at_1024_pixels_the_partnerships_name_shares_the_room_with_the_organizations(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    sample_window.resize(1024, 700)
    page = _show_by_keyboard(sample_window, qtbot)
    header = page.table.header()
    title, organization = header.sectionSize(0), header.sectionSize(1)
    others = sum(header.sectionSize(column) for column in range(2, header.count()))
    room = page.table.viewport().width() - others
    # The name gets the larger share (not squeezed to "…" beside a full organization)...
    assert title >= organization and title >= room * 0.55, (title, organization, room)
    # ... every column stays in sight, and the whole words are there on hovering and for
    # screen readers.
    assert title + organization <= room
    item = _item(page, 0)
    assert item.toolTip(0) == item.text(0) == item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert item.toolTip(1) == item.text(1) == item.data(1, Qt.ItemDataRole.AccessibleTextRole)


def test_the_chart_settles_at_every_window_size(sample_window: MainWindow, qtbot: QtBot) -> None:
    """The chart's picture follows its width, and its scroll bar takes width: left to come
    and go, the two resized each other without end (a crash at 853×481, 150% on 1280×800)."""
    page = _show_by_keyboard(sample_window, qtbot)
    qtbot.waitUntil(lambda: page.chart.pixmap() is not None and not page.chart.pixmap().isNull())
    for width in range(640, 1000, 9):
        for height in (420, 481, 560):
            sample_window.resize(width, height)
            qtbot.wait(1)
    assert page.chart.pixmap().width() <= page.chart.width() + 1

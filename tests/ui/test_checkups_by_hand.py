"""Check-ups by keys and clicks: the tab, a new check-up rated by typing and left at once,
both sides side by side with the gaps, the trend chart and its words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.checkups import SCALE_WORDS, StatementRating, scale_choice
from partnerdesk.core.choices import MouStatus
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.checkups.checkups import list_checkups, read_checkup, save_our_rating
from partnerdesk.store.models import Mou
from partnerdesk.ui.editors.checkup_dialog import CheckupDialog, NewCheckupDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_keyboard_flows import _mnemonics

ACTIVE = "Active"


def _open_active_partnership(window: MainWindow, qtbot: QtBot) -> int:
    return _open_request(window, qtbot, lambda row: row[3] == ACTIVE)


def _open_request(window: MainWindow, qtbot: QtBot, wanted: Callable[[list[str]], bool]) -> int:
    """Open the first request whose row (its cells' texts) is wanted: clicked, then Return."""
    window.show_page("requests")
    settle(window, qtbot)
    page = window.list_pages[RecordKind.REQUEST]
    model, table = page.model, page.table
    row = next(
        r
        for r in range(model.rowCount())
        if wanted([str(model.index(r, c).data()) for c in range(model.columnCount())])
    )
    table.scrollTo(model.index(row, 0))
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert window.current_page_key() == "request"
    return window.request_page.request_id


def _no_problem(dialogs: RecordingDialogs) -> None:
    assert not [entry for entry in dialogs.shown if entry[0] in ("problem", "warn")]


def _start_on(qtbot: QtBot, asked: NewCheckupDialog, *typed: str) -> None:
    """Type each date into the new check-up's date field (replacing what it holds) and
    press Return; with none typed, the date filled in is kept."""
    qtbot.waitUntil(asked.isActiveWindow)
    line = asked.held_on.line
    for text in typed:
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    if not typed:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def _rate(qtbot: QtBot, combo: QComboBox, *keys: Qt.Key) -> None:
    combo.setFocus()
    for key in keys:
        qtbot.keyClick(combo, key)


def test_a_new_check_up_rated_by_keys_and_left_at_once_is_all_saved(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.checkups
    letters = [entry[0] for entry in _mnemonics(window)]
    assert len(letters) == len(set(letters)), "each Alt+letter leads to one place"
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    newest = view.rows.topLevelItem(0)
    assert newest is not None and "read from Check-up form - " in newest.text(3)
    oldest = view.rows.topLevelItem(1)
    assert oldest is not None and oldest.text(3) == "not yet"
    # The trend: a picture, and the same facts in words, on screen and for screen readers.
    qtbot.waitUntil(lambda: view.chart.pixmap() is not None and not view.chart.pixmap().isNull())
    assert view.trend_words.text().startswith("2 check-ups, from ")
    assert "Trust and respect: ours from" in view.chart.accessibleDescription()

    typed: dict[str, object] = {}

    def rate(dialog: CheckupDialog) -> None:
        first = dialog.rows["purpose.goals"]
        _rate(qtbot, first.rating, Qt.Key.Key_4)
        qtbot.keyClick(first.rating, Qt.Key.Key_Tab)
        qtbot.keyClicks(first.comment, "We both name the same aim.")
        second = dialog.rows["trust.promises"]
        _rate(qtbot, second.rating, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
        third = dialog.rows["power.decide"]
        third.comment.setFocus()
        qtbot.keyClicks(third.comment, "Asked late about the hours")
        typed["names"] = (first.rating.accessibleName(), first.comment.accessibleName())
        # Leave at once: Escape closes it, with the last comment still being typed.
        qtbot.keyClick(third.comment, Qt.Key.Key_Escape)

    when_dialog_opens(NewCheckupDialog, lambda asked: _start_on(qtbot, asked))
    when_dialog_opens(CheckupDialog, rate)
    qtbot.mouseClick(view.new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "names" in typed and not QApplication.activeModalWidget())
    window.operations.wait_for_all()
    database = window.context.database
    lines = list_checkups(database, request_id)
    assert len(lines) == 3 and lines[-1].held_on == date.today()
    ours = read_checkup(database, lines[-1].id).ours
    assert ours["purpose.goals"].score == 4
    assert ours["purpose.goals"].comment == "We both name the same aim."
    assert ours["trust.promises"].score == 3
    assert ours["power.decide"].score is None
    assert ours["power.decide"].comment == "Asked late about the hours"
    statement = "We agree on what this partnership is trying to achieve."
    assert typed["names"] == (statement, f"Comment: {statement}")
    settle(window, qtbot)
    assert view.rows.topLevelItemCount() == 3
    _no_problem(dialogs)


def test_side_by_side_names_the_gaps_to_talk_about_first(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    seen: dict[str, list[str] | str | int] = {}

    def look(dialog: CheckupDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        seen["tab"] = dialog.tabs.currentIndex()
        seen["gaps"] = [dialog.gaps.item(i).text() for i in range(dialog.gaps.count())]
        seen["source"] = dialog.source.text()
        seen["row"] = [cell.text() for c in range(4) if (cell := dialog.table.item(1, c))]
        seen["intro"] = int(dialog.intro.isVisible())
        table = dialog.table
        cells = [
            [cell.text() if (cell := table.item(r, c)) else "" for c in range(4)]
            for r in range(table.rowCount())
        ]
        seen["domain"] = cells[0]
        seen["marked"] = [row[0] for row in cells if "Talk about this first" in row[3]]
        dialog.close()

    when_dialog_opens(CheckupDialog, look)
    newest = view.rows.topLevelItem(0)
    assert newest is not None
    rect = view.rows.visualItemRect(newest)
    qtbot.mouseClick(view.rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view.rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "gaps" in seen)
    assert seen["tab"] == 1
    gaps = seen["gaps"]
    assert isinstance(gaps, list)
    assert gaps[0].startswith("Decisions about the work are made together")
    assert "we rated it 3, they rated it 5." in gaps[0]
    assert any(text.startswith("Data collected through the partnership") for text in gaps)
    assert "read from “Check-up form - Harlow County" in str(seen["source"])
    row = seen["row"]
    assert isinstance(row, list)
    assert row[0] == "We agree on what this partnership is trying to achieve."
    assert row[1:3] == ["5", "5"]
    # How to rate is not shown above both sides' answers; domains show each side's average.
    assert seen["intro"] == 0
    domain = seen["domain"]
    assert isinstance(domain, list) and domain[0] == "Shared purpose"
    assert all(re.fullmatch(r"\d\.\d", value) for value in domain[1:3]), domain
    # The statements to talk about first are marked in the table too.
    marked = seen["marked"]
    assert isinstance(marked, list) and marked
    assert sorted(text.split(" — ")[0] for text in gaps) == sorted(marked)
    _no_problem(dialogs)


def test_a_review_due_on_today_offers_a_check_up_on_its_date(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    database = window.context.database
    review_on = date.today() + timedelta(days=10)
    with database.session() as session:
        mou = session.scalars(select(Mou).where(Mou.status == MouStatus.SIGNED)).one()
        mou.review_on = review_on
        request_id = mou.request_id
    assert request_id is not None
    window.refresh_everything()
    window.show_page("today")
    settle(window, qtbot)
    today = window.today_page
    reviews = today.reviews.list
    qtbot.waitUntil(lambda: reviews.count() == 1)
    assert not today.start_checkup.isEnabled()
    item = reviews.item(0)
    qtbot.mouseClick(
        reviews.viewport(), Qt.MouseButton.LeftButton, pos=reviews.visualItemRect(item).center()
    )
    assert today.start_checkup.isEnabled()
    offered: list[str] = []

    def accept_the_review_date(asked: NewCheckupDialog) -> None:
        offered.append(asked.held_on.text())
        _start_on(qtbot, asked)

    when_dialog_opens(NewCheckupDialog, accept_the_review_date)
    when_dialog_opens(CheckupDialog, lambda dialog: dialog.close())
    qtbot.mouseClick(today.start_checkup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not QApplication.activeModalWidget() and not window.operations.busy)
    window.operations.wait_for_all()
    assert [line.held_on for line in list_checkups(database, request_id)][-1] == review_on
    assert offered == [friendly_date(review_on)]
    _no_problem(dialogs)


def test_a_colleagues_rating_saved_meanwhile_is_kept_and_shown(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    database = window.context.database
    newest_id = list_checkups(database, request_id)[-1].id
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    shown: dict[str, object] = {}

    def rate(dialog: CheckupDialog) -> None:
        # A colleague, on another computer, rates the statement first (it was 5).
        save_our_rating(
            database,
            newest_id,
            StatementRating("purpose.goals", 2, "Not sure we agree any more."),
            StatementRating("purpose.goals", 5),
        )
        _rate(qtbot, dialog.rows["purpose.goals"].rating, Qt.Key.Key_3)
        qtbot.waitUntil(lambda: any(entry[0] == "warn" for entry in dialogs.shown))
        row = dialog.rows["purpose.goals"]
        shown["theirs"] = (row.rating.currentData(), row.comment.text())
        dialog.close()

    when_dialog_opens(CheckupDialog, rate)
    qtbot.keyClick(view.rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "theirs" in shown and not QApplication.activeModalWidget())
    window.operations.wait_for_all()
    assert shown["theirs"] == (2, "Not sure we agree any more.")
    stored = read_checkup(database, newest_id).ours["purpose.goals"]
    assert (stored.score, stored.comment) == (2, "Not sure we agree any more.")
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_the_mouse_wheel_over_a_rating_without_focus_scrolls_and_changes_nothing(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    database = window.context.database
    newest_id = list_checkups(database, request_id)[-1].id
    before = read_checkup(database, newest_id).ours
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    seen: dict[str, object] = {}

    def wheel(dialog: CheckupDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        row = dialog.rows["purpose.goals"]
        box = row.rating
        assert not box.hasFocus()
        seen["scale"] = [box.itemText(i) for i in range(1, box.count())]
        seen["before"] = box.currentData()
        centre = QPointF(box.rect().center())
        for delta in (120, 120, -120, 120):  # up, up, down, up
            event = QWheelEvent(
                centre,
                QPointF(box.mapToGlobal(box.rect().center())),
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(box, event)
        seen["after"] = box.currentData()
        dialog.close()

    when_dialog_opens(CheckupDialog, wheel)
    qtbot.keyClick(view.rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "after" in seen and not QApplication.activeModalWidget())
    window.operations.wait_for_all()
    assert seen["after"] == seen["before"]
    assert seen["scale"] == [scale_choice(score) for score in SCALE_WORDS]  # the form's words
    assert read_checkup(database, newest_id).ours == before
    _no_problem(dialogs)


def test_at_the_default_window_size_the_chart_fits_and_every_tab_shows(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    window.resize(1200, 760)
    _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.checkups
    view = page.checkups
    qtbot.waitUntil(lambda: view.chart.pixmap() is not None and not view.chart.pixmap().isNull())
    scroller = view.chart.parentWidget().parentWidget().parentWidget()
    assert isinstance(scroller, QScrollArea)
    for width in (1200, 1000):  # the default, and a narrower window: the chart follows
        window.resize(width, 760)
        qtbot.waitUntil(
            lambda: (
                view.chart.pixmap().width() <= scroller.viewport().width()
                and not scroller.horizontalScrollBar().isVisible()
            )
        )
    window.resize(1200, 760)
    # Every tab's title on the tab bar, none pushed off it behind scroll arrows.
    bar = page.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert bar.tabRect(0).left() >= 0
    assert page.tabs.tabText(0) == "&Questions and answers"
    _no_problem(dialogs)


def test_a_new_check_ups_date_is_typed_as_people_write_it_and_never_dropped(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    seen: list[str] = []

    def answer(asked: NewCheckupDialog) -> None:
        # Not a date: refused with a reason, the dialog stays with the text as typed.
        _start_on(qtbot, asked, "the thirty-second")
        seen.append(asked.message.text())
        seen.append(asked.held_on.text())
        assert asked.isVisible()
        _start_on(qtbot, asked, "March 15 2027")

    when_dialog_opens(NewCheckupDialog, answer)
    when_dialog_opens(CheckupDialog, lambda dialog: dialog.close())
    qtbot.mouseClick(view.new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2 and not QApplication.activeModalWidget())
    window.operations.wait_for_all()
    assert seen[0] and seen[1] == "the thirty-second"
    held = [line.held_on for line in list_checkups(window.context.database, request_id)]
    assert date(2027, 3, 15) in held
    _no_problem(dialogs)


def test_an_empty_tab_says_one_thing_and_a_declined_request_offers_no_check_up(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = sample_window
    _open_request(window, qtbot, lambda row: row[3] == "Vetting")
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    view = page.checkups
    qtbot.waitUntil(lambda: view.empty.isVisible())
    settle(window, qtbot)
    assert view.empty.text().startswith("No check-up yet.")
    assert view.new.isEnabled()
    # One sentence: no second "no check-up" line and no blank chart pane below it.
    assert not view.trend.isVisible() and not view.trend_words.isVisible()
    assert not view.rows.isVisible()

    _open_request(window, qtbot, lambda row: row[3] == "Declined")
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: not view.new.isEnabled())
    assert "declined" in view.new.toolTip()
    assert "declined" in view.empty.text() and view.empty.isVisible()
    assert not view.trend.isVisible()
    _no_problem(dialogs)

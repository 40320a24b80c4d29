"""150% and 200% scaling on a 1280×800 laptop screen, and the system's larger text
(issue 21): every page keeps its buttons whole and reachable, the vetting screen keeps
"Save answer" in sight, the capacity matrix keeps its rows, and the red flags fold away.

Scaling is measured where it acts: Qt lays a window out in points, so at 150% the screen
is 853×533 points and at 200% 640×400. The window is given what is left of that when it
fills the screen (a taskbar and a title bar taken off), in this process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerdesk.store.database import Database
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.capacity_grid import ROWS_IN_SIGHT

from .conftest import RecordingDialogs, settle
from .every_page import shown_pages
from .test_vetting_flow import open_sample_request

# The window's inside on a 1280×800 screen filled by it: the screen in points, less a
# taskbar (48 pixels) and a title bar (30 pixels) at that scale.
AT_150 = QSize(853, 533 - 32 - 20)
AT_200 = QSize(640, 400 - 24 - 15)


def _scroll_to(widget: QWidget) -> None:
    """As a person scrolls to a button: every scroll area it is in, outermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for area in reversed(areas):
        area.ensureWidgetVisible(widget, 0, 0)
    for area in areas:
        area.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()


def _buttons(page: QWidget) -> Iterator[QAbstractButton]:
    """The actions: push and tool buttons with words (a tick box is a field, not one)."""
    for button in page.findChildren(QAbstractButton):
        if isinstance(button, QPushButton | QToolButton) and button.isVisible() and button.text():
            yield button


def unreachable(window: MainWindow) -> list[str]:
    """The buttons of the page shown that cannot be reached whole, in plain words."""
    page = window.stack.currentWidget()
    assert page is not None
    problems = []
    inside = window.rect()
    for button in _buttons(page):
        name = button.text().replace("&", "")
        if button.width() < button.sizeHint().width():
            problems.append(f"“{name}” is squeezed: its words are cut")
        _scroll_to(button)
        shown = button.visibleRegion().boundingRect()
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if shown.size() != button.size() or not inside.contains(where):
            problems.append(f"“{name}” cannot be scrolled into sight whole ({where})")
    return problems


@pytest.mark.parametrize("room", [AT_150, AT_200], ids=["150%", "200%"])
def test_every_page_keeps_its_buttons_reachable(
    sample_window: MainWindow, qtbot: QtBot, room: QSize
) -> None:
    window = sample_window
    window.resize(room)
    assert window.minimumSizeHint().width() <= room.width()
    assert window.minimumSizeHint().height() <= room.height()
    problems = []
    checked = 0
    for page in shown_pages(window, qtbot):
        window.resize(room)
        QApplication.processEvents()
        assert window.size() == room
        shown = window.stack.currentWidget()
        assert shown is not None
        checked += len(list(_buttons(shown)))
        problems += [f"{page}: {problem}" for problem in unreachable(window)]
    assert checked > 40, "the pages' buttons were looked at"
    assert not problems, "\n".join(problems)


def test_at_150_percent_save_answer_is_in_sight_and_the_matrix_keeps_its_rows(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    window = sample_window
    window.resize(AT_150)
    open_sample_request(window, qtbot)
    page = window.request_page
    page.focus_questions()
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)
    settle(window, qtbot)
    save = page.editor.save_button
    # In sight as the page opens, with no scrolling.
    assert save.visibleRegion().boundingRect().size() == save.size()
    assert window.rect().contains(QRect(save.mapTo(window, save.rect().topLeft()), save.size()))
    tabs = page.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert page.tabs.currentWidget() is page.capacities
    grid = page.capacities.grid
    rows = min(grid.rowCount(), ROWS_IN_SIGHT)
    assert grid.rowCount() > 2
    assert grid.viewport().height() >= rows * grid.rowHeight(0)


def test_the_red_flags_fold_away_by_keyboard_and_stay_folded(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    window = sample_window
    open_sample_request(window, qtbot)
    page = window.request_page
    heading = page.flags_title
    assert page.flags.isVisible() and heading.text() == "Red flags (6)"
    heading.setFocus()
    qtbot.keyClick(heading, Qt.Key.Key_Space)
    assert not page.flags.isVisible()
    assert heading.text() == "Red flags (6)"  # the number stays in sight
    # Remembered: the next request (and the next start) opens with them folded away.
    window.show_page("requests")
    open_sample_request(window, qtbot)
    assert not page.flags.isVisible()
    assert window.vetting.settings.value("vetting/red_flags_shown") == "false"
    qtbot.keyClick(heading, Qt.Key.Key_Space)
    assert page.flags.isVisible()


def test_large_system_text_keeps_the_vetting_screen_usable(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    """The system's text made larger (the setting people with low vision use): headings
    grow with it, and the buttons stay whole and reachable on a 1280×800 screen."""
    window = sample_window
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    original = application.font()
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        open_sample_request(window, qtbot)
        page = window.request_page
        title_before = page.title.font().pointSizeF()
        application.setFont(larger)
        QApplication.processEvents()
        assert page.title.font().pointSizeF() > title_before * 1.3
        assert page.title.font().pointSizeF() > larger.pointSizeF()  # still a heading
        window.resize(QSize(1280, 800 - 48 - 30))
        QApplication.processEvents()
        assert not unreachable(window)
    finally:
        application.setFont(original)


def dialog_unreachable(dialog: QWidget, room: QSize) -> list[str]:
    """At ``room`` (or the least it can be, if larger), the dialog's buttons whole and
    reachable."""
    dialog.resize(room)
    QApplication.processEvents()
    problems = []
    if dialog.width() > room.width() or dialog.height() > room.height():
        problems.append(f"needs {dialog.width()}×{dialog.height()}, more than the screen")
    for button in _buttons(dialog):
        name = button.text().replace("&", "")
        if button.width() < button.sizeHint().width():
            problems.append(f"“{name}” is squeezed: its words are cut")
        _scroll_to(button)
        shown = button.visibleRegion().boundingRect()
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        if shown.size() != button.size() or not dialog.rect().contains(where):
            problems.append(f"“{name}” cannot be scrolled into sight whole")
    return problems


def test_the_main_dialogs_fit_at_150_and_200_percent(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    from partnerdesk.services.profiles.answers import our_organization_id
    from partnerdesk.ui.editors.decision_dialog import DecisionDialog
    from partnerdesk.ui.editors.list_editing import CapacitiesDialog, QuestionBankDialog
    from partnerdesk.ui.editors.mou_wizard import MouWizard
    from partnerdesk.ui.editors.profile_wizard import ProfileWizard
    from partnerdesk.ui.editors.request_dialog import RequestDialog

    from .conftest import when_dialog_opens

    window = sample_window
    request_id = open_sample_request(window, qtbot)
    page = window.request_page
    problems: list[str] = []
    read: list[str] = []

    def measure(dialog: QWidget) -> None:
        for room, scale in ((AT_150, "150%"), (AT_200, "200%")):
            problems.extend(
                f"{type(dialog).__name__} at {scale}: {problem}"
                for problem in dialog_unreachable(dialog, room)
            )
        read.append(type(dialog).__name__)
        dialog.close()

    openers: list[tuple[type[QWidget], Callable[[], object]]] = [
        (DecisionDialog, page.decide.click),
        (QuestionBankDialog, page.edit_bank_requested.emit),
        (CapacitiesDialog, page.capacities.edit_capacities_requested.emit),
        (MouWizard, lambda: page.mou_requested.emit(request_id)),
        (RequestDialog, lambda: page.edit_requested.emit(request_id)),
    ]

    def measured(name: str) -> Callable[[], bool]:
        return lambda: name in read

    for kind, open_it in openers:
        when_dialog_opens(kind, measure)
        open_it()
        qtbot.waitUntil(measured(kind.__name__), timeout=15000)
        settle(window, qtbot)
    with window.database.session() as session:
        ours = our_organization_id(session)
    assert ours is not None
    when_dialog_opens(ProfileWizard, measure)
    window.profiles.edit_profile(ours)
    qtbot.waitUntil(measured("ProfileWizard"), timeout=15000)
    assert not problems, "\n".join(problems)


def test_a_window_opens_no_larger_than_its_screen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from partnerdesk.ui.widgets import resize_within_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, 5000, 5000)  # what a wizard asks for on a big screen
    # Not dialog.screen(): it ties the screen to the dialog (see the test below).
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    assert dialog.width() < room.width() and dialog.height() < room.height()
    resize_within_screen(dialog, 300, 200)
    assert (dialog.width(), dialog.height()) == (300, 200)


def test_sizing_a_dialog_to_its_screen_leaves_the_screen_alone(qtbot: QtBot) -> None:
    """``widget.screen()`` makes PySide6 file the screen under the widget, and the widget,
    collected as garbage, deleted the screen with it: every later paint crashed.
    resize_within_screen looks the screen up without tying it to the dialog."""
    import gc

    import shiboken6
    from PySide6.QtWidgets import QDialog

    from partnerdesk.ui.widgets import resize_within_screen

    class Editor(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.itself = self  # a cycle, as real dialogs with their signals make
            resize_within_screen(self, 640, 560)

    screen = QGuiApplication.primaryScreen()
    Editor()
    gc.collect()
    assert shiboken6.isValid(screen), "the screen was deleted with the dialog"
    assert QGuiApplication.screens()


def test_at_150_percent_the_spanish_vetting_page_keeps_its_buttons_whole(
    qtbot: QtBot,
    sample_database: Database,
    dialogs: RecordingDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review #28: in Spanish at 150% the vetting page scrolled sideways and cut "Banco de
    pregu…" and "Guardar respu…"."""
    from partnerdesk.ui.language import remove_translators, use_language

    from . import every_page
    from .conftest import _shown_window
    from .test_spanish_screens import open_sample_request as open_by_title

    monkeypatch.setattr(every_page, "open_sample_request", open_by_title)
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    problems = []
    try:
        for window in _shown_window(qtbot, sample_database, dialogs):
            window.resize(AT_150)
            for page in shown_pages(window, qtbot):
                if not page.startswith("vetting"):
                    continue
                window.resize(AT_150)
                QApplication.processEvents()
                problems += [f"{page}: {problem}" for problem in unreachable(window)]
                sideways = [
                    area.objectName() or type(area.widget()).__name__
                    for area in window.request_page.findChildren(QScrollArea)
                    if area.isVisible()
                    and area.horizontalScrollBar().maximum() > 0
                    and not area.property("scrolls_sideways")
                ]
                problems += [f"{page}: {name} scrolls sideways" for name in sideways]
    finally:
        remove_translators()
    assert not problems, "\n".join(problems)

"""No underlined letter (Alt+letter) is used twice in one window, in Spanish and in English
(issue 21, review #24): with two, Alt+letter goes to the first and the second is out of
reach from the keyboard. Looked at as a person sees each page: the visible buttons, the
labelled fields, the tabs and the menu bar."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerdesk.store.database import Database
from partnerdesk.ui.language import remove_translators, use_language

from . import every_page
from .conftest import RecordingDialogs, _shown_window
from .every_page import shown_pages
from .test_spanish_screens import open_sample_request as open_by_title

_UNDERLINED = re.compile(r"&([^&\s])")


def underlined_letter(text: str) -> str | None:
    """The letter Alt reaches ("&&" is a plain "&")."""
    found = _UNDERLINED.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(tab) for tab in range(widget.count()) if widget.isTabVisible(tab)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def letters_used_twice(top: QWidget) -> dict[str, list[str]]:
    """Each letter underlined more than once among what is visible in ``top``'s window."""
    window = top.window()
    used: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        for text in _texts(widget):
            letter = underlined_letter(text or "")
            if letter:
                used[letter].append(text)
    return {letter: texts for letter, texts in used.items() if len(texts) > 1}


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    if request.param == "es":
        assert use_language(application, "es", cache_dir=tmp_path) == "es"
    try:
        yield request.param
    finally:
        remove_translators()


def test_no_letter_is_underlined_twice_on_any_page(
    language: str,
    qtbot: QtBot,
    sample_database: Database,
    dialogs: RecordingDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sample request found by its title, which the sample data keeps in English,
    # rather than by its stage's name.
    monkeypatch.setattr(every_page, "open_sample_request", open_by_title)
    clashes: dict[str, dict[str, list[str]]] = {}
    for window in _shown_window(qtbot, sample_database, dialogs):
        for page in shown_pages(window, qtbot):
            found = letters_used_twice(window)
            if found:
                clashes[page] = found
    assert clashes == {}, f"in {language}: {clashes}"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def _each_page_of(dialog: QWidget, contents: QListWidget, qtbot: QtBot) -> dict[str, dict]:
    """Down the dialog's list of pages by keyboard; the letters used twice on each."""
    clashes: dict[str, dict[str, list[str]]] = {}
    contents.setFocus()
    for row in range(contents.count()):
        if row:
            qtbot.keyClick(contents, Qt.Key.Key_Down)
        QApplication.processEvents()
        found = letters_used_twice(dialog)
        if found:
            clashes[contents.item(row).text()] = found
    return clashes


def test_no_letter_is_underlined_twice_in_the_mou_wizard_and_the_charter(
    language: str,
    qtbot: QtBot,
    sample_database: Database,
    dialogs: RecordingDialogs,
) -> None:
    """The MOU's "Check and export" page and the charter's pages (review #24)."""
    from partnerdesk.ui.editors.charter_dialog import CharterDialog
    from partnerdesk.ui.editors.mou_wizard import MouWizard

    from .conftest import when_dialog_opens
    from .test_mou_flow import run_wizard

    clashes: dict[str, dict[str, dict[str, list[str]]]] = {}
    for window in _shown_window(qtbot, sample_database, dialogs):
        open_by_title(window, qtbot)

        def look_through_mou(wizard: MouWizard) -> None:
            clashes["MOU"] = _each_page_of(wizard, wizard.contents, qtbot)

        run_wizard(window, qtbot, look_through_mou)
        window.operations.wait_for_all()

        def look_through_charter(dialog: CharterDialog) -> None:
            try:
                clashes["charter"] = _each_page_of(dialog, dialog.contents, qtbot)
            finally:
                dialog.close()

        when_dialog_opens(CharterDialog, look_through_charter)
        window.request_page.charter_action.trigger()
        qtbot.waitUntil(lambda: "charter" in clashes, timeout=10000)
        window.operations.wait_for_all()
    assert clashes == {"MOU": {}, "charter": {}}, f"in {language}: {clashes}"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_the_checker_finds_a_letter_used_twice(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("&Title:")
    field = QLineEdit()
    label.setBuddy(field)
    for widget in (label, field, QPushButton("Copy as plain &text"), QPushButton("&Save")):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert letters_used_twice(window) == {"t": ["&Title:", "Copy as plain &text"]}
    assert underlined_letter("Fish && &Chips") == "c"

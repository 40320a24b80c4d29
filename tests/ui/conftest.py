"""Fixtures for driving the real main window on a real store, without a screen."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.app import build_main_window
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from partnerdesk.ui.dialogs import Dialogs, SaveChanges
from partnerdesk.ui.main_window import MainWindow
from tests.conftest import SAMPLE_LOADED


@dataclass
class RecordingDialogs(Dialogs):
    """Answers questions as a test tells it to, and remembers what was shown."""

    answer: bool = True
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    # For choose(): the options to pick, in order (None: close the box).
    choices: list[str | None] = field(default_factory=list)
    folders: list[Path | None] = field(default_factory=list)
    # For open_file() / save_file(): the files "chosen", in order.
    files: list[Path | None] = field(default_factory=list)
    # For save_file(): the file each one suggested (its folder is where it opened).
    suggested: list[Path] = field(default_factory=list)
    # For pick(): the items picked, in order (None: cancelled; default: the first offered).
    picks: list[str | None] = field(default_factory=list)
    # For ask_text(): the lines "typed", in order (None: cancelled; default: the default).
    texts: list[str | None] = field(default_factory=list)
    # For ask_password(): (password, remember it) "typed", in order (None: cancelled).
    passwords: list[tuple[str, bool] | None] = field(default_factory=list)
    # For save_changes(): the answers, in order (default: discard, as closing once did).
    save_answers: list[SaveChanges] = field(default_factory=list)
    # For save_document(): the document languages chosen, in order (default: the one
    # offered); and the ones offered.
    document_languages: list[str] = field(default_factory=list)
    offered_languages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def inform(self, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def about(self, title: str, text: str) -> None:
        self.shown.append(("about", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def problem(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(("problem", title, text))

    def confirm(self, title: str, text: str, *, action: str, destructive: bool = False) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer

    def save_changes(self, title: str, text: str) -> SaveChanges:
        self.shown.append(("save_changes", title, text))
        return self.save_answers.pop(0) if self.save_answers else SaveChanges.DISCARD

    def choose(
        self, title: str, text: str, options: list[str], *, close: str | None = None
    ) -> str | None:
        self.shown.append(("choose", title, text))
        choice = self.choices.pop(0) if self.choices else None
        assert choice is None or choice in options, f"{choice!r} not offered: {options}"
        return choice

    def choose_folder(self, title: str, start: Path) -> Path | None:
        return self.folders.pop(0) if self.folders else None

    def pick(self, title: str, text: str, options: list[str]) -> str | None:
        self.shown.append(("pick", title, text))
        return self.picks.pop(0) if self.picks else options[0]

    def ask_text(self, title: str, text: str, default: str = "") -> str | None:
        self.shown.append(("ask_text", title, text))
        return self.texts.pop(0) if self.texts else default

    def ask_password(self, title: str, text: str, *, can_remember: bool) -> tuple[str, bool] | None:
        self.shown.append(("ask_password", title, text))
        answer = self.passwords.pop(0) if self.passwords else None
        assert answer is None or can_remember or not answer[1], "cannot remember here"
        return answer

    def open_file(self, title: str, start: Path, file_types: str) -> Path | None:
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, suggested: Path, file_types: str) -> Path | None:
        self.suggested.append(suggested)
        return self.files.pop(0) if self.files else None

    def save_document(
        self, title: str, suggested: Path, file_types: str, language: str
    ) -> tuple[Path, str] | None:
        self.offered_languages.append(language)
        path = self.save_file(title, suggested, file_types)
        if path is None:
            return None
        return path, self.document_languages.pop(0) if self.document_languages else language


@pytest.fixture(autouse=True)
def _earlier_windows_collected_here() -> None:
    """Collect what earlier tests left (windows, their timers) on the GUI thread.

    Left to itself, Python's cycle collector runs wherever memory is allocated, at times
    in a background task's thread, and Qt refuses to stop timers from another thread.
    Windows and dialogs closed with deleteLater() are deleted first: until then their
    Python side is still reachable, and would become garbage in the middle of the next
    test (a full run once saw an import's worker stall right after the MOU wizard tests).
    """
    application = QApplication.instance()
    if application is not None:
        application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


def _shown_window(
    qtbot: QtBot, database: Database, dialogs: RecordingDialogs
) -> Iterator[MainWindow]:
    main_window = build_main_window(database, dialogs)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    settle(main_window, qtbot)  # the Today page is read just after the window shows
    yield main_window
    settle(main_window, qtbot)  # what was still being read is shown while the window lives
    main_window.tasks.wait_for_all()


def settle(window: MainWindow, qtbot: QtBot) -> None:
    """Wait as a person does for what they asked to appear: a page opened, a search, a
    save, are read and written on the database worker and shown when it is done."""
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=30000)


@pytest.fixture
def window(qtbot: QtBot, database: Database, dialogs: RecordingDialogs) -> Iterator[MainWindow]:
    yield from _shown_window(qtbot, database, dialogs)


@pytest.fixture
def sample_database(database: Database, request: pytest.FixtureRequest) -> Database:
    # On SQLite the ``database`` fixture already copied a file holding the sample data.
    if not request.node.stash.get(SAMPLE_LOADED, False):
        with database.session() as session:
            load_sample_data(session)
    return database


@pytest.fixture
def sample_window(
    qtbot: QtBot, sample_database: Database, dialogs: RecordingDialogs
) -> Iterator[MainWindow]:
    yield from _shown_window(qtbot, sample_database, dialogs)


@dataclass
class _DialogWait:
    kind: type
    answered: bool = False
    stopped: bool = False


# The dialogs the running test is waiting for. A wait must not outlive its test: left
# polling, it would answer a dialog of the next test (a preview accepted that should have
# been cancelled), which once failed CI far from the test at fault.
_waits: list[_DialogWait] = []


@pytest.fixture(autouse=True)
def _dialog_waits_end_with_their_test() -> Iterator[None]:
    yield
    left = [wait for wait in _waits if not wait.answered]
    for wait in _waits:
        wait.stopped = True
    _waits.clear()
    assert not left, f"the test waited for a dialog that never opened: {left[0].kind.__name__}"


def when_dialog_opens(
    kind: type, act: Callable[..., None], *, other_than: QWidget | None = None
) -> None:
    """Answer the next dialog of this kind once it is on screen (it may be modal).

    Looks at every visible window rather than activeModalWidget(): under load a progress
    dialog can be the active one for a moment. A dialog that never opens fails the test.
    ``other_than``: a dialog of the kind still on screen that this wait is not for (an
    editor reopened after its save was refused, while the first is still closing).
    """
    wait = _DialogWait(kind)
    _waits.append(wait)

    def answer() -> None:
        if wait.stopped:
            return
        shown: list[QWidget] = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, kind) and widget.isVisible() and widget is not other_than
        ]
        if shown:
            wait.answered = True
            act(shown[0])
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)

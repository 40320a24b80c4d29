"""Driving the real window the way a person does, and timing how long the GUI thread blocks.

Shared by bench_vetting.py and bench_mou_wizard.py. Everything here goes through what a
person does (keys, clicks) or through the window's public methods; where a benchmark has
to know the window's parts, that is in one small "glue" function in the benchmark, so it
can follow the window as it changes.

How blocking is measured (``BlockWatch``)
-----------------------------------------
A precise timer on the GUI thread beats every ``HEARTBEAT_MS``. Qt runs it whenever the
thread is back in an event loop (the window's, a modal dialog's, or the nested loops this
module runs while "a person" waits between keys), so the longest gap between two beats,
less one interval, is the longest time a key press or a click would have waited to be
answered. Each key press and click is itself delivered synchronously between beats, so
its handling counts too, as a real one would.

Why not the other two usual ways: a watchdog *thread* that pings the GUI thread needs
Python's lock to read the clock, so its own readings are delayed by the very Python work
it measures (up to the 5 ms switch interval each, and unevenly); and an event filter sees
when each event starts, not when the handler (and any loop nested in it) ends. The
heartbeat also needs the lock to run its slot, but that wait is real: a key press handled
in Python waits for it in the same way.

Typing speed is a quick typist's (``KEY_INTERVAL_MS`` between keys), with the event loop
running between keys, so timers (autosave) and results from the database worker are
handled while typing, as they would be.
"""

from __future__ import annotations

import argparse
import inspect
import shutil
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget

from partnerdesk.ui.dialogs import Dialogs, SaveChanges

HEARTBEAT_MS = 2
KEY_INTERVAL_MS = 40  # a quick typist: 25 keys a second
QUICK_KEY_INTERVAL_MS = 5  # --quick: only to check that a benchmark still runs
# After the worker is idle, the loop keeps running this long (without a new task
# starting) before a step counts as finished: a refresh chained to a save is then seen.
QUIET_MS = 250
WAIT_LIMIT_S = 60.0
# What went wrong on the way (a problem shown, an error in a slot): waiting stops at once.
FAILURES: list[str] = []
DATABASE_FILE = "partnerdesk.sqlite3"


# Blocking -------------------------------------------------------------------------------
class BlockWatch(QObject):
    """The longest time the GUI thread did not return to an event loop (module docstring).

    ``phase`` names what the bench was doing; the longest block of each phase is kept,
    so a figure can say where its worst moment was.
    """

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        super().__init__()
        self.interval_s = interval_ms / 1000
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.phase = ""
        self.longest: dict[str, float] = {}
        self._last = 0.0

    def start(self, phase: str = "") -> None:
        self.longest = {}
        self.phase = phase
        self._last = time.perf_counter()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last - self.interval_s
        if gap > self.longest.get(self.phase, 0.0):
            self.longest[self.phase] = gap
        self._last = now

    def stop(self) -> tuple[float, str]:
        """(longest block in ms, the phase it was in)."""
        self._beat()  # a block running up to now counts
        self.timer.stop()
        if not self.longest:
            return 0.0, ""
        phase, seconds = max(self.longest.items(), key=lambda item: item[1])
        return max(0.0, seconds * 1000), phase


# Letting time pass with the event loop running ----------------------------------------
def run_loop_for(ms: int) -> None:
    """Let ``ms`` pass with the GUI thread's event loop running (as a person pausing)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, limit_s: float = WAIT_LIMIT_S) -> None:
    """Run the event loop until ``condition`` holds (checked every millisecond)."""
    deadline = time.perf_counter() + limit_s
    while not condition():
        stop_if_failed(what)
        if time.perf_counter() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {limit_s:g} s")
        run_loop_for(1)


def stop_if_failed(what: str) -> None:
    if FAILURES:
        raise RuntimeError(f"while waiting for {what}:\n" + "\n".join(FAILURES))


def worker_busy(window: object) -> bool:
    """Whether the window's database worker has work (glue: ``operations.busy``)."""
    operations = getattr(window, "operations", None)
    if operations is not None and hasattr(operations, "busy"):
        return bool(operations.busy)
    tasks = getattr(window, "tasks", None)
    return bool(getattr(tasks, "busy", False))


def wait_until_quiet(window: object, what: str) -> None:
    """Until the worker has been idle for ``QUIET_MS``, the event loop running meanwhile."""
    deadline = time.perf_counter() + WAIT_LIMIT_S
    idle_since: float | None = None
    while True:
        now = time.perf_counter()
        if worker_busy(window):
            idle_since = None
        elif idle_since is None:
            idle_since = now
        elif now - idle_since >= QUIET_MS / 1000:
            return
        stop_if_failed(what)
        if now > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {WAIT_LIMIT_S:g} s")
        run_loop_for(1)


class WindowWatcher(QObject):
    """Calls ``then(window)`` once a window of the class named ``class_name`` is visible.

    It looks every millisecond from the event loop (inside a modal dialog's own loop when
    the dialog is modal), and costs nothing while the GUI thread is busy making the
    window: an event filter on the application would run Python for each of the
    thousands of events a big dialog's making sends, and slow what it times.
    """

    def __init__(self, class_name: str, then: Callable[[QWidget], None]) -> None:
        super().__init__()
        self.class_name = class_name
        self.then = then
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if type(widget).__name__ == self.class_name and widget.isVisible():
                self.timer.stop()
                self.then(widget)
                return

    def remove(self) -> None:
        self.timer.stop()


def open_like_the_app(window: QWidget) -> None:
    """Show the window and let it settle as a real start does once it has painted
    (app.py: the record models are declared and configured then, and the request page's
    first opening readied, in the background of the user's first look), so the first page
    a benchmark opens does not pay for what a person's first look would have covered."""
    window.show()
    wait_until_quiet(window, "the window")
    from sqlalchemy.orm import configure_mappers

    import partnerdesk.store.models  # noqa: F401 (declaring them is the point)

    configure_mappers()
    get_ready = getattr(window, "get_ready_in_background", None)
    if get_ready is not None:  # older windows had nothing to ready
        ready: list[bool] = []
        get_ready(lambda: ready.append(True))
        wait_until(lambda: bool(ready) and not worker_busy(window), "the start's readying")
    run_loop_for(200)


# A person's hands ------------------------------------------------------------------------
def click(widget: QWidget, at: QPoint | None = None) -> None:
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or QPoint()
    )


def type_keys(widget: QWidget, text: str, interval_ms: int = KEY_INTERVAL_MS) -> None:
    """Type ``text`` one key at a time, the event loop running between keys."""
    for character in text:
        QTest.keyClicks(widget, character)
        run_loop_for(interval_ms)


def select_all(widget: QWidget) -> None:
    """Ctrl+A, so what is typed next replaces the text (the dataset stays as it was)."""
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


# The floor: typing into bare text boxes -------------------------------------------------
def bare_typing_block(text: str, interval_ms: int = KEY_INTERVAL_MS) -> float:
    """The longest block (ms) typing ``text`` into a bare text box and clicking another.

    The baseline for the typing figures: Qt, the machine and this way of measuring, with
    none of PartnerDesk's work.
    """
    window = QWidget()
    first, second = QPlainTextEdit(), QPlainTextEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    window.resize(600, 400)
    window.show()
    run_loop_for(50)
    watch = BlockWatch()
    watch.start("typing")
    click(first.viewport())
    select_all(first)
    type_keys(first, text, interval_ms)
    click(second.viewport())
    run_loop_for(QUIET_MS)
    longest, _phase = watch.stop()
    window.close()
    window.deleteLater()
    run_loop_for(10)
    return longest


# The data -------------------------------------------------------------------------------
def working_copy(data_dir: Path, into: Path) -> Path:
    """A copy of the data file to type into: the benchmark dataset stays as it was made."""
    into.mkdir(parents=True, exist_ok=True)
    shutil.copy2(data_dir / DATABASE_FILE, into / DATABASE_FILE)
    return into


def read_only(data_dir: Path) -> closing[sqlite3.Connection]:
    uri = f"file:{data_dir / DATABASE_FILE}?mode=ro"
    return closing(sqlite3.connect(uri, uri=True))


@dataclass(frozen=True)
class BusiestRequest:
    request_id: int
    mou_id: int
    answers: int
    notes: int


def busiest_request(data_dir: Path) -> BusiestRequest:
    """The live request with an MOU that has the most answers, then notes, then versions."""
    with read_only(data_dir) as connection:
        row = connection.execute(
            """
            SELECT r.id, m.id,
                   (SELECT count(*) FROM vetting_answers a WHERE a.request_id = r.id) AS answers,
                   (SELECT count(*) FROM outreach_notes o WHERE o.request_id = r.id) AS notes,
                   (SELECT count(*) FROM mou_versions v WHERE v.mou_id = m.id) AS versions
            FROM partnership_requests r
            JOIN mous m ON m.request_id = r.id AND m.deleted_at IS NULL
            WHERE r.deleted_at IS NULL
            ORDER BY answers DESC, notes DESC, versions DESC, r.id
            LIMIT 1
            """
        ).fetchone()
    if row is None:
        sys.exit("the dataset has no request with an MOU; build it with bench/make_dataset.py")
    return BusiestRequest(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def add_quick_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one of each, typed fast: checks that the benchmark runs, measures nothing",
    )


def takes_database(use_case: Callable[..., object]) -> bool:
    """Whether a service takes the ``Database`` (and opens its own transaction) rather than a
    session: the baselines call the services either way while they are being moved over."""
    first = next(iter(inspect.signature(use_case).parameters), "")
    return first == "database"


# Dialogs that never wait for a person ---------------------------------------------------
@dataclass
class QuietDialogs(Dialogs):
    """Answers every question at once and remembers what was shown.

    A benchmark fails when the app showed a problem or a refusal: the figures would then
    time a flow that did not happen.
    """

    user_name: str = "Avery Bench"
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def inform(self, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))
        FAILURES.append(f"inform: {title}: {text}")

    def about(self, title: str, text: str) -> None:
        self.shown.append(("about", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def problem(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(("problem", title, f"{text}\n{details}"))
        FAILURES.append(f"problem: {title}: {text}\n{details}")

    def confirm(self, title: str, text: str, *, action: str, destructive: bool = False) -> bool:
        self.shown.append(("confirm", title, text))
        return not destructive

    def save_changes(self, title: str, text: str) -> SaveChanges:
        self.shown.append(("save_changes", title, text))
        return SaveChanges.SAVE

    def choose(
        self, title: str, text: str, options: list[str], *, close: str | None = None
    ) -> str | None:
        self.shown.append(("choose", title, text))
        return None

    def choose_folder(self, title: str, start: Path) -> Path | None:
        return None

    def pick(self, title: str, text: str, options: list[str]) -> str | None:
        return None

    def ask_text(self, title: str, text: str, default: str = "") -> str | None:
        return self.user_name

    def ask_password(self, title: str, text: str, *, can_remember: bool) -> tuple[str, bool] | None:
        return None

    def open_file(self, title: str, start: Path, file_types: str) -> Path | None:
        return None

    def save_file(self, title: str, suggested: Path, file_types: str) -> Path | None:
        return None

    def troubles(self) -> list[str]:
        return [
            f"{kind}: {title}: {text}"
            for kind, title, text in self.shown
            if kind in ("problem", "inform", "warn", "choose")
        ]


class ErrorCatcher:
    """Errors raised in Qt slots are printed and the app goes on; a benchmark must not."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        sys.excepthook = self.hook

    def hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.errors.append("".join(traceback.format_exception(kind, error, trace)))
        FAILURES.append(self.errors[-1])
        sys.__excepthook__(kind, error, trace)


def check_clean(dialogs: QuietDialogs, errors: ErrorCatcher) -> None:
    """Exit with the reason when anything went wrong on the way."""
    troubles = dialogs.troubles() + errors.errors
    if troubles:
        sys.exit("the app did not do what the benchmark asked:\n" + "\n".join(troubles))

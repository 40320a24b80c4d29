"""Run database and file work off the GUI thread and hand results back by signal.

Work is a plain function taking a ``Progress``; it may report how far it got and check
whether the user cancelled. A progress dialog appears only when the work takes longer than
``PROGRESS_DELAY_MS`` (as Anki does), so quick work never flashes a window.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnerdesk.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Progress:
    """Handed to background work: report progress, notice a cancel."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


@dataclass(frozen=True)
class TaskFailure:
    error: BaseException
    details: str


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = Progress(signals.progressed.emit)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # delivered to the GUI thread, which shows a dialog
            if _is_refusal(error):
                # Expected: the user is told in the refusal's own words; no trace needed.
                log.info("background task refused (%s)", type(error).__name__)
            else:
                log.exception("background task failed")
            self.signals.failed.emit(TaskFailure(error, traceback.format_exc()))
            return
        self.signals.finished.emit(result)


def _is_refusal(error: BaseException) -> bool:
    """A refusal meant for the user (see operations.explained_refusals), not a fault."""
    from partnerdesk.ui.operations import explained_refusals

    return isinstance(error, explained_refusals())


class TaskRunner(QObject):
    """One place that starts background work; results arrive on the GUI thread."""

    def __init__(self, parent_widget: QWidget | None = None, max_threads: int = 1) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.pool = QThreadPool()
        # One writer at a time keeps SQLite simple; reads are quick enough to queue.
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[_Signals] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[TaskFailure], None],
        *,
        label: str = QT_TRANSLATE_NOOP("Operations", "Working…"),
        cancellable: bool = False,
    ) -> Progress:
        signals = _Signals()
        job = _Job(work, signals)
        # The default labels are marked in operations.py, translated here (a label already
        # translated by its caller is found in no context and stays as it is).
        label = QCoreApplication.translate("Operations", label)
        dialog = _DelayedProgressDialog(self.parent_widget, label, job.progress, cancellable)
        signals.progressed.connect(dialog.update_progress, Qt.ConnectionType.QueuedConnection)

        def finished() -> None:
            dialog.finish()
            self._running.discard(signals)
            # Its connections hold these closures, and through them the callbacks and
            # whatever they reach (a whole window): delete it, or every window that ever
            # ran a task stays in memory.
            signals.deleteLater()

        def finish(result: Any) -> None:
            finished()
            on_done(result)

        def fail(failure: TaskFailure) -> None:
            finished()
            on_failed(failure)

        signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        self._running.add(signals)
        self.pool.start(job)
        return job.progress

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_all(self, timeout_ms: int = 30000) -> bool:
        return self.pool.waitForDone(timeout_ms)


class _DelayedProgressDialog(QObject):
    def __init__(
        self, window: QWidget | None, label: str, progress: Progress, cancellable: bool
    ) -> None:
        super().__init__()
        # Not ``self.parent``: that would hide QObject.parent(), which Qt and findChildren
        # rely on. The window is the dialog's parent once shown, not this object's.
        self.window = window
        self.label = label
        self.progress = progress
        self.cancellable = cancellable
        self.dialog: QProgressDialog | None = None
        self.last: tuple[int, int, str] = (0, 0, "")
        self.done = False
        # A timer of its own, stopped in finish(): the last reference to this object can be
        # dropped on the worker thread (when the pool deletes the finished job), and Qt
        # warns when an object with a running timer is destroyed off its thread.
        self._delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._show)
        self._delay.start()

    def _show(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(
            self.label, self.tr("Cancel") if self.cancellable else "", 0, 0, self.window
        )
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self.cancellable:
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self.update_progress(*self.last)
        dialog.show()

    def _cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def update_progress(self, done: int, total: int, message: str) -> None:
        self.last = (done, total, message)
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def finish(self) -> None:
        self.done = True
        self._delay.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

"""Background work: results come back on the GUI thread; slow work shows progress."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.ui.tasks import PROGRESS_DELAY_MS, Progress, TaskFailure, TaskRunner


def test_work_runs_off_the_gui_thread_and_returns_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(_progress: Progress) -> str:
        seen["worker_is_gui"] = threading.current_thread() is threading.main_thread()
        return "done"

    def done(result: str) -> None:
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread() is gui_thread

    runner.run(work, done, lambda failure: None)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker_is_gui": False, "result": "done", "done_on_gui": True}
    assert not runner.busy


def test_a_failure_is_delivered_not_raised(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[TaskFailure] = []

    def work(_progress: Progress) -> None:
        raise ValueError("the file vanished")

    runner.run(work, lambda result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0].error, ValueError)
    assert "the file vanished" in failures[0].details


def test_quick_work_shows_no_progress_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    results: list[int] = []
    runner.run(lambda progress: 1, results.append, lambda failure: None)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert parent.findChildren(QProgressDialog) == []


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    outcome: list[str] = []

    def work(progress: Progress) -> str:
        for step in range(200):
            if progress.cancelled:
                return f"cancelled at {step}"
            progress.report(step, 200, f"Step {step} of 200")
            time.sleep(0.02)
        return "finished"

    runner.run(work, outcome.append, lambda failure: None, label="Working", cancellable=True)

    def dialog() -> QProgressDialog | None:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        return dialogs[0] if dialogs else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    progress_dialog = dialog()
    assert progress_dialog is not None
    qtbot.waitUntil(lambda: progress_dialog.value() > 0, timeout=5000)
    assert progress_dialog.maximum() == 200
    cancel_button = next(
        button for button in progress_dialog.findChildren(QPushButton) if button.text() == "Cancel"
    )
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome[0].startswith("cancelled at")
    QApplication.processEvents()
    assert dialog() is None

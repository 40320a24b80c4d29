#!/usr/bin/env python3
"""Benchmark 7: the MOU wizard of the busiest request, opened and typed in, in the real window.

The real main window runs offscreen on the dataset, on the request whose MOU holds the
most text. Measured is what a person feels: the longest time the GUI thread is blocked
(a timer ticking every millisecond notices every gap), first from asking for the MOU to
the wizard on screen (the draft is read on the database worker, the pages are built on
the GUI thread), then while typing a paragraph into one of its pages at a brisk 20 keys a
second, with the autosave writing on the worker behind it. Target: ≤ 50 ms each.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from benchkit import Figure, arguments, check_data_dir, emit, median, offscreen

offscreen()

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402
from sqlalchemy import select  # noqa: E402

from partnerdesk.app import build_main_window, create_application  # noqa: E402
from partnerdesk.paths import DataLocation  # noqa: E402
from partnerdesk.store.database import open_database  # noqa: E402
from partnerdesk.store.models import Mou  # noqa: E402
from partnerdesk.ui.main_window import MainWindow  # noqa: E402

TARGET_MS = 50.0
TYPED = "The two leads meet within a week and agree in writing. " * 2
KEY_INTERVAL_MS = 50


class LongestBlock:
    """The longest gap between ticks of a 1 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=1)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest = max(self.longest, (now - self.last) / 1e6)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def busiest_mou(window: MainWindow) -> tuple[int, int]:
    """The request whose MOU holds the most text, and that MOU's size in characters."""
    with window.database.session() as session:
        rows = session.execute(
            select(Mou.request_id, Mou.sections).where(
                Mou.deleted_at.is_(None), Mou.request_id.is_not(None)
            )
        ).all()
    request_id, sections = max(rows, key=lambda row: len(json.dumps(row[1] or {})))
    return int(request_id), len(json.dumps(sections or {}))


def one_run(window: MainWindow, application: QApplication, request_id: int) -> tuple[float, float]:
    watch = LongestBlock()
    figures: dict[str, float] = {}

    def type_in(wizard: Any) -> None:
        figures["open"] = watch.stop()
        wizard.show_section("conflict")
        box = wizard.section_pages["conflict"].editors["process"].widget
        assert isinstance(box, QPlainTextEdit)
        box.setFocus()
        application.processEvents()
        watch.start()
        keys = list(TYPED)

        def next_key() -> None:
            if keys:
                QTest.keyClicks(box, keys.pop(0))
                QTimer.singleShot(KEY_INTERVAL_MS, next_key)
                return
            # The last autosave, written on the worker, and its answer.
            deadline = time.monotonic() + 5
            while wizard.saved.text() != "All changes are saved." and time.monotonic() < deadline:
                application.processEvents()
            figures["typing"] = watch.stop()
            wizard.undo_changes_on_page()  # the dataset stays as it was
            wizard.close()

        next_key()

    def wait_for_wizard() -> None:
        wizard = window.mous.wizard
        if wizard is not None and wizard.isVisible():
            type_in(wizard)
        else:
            QTimer.singleShot(0, wait_for_wizard)

    watch.start()
    QTimer.singleShot(0, wait_for_wizard)
    window.mous.open_for_request(request_id)
    deadline = time.monotonic() + 60
    while "typing" not in figures and time.monotonic() < deadline:
        application.processEvents()
    window.operations.wait_for_all()
    application.processEvents()
    return figures["open"], figures["typing"]


def main(argv: list[str] | None = None) -> int:
    options = arguments(__doc__.split("\n\n")[0], repeat=5).parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    application = create_application()
    database = open_database(DataLocation(data_dir))
    window = build_main_window(database)
    try:
        window.show()
        application.processEvents()
        request_id, size = busiest_mou(window)
        window.show_request(request_id)
        application.processEvents()
        one_run(window, application, request_id)  # first run imports and warms up
        opening, typing = [], []
        for _ in range(options.repeat):
            opened, typed = one_run(window, application, request_id)
            opening.append(opened)
            typing.append(typed)
        note = f"MOU of {size:,} characters; {options.repeat} runs, the worst {{:.0f}} ms"
        emit(
            Figure(
                "Open the busiest request's MOU wizard: GUI thread blocked at most",
                median(opening),
                "ms",
                f"≤ {TARGET_MS:g} ms",
                TARGET_MS,
                note=note.format(max(opening)),
            ),
            options.json,
        )
        emit(
            Figure(
                f"Typing in the MOU wizard ({len(TYPED)} keys): GUI thread blocked at most",
                median(typing),
                "ms",
                f"≤ {TARGET_MS:g} ms",
                TARGET_MS,
                note=note.format(max(typing)),
            ),
            options.json,
        )
    finally:
        window.close_without_saving_state()  # the dataset keeps the page it had
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

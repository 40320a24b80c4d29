#!/usr/bin/env python3
"""Benchmark 3: open each list to its first rows on screen, and scroll the contacts list.

The real main window runs offscreen on the dataset. Opening a list is timed from the
click in the navigation to the first rows painted: the list reads its count and first
page from the store, and the table paints. The biggest organization's page (its timeline
of notes) is timed the same way. Then the contacts list is scrolled from top to bottom by
dragging the scroll bar, as a user would, while counting the rows the list keeps in
Python. Target: ≤ 100 ms to first rows; scrolling must not load every row.
"""

from __future__ import annotations

import sys
import time

from benchkit import Figure, arguments, check_data_dir, emit, median, offscreen, timed

offscreen()

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from partnerdesk.app import build_main_window, create_application  # noqa: E402
from partnerdesk.paths import DataLocation  # noqa: E402
from partnerdesk.services.changes import RecordKind  # noqa: E402
from partnerdesk.store.database import open_database  # noqa: E402
from partnerdesk.store.models import OutreachNote  # noqa: E402
from partnerdesk.ui.main_window import MainWindow  # noqa: E402
from partnerdesk.ui.navigation import PAGE_OF_KIND  # noqa: E402

TARGET_MS = 100.0
SCROLL_STEPS = 200
# Rows a list may keep in Python after scrolling end to end: a bounded cache of pages,
# far fewer than the 50,000 contacts (a model that keeps every row it read fails this).
MOST_ROWS_KEPT = 2500
LISTS = (
    (RecordKind.ORGANIZATION, "Organizations list"),
    (RecordKind.CONTACT, "Contacts list"),
    (RecordKind.REQUEST, "Requests board"),
    (RecordKind.NOTE, "Notes list (all notes)"),
)


def settle(application: QApplication) -> None:
    application.processEvents()
    application.processEvents()


def wait_for_worker(window: MainWindow, application: QApplication) -> None:
    """Until what the window asked its database worker to read (the board's cards, an
    organization) has arrived and been shown."""
    while window.operations.busy:
        application.processEvents()
        time.sleep(0.001)
    application.processEvents()


def open_list(window: MainWindow, application: QApplication, kind: RecordKind) -> float:
    """Milliseconds from choosing the list in the navigation to its first rows painted."""
    window.show_page("today")
    wait_for_worker(window, application)
    page = window.list_pages[kind]
    page.mark_stale()  # as after a change: the list reads the store again when shown

    def show() -> None:
        window.show_page(PAGE_OF_KIND[kind])
        wait_for_worker(window, application)
        page.table.viewport().repaint()

    elapsed = timed(show) * 1000
    assert page.model.rowCount() > 0, f"the {kind.plural_label} list shows no rows"
    return elapsed


def open_organization(window: MainWindow, application: QApplication, org_id: int) -> float:
    window.show_page("today")
    wait_for_worker(window, application)

    def show() -> None:
        window.show_organization(org_id)  # read on the database worker, then shown
        wait_for_worker(window, application)
        window.organization_page.timeline.viewport().repaint()

    return timed(show) * 1000


def rows_held(window: MainWindow, kind: RecordKind) -> int:
    model = window.list_pages[kind].model
    held = getattr(model, "rows_in_memory", None)
    return int(held) if held is not None else len(model.rows)


def scroll_contacts(window: MainWindow, application: QApplication) -> tuple[float, float, int]:
    """Drag the contacts list's scroll bar to the bottom: (total s, worst step ms, rows)."""
    window.show_page(PAGE_OF_KIND[RecordKind.CONTACT])
    settle(application)
    table = window.list_pages[RecordKind.CONTACT].table
    bar = table.verticalScrollBar()
    steps: list[float] = []
    held = 0
    position = 0
    while True:
        maximum = bar.maximum()  # grows while a model fetches more rows as it scrolls
        position = min(maximum, position + max(1, maximum // SCROLL_STEPS))

        def step(value: int = position) -> None:
            bar.setValue(value)
            application.processEvents()
            table.viewport().repaint()

        steps.append(timed(step) * 1000)
        held = max(held, rows_held(window, RecordKind.CONTACT))
        if position >= bar.maximum() or len(steps) > 50 * SCROLL_STEPS:
            break
    return sum(steps) / 1000, max(steps), held


def biggest_organization(window: MainWindow) -> tuple[int, int]:
    with window.database.session() as session:
        org_id, notes = session.execute(
            select(OutreachNote.organization_id, func.count())
            .where(OutreachNote.organization_id.is_not(None))
            .group_by(OutreachNote.organization_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return int(org_id), int(notes)


def main(argv: list[str] | None = None) -> int:
    options = arguments(__doc__.split("\n\n")[0], repeat=5).parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    application = create_application()
    database = open_database(DataLocation(data_dir))
    window = build_main_window(database)
    try:
        window.show()
        settle(application)
        times: dict[str, list[float]] = {}
        org_id, org_notes = biggest_organization(window)
        for _ in range(options.repeat):
            for kind, title in LISTS:
                times.setdefault(title, []).append(open_list(window, application, kind))
            title = f"Biggest organization's page ({org_notes:,} notes)"
            times.setdefault(title, []).append(open_organization(window, application, org_id))
        for title, values in times.items():
            emit(
                Figure(f"Open {title}", median(values), "ms", f"≤ {TARGET_MS:g} ms", TARGET_MS),
                options.json,
            )
        total = window.list_pages[RecordKind.CONTACT].model.total
        seconds, worst, held = scroll_contacts(window, application)
        emit(
            Figure(
                "Contacts list scrolled end to end: rows kept in Python",
                held,
                "rows",
                f"≤ {MOST_ROWS_KEPT:,} (of {total:,})",
                limit=MOST_ROWS_KEPT,
                note=f"{SCROLL_STEPS} scroll bar steps, {seconds:.1f} s in all, "
                f"slowest step {worst:.0f} ms",
            ),
            options.json,
        )
    finally:
        window.close_without_saving_state()  # the dataset keeps the page it had
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Benchmark 6: peak memory of the app after opening every page with the dataset.

A fresh process opens the real main window offscreen and visits every page as a user
would: Today, each list (scrolled to its end), the biggest organization's page (its whole
timeline), a request's vetting screen, a search, and the Trash. It then reports its peak
resident memory (VmHWM). Each run is its own process; the figure is the median. For
comparison, the floor window's peak memory is measured the same way. Target: ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from benchkit import BENCH_DIR, Figure, arguments, check_data_dir, emit, median, offscreen

TARGET_MB = 250.0
PAGES = ("today", "organizations", "contacts", "requests", "notes", "trash")


def visit_every_page(data_dir: Path) -> float:
    """In this process: open the window, visit every page, return peak RSS in MB."""
    offscreen()
    from benchkit import peak_rss_mb
    from PySide6.QtWidgets import QApplication

    from partnerdesk.app import build_main_window, create_application
    from partnerdesk.paths import DataLocation
    from partnerdesk.services.changes import RecordKind
    from partnerdesk.store.database import open_database
    from partnerdesk.ui.navigation import PAGE_OF_KIND

    _application = create_application()  # kept alive while the window exists
    database = open_database(DataLocation(data_dir))
    window = build_main_window(database)

    def settle() -> None:
        QApplication.processEvents()
        QApplication.processEvents()

    try:
        window.show()
        settle()
        for key in PAGES:
            window.show_page(key)
            settle()
        for kind in RecordKind:
            window.show_page(PAGE_OF_KIND[kind])
            window.list_pages[kind].table.scrollToBottom()
            settle()
        from bench_lists import biggest_organization

        organization_id, _notes = biggest_organization(window)
        window.show_organization(organization_id)
        settle()
        timeline = window.organization_page.timeline
        while timeline.model().canFetchMore(timeline.rootIndex()):
            timeline.model().fetchMore(timeline.rootIndex())
        timeline.scrollToBottom()
        settle()
        request_id = window.list_pages[RecordKind.REQUEST].model.record_id(0)
        window.show_request(request_id)
        settle()
        window.search_box.setText("m")
        window.run_search()
        settle()
        window.show_page("trash")
        settle()
        return peak_rss_mb()
    finally:
        window.close_without_saving_state()  # the dataset keeps the page it had
        database.close()


def run_child(command: list[str]) -> float:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: see bench_start.py
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    found = re.search(r"peak RSS ([\d.]+) MB", result.stdout)
    if result.returncode != 0 or found is None:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return float(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.split("\n\n")[0], repeat=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    if options.child:
        print(f"peak RSS {visit_every_page(data_dir):.1f} MB")
        return 0
    app = [sys.executable, __file__, "--child", "--data-dir", str(data_dir)]
    floor = [sys.executable, str(BENCH_DIR / "floor_window.py"), "--rss"]
    app_mb, floor_mb = [], []
    for _ in range(options.repeat):
        floor_mb.append(run_child(floor))
        app_mb.append(run_child(app))
    emit(
        Figure(
            "Peak memory after opening every page",
            median(app_mb),
            "MB",
            f"≤ {TARGET_MB:g} MB",
            limit=TARGET_MB,
            baseline=median(floor_mb),
            baseline_name="floor (empty QMainWindow)",
        ),
        options.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Benchmark 5: import a 10,000-row Outlook CSV, with duplicate detection, into the dataset.

Measured as the app does it (ui/contact_transfer.py): the preview in one transaction
(read the file, check every row against the stored contacts), then the import in
another, committed. Each run imports into a fresh copy of the data, so every run finds
the same duplicates. Target: preview and import together ≤ 2 s.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchkit import Figure, arguments, check_data_dir, emit, median, timed
from outlook_file import write_outlook_csv

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.transfer.contact_import import ImportPlan, apply_import, preview_import
from partnerdesk.store.backup import backup_sqlite_file
from partnerdesk.store.database import open_database

TARGET_S = 2.0


def import_once(data_dir: Path, csv_file: Path, work: Path) -> tuple[float, float, str]:
    """Seconds for the preview and for the import, and the import's summary line."""
    copy = DataLocation(work / "data")
    backup_sqlite_file(data_dir / DATABASE_FILE_NAME, copy.data_dir / DATABASE_FILE_NAME)
    database = open_database(copy)
    try:
        plan: list[ImportPlan] = []

        def preview() -> None:
            plan.append(preview_import(database, csv_file))

        summary: list[str] = []

        def write() -> None:
            summary.append(apply_import(database, plan[0]).counts.line())

        return timed(preview), timed(write), summary[0]
    finally:
        database.close()
        (copy.data_dir / DATABASE_FILE_NAME).unlink()


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.split("\n\n")[0], repeat=5)
    parser.add_argument("--rows", type=int, default=10_000)
    options = parser.parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    with tempfile.TemporaryDirectory(prefix="pd-bench-import-") as folder:
        work = Path(folder)
        csv_file = work / "outlook-contacts.csv"
        database = open_database(DataLocation(data_dir))
        try:
            made = write_outlook_csv(database, csv_file, options.rows)
        finally:
            database.close()
        previews, writes, totals = [], [], []
        summary = ""
        for _ in range(options.repeat):
            preview_s, write_s, summary = import_once(data_dir, csv_file, work)
            previews.append(preview_s)
            writes.append(write_s)
            totals.append(preview_s + write_s)
    mix = ", ".join(f"{count} {kind}" for kind, count in made.items())
    rows = f"{options.rows:,}-row Outlook CSV"
    figures = [
        Figure(
            f"Import a {rows}",
            median(totals),
            "s",
            f"≤ {TARGET_S:g} s",
            limit=TARGET_S,
            note=f"{summary}; file: {mix}",
        ),
        Figure("  of which the preview (duplicate detection)", median(previews), "s", "—"),
        Figure("  of which writing and committing", median(writes), "s", "—"),
    ]
    for figure in figures:
        emit(figure, options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Take screenshots of every page, empty and with the sample data, for review and the guide.

Run under a real X server to see real fonts and styles:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py shots/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from partnerdesk.app import build_main_window, create_application
from partnerdesk.paths import DataLocation
from partnerdesk.services.sample_data import load_sample_data
from partnerdesk.store.database import open_database

PAGES = ["today", "organizations", "contacts", "requests", "notes", "trash"]


def settle(application: QApplication) -> None:
    for _ in range(5):
        application.processEvents()


def shoot(out: Path, prefix: str, with_sample: bool) -> None:
    application = create_application()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(DataLocation(Path(folder)))
        if with_sample:
            with database.session() as session:
                load_sample_data(session)
        window = build_main_window(database)
        window.resize(1200, 760)
        window.show()
        settle(application)
        for page in PAGES:
            window.show_page(page)
            settle(application)
            window.grab().save(str(out / f"{prefix}-{page}.png"))
        if with_sample:
            window.search_box.setText("riverbend")
            window.run_search()
            settle(application)
            window.grab().save(str(out / f"{prefix}-search.png"))
        window.close()
        database.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    shoot(out, "empty", with_sample=False)
    shoot(out, "sample", with_sample=True)
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

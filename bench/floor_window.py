#!/usr/bin/env python3
"""The floor for start-up: the least a PySide6 + SQLAlchemy app must do to show a window.

Imports PySide6.QtWidgets and sqlalchemy.orm, shows an empty QMainWindow and quits once
it is on screen, the way ``partnerdesk --exit-when-ready`` does. ``--rss`` prints the
peak memory of this process, the floor for the memory benchmark.
"""

import sys

import sqlalchemy.orm  # noqa: F401 (the import is what is measured)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

POLL_MS = 10


def main() -> int:
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()

    def check() -> None:
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            window.close()
            application.exit(0)
        else:
            QTimer.singleShot(POLL_MS, check)

    QTimer.singleShot(0, check)
    code = application.exec()
    if "--rss" in sys.argv:
        from benchkit import peak_rss_mb

        print(f"peak RSS {peak_rss_mb():.1f} MB")
    return code


if __name__ == "__main__":
    sys.exit(main())

"""Remember window size, position, splitters and the open page between runs.

Stored in the data folder (not the system registry), so ``--data-dir`` keeps separate
stores fully separate and tests never touch the user's settings.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


def open_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def keep_private(path: Path) -> None:
    """Settings name people's folders and files: readable by this user only, like the data."""
    # Not written yet, or a file system without Unix permissions: nothing to tighten.
    with contextlib.suppress(OSError):
        path.chmod(0o600)


class WindowState:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        """Put the window back as it was; False when there was nothing to restore."""
        geometry = self.settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for name, splitter in splitters.items():
            sizes = self.settings.value(f"window/splitter/{name}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        return restored

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self.settings.setValue(f"window/splitter/{name}", splitter.saveState())
        self.settings.sync()
        keep_private(Path(self.settings.fileName()))

    @property
    def last_page(self) -> str:
        return str(self.settings.value("window/page", "today"))

    @last_page.setter
    def last_page(self, page: str) -> None:
        self.settings.setValue("window/page", page)

"""The folder a document's save or open dialog starts in: the one last used for exports."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QSettings

LAST_FOLDER_KEY = "exports/last_folder"


def export_folder(settings: QSettings | None) -> Path:
    """The folder last saved in, while it exists; else the user's Documents."""
    if settings is not None:
        chosen = str(settings.value(LAST_FOLDER_KEY, "") or "")
        if chosen and Path(chosen).is_dir():
            return Path(chosen)
    return Path(user_documents_dir())


def remember_export_folder(settings: QSettings | None, folder: Path) -> None:
    if settings is not None:
        settings.setValue(LAST_FOLDER_KEY, str(folder))
        settings.sync()

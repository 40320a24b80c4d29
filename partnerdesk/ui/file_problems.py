"""A document that could not be written, said the same way by every export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.ui.dialogs import Dialogs


def tell_not_written(dialogs: Dialogs, title: str, path: Path, error: Exception) -> bool:
    """Say why ``path`` was not written, if ``error`` is the file system's; else False.

    ``title`` names what was not saved ("The agenda was not saved"), in the caller's words.
    """
    if not isinstance(error, OSError):
        return False
    reason = file_reason(
        error, QCoreApplication.translate("FileProblems", "the file could not be written")
    )
    dialogs.inform(
        title,
        QCoreApplication.translate(
            "FileProblems",
            "PartnerDesk could not write {name} in {folder}: {reason}. Choose another "
            "folder, or close the file if Word has it open.",
        ).format(name=path.name, folder=path.parent, reason=reason),
    )
    return True

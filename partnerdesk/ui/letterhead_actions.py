"""Settings → Letterhead for Word documents…: choose, replace or drop the letterhead.

A chosen letterhead is tried first, off the GUI thread, by writing a sample MOU on it; only
one that works is kept (in the data folder, so the command line uses it too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations, report_failure
from partnerdesk.ui.tasks import Progress, TaskFailure


class LetterheadActions:
    def __init__(self, operations: Operations, dialogs: Dialogs, data_dir: Path | None) -> None:
        """``data_dir``: the data folder, where the letterhead is kept (None: none can be)."""
        self.operations = operations
        self.dialogs = dialogs
        self.data_dir = data_dir

    def choose(self) -> None:
        from partnerdesk.exports.letterhead import (
            LetterheadError,
            install_letterhead,
            letterhead_path,
            remove_letterhead,
        )

        data_dir = self.data_dir
        if data_dir is None:
            self.dialogs.inform(
                QCoreApplication.translate("LetterheadActions", "Letterhead"),
                QCoreApplication.translate(
                    "LetterheadActions", "A letterhead needs a data folder on this computer."
                ),
            )
            return
        if letterhead_path(data_dir).exists():
            choice = self.dialogs.choose(
                QCoreApplication.translate("LetterheadActions", "Letterhead"),
                QCoreApplication.translate(
                    "LetterheadActions",
                    "Your Word exports use your letterhead. Choose another one, or go back to "
                    "PartnerDesk's plain layout?",
                ),
                [
                    QCoreApplication.translate("LetterheadActions", "Choose another letterhead…"),
                    QCoreApplication.translate("LetterheadActions", "Use the plain layout"),
                ],
            )
            if choice is None:
                return
            if choice == "Use the plain layout":
                remove_letterhead(data_dir)
                self.operations.tell(
                    QCoreApplication.translate(
                        "LetterheadActions", "Word exports use the plain layout again."
                    )
                )
                return
        source = self.dialogs.open_file(
            QCoreApplication.translate(
                "LetterheadActions", "Choose your letterhead (a Word document)"
            ),
            Path.home(),
            QCoreApplication.translate("LetterheadActions", "Word document (*.docx)"),
        )
        if source is None:
            return

        def work(_progress: Progress) -> str:
            """Keep the letterhead if a sample MOU can be built on it; else say why not
            (a refusal is an answer, not a failure to log)."""
            try:
                install_letterhead(source, data_dir)
            except LetterheadError as error:
                return str(error)
            return ""

        def done(refusal: str) -> None:
            if refusal:
                self.dialogs.inform(
                    QCoreApplication.translate(
                        "LetterheadActions", "This letterhead cannot be used"
                    ),
                    QCoreApplication.translate(
                        "LetterheadActions", "{refusal} Your Word exports stay as they were."
                    ).format(refusal=refusal),
                )
                return
            self.operations.tell(
                QCoreApplication.translate(
                    "LetterheadActions",
                    "Word exports now use your letterhead “{name}”: a sample MOU "
                    "was written on it without a problem.",
                ).format(name=source.name)
            )

        def failed(failure: TaskFailure) -> None:
            if isinstance(failure.error, OSError):
                self.dialogs.inform(
                    QCoreApplication.translate("LetterheadActions", "The letterhead was not kept"),
                    QCoreApplication.translate(
                        "LetterheadActions",
                        "PartnerDesk could not keep a copy of “{name}” in {data_dir} "
                        "({value}). Your Word exports stay as they were.",
                    ).format(
                        name=source.name,
                        data_dir=data_dir,
                        value=failure.error.strerror
                        or QCoreApplication.translate(
                            "LetterheadActions", "the file could not be written"
                        ),
                    ),
                )
                return
            report_failure(self.dialogs, failure)

        self.operations.tasks.run(
            work,
            done,
            failed,
            label=QCoreApplication.translate("LetterheadActions", "Trying your letterhead…"),
        )

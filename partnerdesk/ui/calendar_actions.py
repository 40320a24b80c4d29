"""File → Export calendar (.ics)…: everything dated, in one file a calendar program opens.

MOU reviews (repeating by the MOU's schedule), commitments due, follow-ups and check-ups,
each with a reminder; importing the file again updates the same events
(services/calendar_export.py). Its own controller: the calendar is about every
partnership, not one MOU.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from partnerdesk.core.translation import Messages
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import (
    document_language_for,
    remember_document_language,
)
from partnerdesk.ui.export_folder import export_folder, remember_export_folder
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.operations import Operations

calendar_actions = Messages("calendar_actions")


class CalendarActions:
    def __init__(
        self, operations: Operations, dialogs: Dialogs, settings: QSettings | None = None
    ) -> None:
        self.operations = operations
        self.dialogs = dialogs
        self.settings = settings

    def export_calendar(self) -> None:
        """Everything dated in one .ics, in the language chosen beside the file name."""
        from partnerdesk.services.calendar_export import NOTHING_TO_EXPORT, export_calendar

        chosen = self.dialogs.save_document(
            QCoreApplication.translate("CalendarActions", "Save the calendar file"),
            export_folder(self.settings)
            / QCoreApplication.translate("CalendarActions", "PartnerDesk calendar.ics"),
            QCoreApplication.translate("CalendarActions", "Calendar file (*.ics)"),
            document_language_for(self.settings),
        )
        if chosen is None:
            return
        path, language = chosen
        remember_document_language(self.settings, language)
        remember_export_folder(self.settings, path.parent)

        def done(count: int) -> None:
            if count == 0:
                self.dialogs.inform(
                    QCoreApplication.translate("CalendarActions", "Nothing to export"),
                    NOTHING_TO_EXPORT,
                )
                return
            self.operations.tell(
                calendar_actions.tr(
                    "Saved %n date(s) in “{name}”: open it with your calendar "
                    "program. Importing it again later updates the same events.",
                    "",
                    count,
                ).format(name=path.name)
            )

        self.operations.query(
            lambda database: export_calendar(database, path, language=language),
            done,
            label=QCoreApplication.translate("CalendarActions", "Writing the calendar…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        from partnerdesk.services.errors import ExportFormatError

        title = QCoreApplication.translate("CalendarActions", "The calendar was not saved")
        if isinstance(error, ExportFormatError):  # not a .ics name: said plainly
            self.dialogs.inform(title, str(error))
            return True
        return tell_not_written(self.dialogs, title, path, error)

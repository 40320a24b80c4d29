"""The kickoff meeting from the request page (issue 19): the dialog, saving its agenda and
recording the meeting, each through ``Operations``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.core.kickoff import KickoffFormat
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.operations import Operations

if TYPE_CHECKING:
    from partnerdesk.services.documents.files import WrittenDocument


class KickoffActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        settings: QSettings | None = None,
    ) -> None:
        self.settings = settings  # the document language last used
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self._open = False  # a second click while it is open does not open another

    def open_for_request(self, request_id: int) -> None:
        from partnerdesk.services.documents.vetting import request_title

        if self._open:
            return
        self._open = True
        self.operations.query(
            lambda database: request_title(database, request_id),
            lambda title: self._show(request_id, title),
            if_refused=self._refused,
        )

    def _refused(self, _error: Exception) -> bool:
        self._open = False
        return False  # shown as any other refusal

    def _show(self, request_id: int, title: str) -> None:
        from partnerdesk.ui.editors.kickoff_dialog import KickoffDialog

        try:
            dialog = KickoffDialog(
                title,
                lambda chosen: self.save_agenda(request_id, title, chosen, dialog),
                lambda chosen: self.record_meeting(request_id, chosen, dialog),
                self.parent,
            )
            dialog.exec()
        finally:
            self._open = False

    def save_agenda(
        self, request_id: int, title: str, chosen: KickoffFormat, parent: QWidget
    ) -> None:
        from partnerdesk.services.documents.kickoff import export_kickoff_agenda
        from partnerdesk.ui.vetting_actions import file_name_from

        chosen_file = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate(
                "KickoffActions", "Save the kickoff agenda as a Word document"
            ),
            Path(user_documents_dir())
            / QCoreApplication.translate(
                "KickoffActions", "Kickoff agenda - {file_name_from}.docx"
            ).format(file_name_from=file_name_from(title)),
        )
        if chosen_file is None:
            return
        path, language = chosen_file
        operations = self.operations

        def saved(written: WrittenDocument) -> None:
            if written.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("KickoffActions", "Letterhead not used"),
                    written.letterhead_warning,
                )
            operations.tell(
                QCoreApplication.translate("KickoffActions", "Saved “{name}” in {parent}.").format(
                    name=written.path.name, parent=written.path.parent
                )
            )

        operations.query(
            lambda database: export_kickoff_agenda(
                database, request_id, path, chosen, language=language
            ),
            saved,
            label=QCoreApplication.translate("KickoffActions", "Writing the agenda…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def record_meeting(self, request_id: int, chosen: KickoffFormat, parent: QWidget) -> None:
        from partnerdesk.services.records.kickoff import record_kickoff_meeting
        from partnerdesk.ui.editors.kickoff_dialog import MeetingDialog

        dialog = MeetingDialog(chosen, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        meeting = dialog.meeting()
        self.operations.change(
            lambda database: record_kickoff_meeting(database, request_id, meeting)[1],
            QCoreApplication.translate(
                "KickoffActions", "The kickoff meeting is recorded in the notes."
            ),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        title = QCoreApplication.translate("KickoffActions", "The agenda was not saved")
        return tell_not_written(self.dialogs, title, path, error)

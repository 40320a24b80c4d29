"""The team charter from the request page (issue 19): open its editor, save it as Word.

Its writes go through ui/mou_editing.py's ``EditingThroughOperations``, as the MOU
wizard's do: one small use case per edit, in order, on the database worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from partnerdesk.services.changes import Changes
from partnerdesk.services.database_access import Database
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.mou_editing import EditingThroughOperations
from partnerdesk.ui.operations import Operations

if TYPE_CHECKING:
    from partnerdesk.services.charter.charters import CharterDraft
    from partnerdesk.services.documents.files import WrittenDocument
    from partnerdesk.ui.editors.charter_dialog import CharterDialog


class CharterEditing(EditingThroughOperations):
    def write(self, database: Database, record_id: int, edit: PageEdit) -> Changes:
        from partnerdesk.services.charter.charters import save_charter

        return save_charter(database, record_id, edit)

    def not_saved_title(self) -> str:
        return QCoreApplication.translate("CharterActions", "This team charter is not saved yet")

    def changed_elsewhere_title(self, part: str) -> str:
        return QCoreApplication.translate(
            "CharterActions", "Someone else changed this part of the team charter ({part})"
        ).format(part=part)


class CharterActions:
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
        self.dialog: CharterDialog | None = None
        self._opening = False  # a second click while it is read does not open another

    def open_for_request(self, request_id: int) -> None:
        from partnerdesk.services.charter.charters import read_charter

        if self._opening:
            return
        self._opening = True
        self.operations.query(
            lambda database: read_charter(database, request_id),
            self._show,
            if_refused=self._refused,
        )

    def _refused(self, _error: Exception) -> bool:
        self._opening = False
        return False  # shown as any other refusal

    def _show(self, draft: CharterDraft) -> None:
        from partnerdesk.ui.editors.charter_dialog import CharterDialog

        try:
            editing = CharterEditing(self.operations, self.dialogs)
            dialog = CharterDialog(draft, editing, self.parent)
        except BaseException:
            self._opening = False  # the next click tries again
            raise
        dialog.export_requested.connect(
            lambda request_id: self.export_word(request_id, draft.request_title)
        )
        self.dialog = dialog
        # Run at the next turn of the event loop, as the MOU wizard is: inside this read's
        # own answer, the answers to the dialog's saves would wait until it closed.
        QTimer.singleShot(0, lambda: self._run(dialog))

    def _run(self, dialog: CharterDialog) -> None:
        self._opening = False
        dialog.exec()  # modal: nothing else can be clicked to open another
        if self.dialog is dialog:
            self.dialog = None

    def export_word(self, request_id: int, title: str) -> None:
        from partnerdesk.services.documents.charter import export_charter
        from partnerdesk.ui.vetting_actions import file_name_from

        chosen_file = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate(
                "CharterActions", "Save the team charter as a Word document"
            ),
            Path(user_documents_dir())
            / QCoreApplication.translate("CharterActions", "Team charter - {0}.docx").format(
                file_name_from(title)
            ),
        )
        if chosen_file is None:
            return
        path, language = chosen_file

        def saved(written: WrittenDocument | None) -> None:
            if written is None:
                # Its own words, as a literal the translation tools can find.
                self.dialogs.inform(
                    QCoreApplication.translate("CharterActions", "Nothing to export yet"),
                    QCoreApplication.translate(
                        "CharterActions",
                        "This team charter is still empty, so there is nothing to export. "
                        "Write at least one of its parts first.",
                    ),
                )
                return
            if written.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("CharterActions", "Letterhead not used"),
                    written.letterhead_warning,
                )
            self.operations.tell(
                QCoreApplication.translate("CharterActions", "Saved “{0}” in {1}.").format(
                    written.path.name, written.path.parent
                )
            )

        self.operations.query(
            lambda database: export_charter(database, request_id, path, language),
            saved,
            label=QCoreApplication.translate("CharterActions", "Writing the team charter…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        title = QCoreApplication.translate("CharterActions", "The team charter was not saved")
        return tell_not_written(self.dialogs, title, path, error)

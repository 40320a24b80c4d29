"""The results report for leaders from the request page (issue 19): the dialog, saving what
the user typed, and writing the report, each through ``Operations``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.operations import Operations

if TYPE_CHECKING:
    from partnerdesk.services.changes import Changes
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.documents.files import WrittenDocument
    from partnerdesk.services.results.report import ResultsForm
    from partnerdesk.ui.editors.results_dialog import ResultsReportDialog


@dataclass
class _Chain:
    """The version the last save of this dialog left: the next save is based on it.

    Read and written on the database worker only (in the saves themselves), so saves sent
    one after the other — leaving just after "Save the report…" — never refuse each other.
    """

    request_id: int
    row_version: int | None
    dialog: ResultsReportDialog | None = None


class ResultsActions:
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

    def open_for_request(self, request_id: int) -> None:
        from partnerdesk.services.results.report import read_results_form

        self.operations.open_once(
            "results report",
            lambda database: read_results_form(database, request_id),
            lambda form: self._show(request_id, form),
            if_refused=self._not_a_partnership,
        )

    def _not_a_partnership(self, error: Exception) -> bool:
        from partnerdesk.services.results.report import NotAPartnershipError

        if not isinstance(error, NotAPartnershipError):
            return False  # shown as any other refusal
        self.dialogs.inform(
            QCoreApplication.translate("ResultsActions", "Not a partnership yet"), str(error)
        )
        return True

    def _show(self, request_id: int, form: ResultsForm) -> None:
        from partnerdesk.ui.editors.results_dialog import ResultsReportDialog

        chain = _Chain(request_id, form.row_version)
        dialog = ResultsReportDialog(
            form,
            lambda typed: self.save(chain, typed),
            lambda typed: self.save_report(chain, form.request_title, typed),
            self.parent,
        )
        chain.dialog = dialog
        try:
            dialog.exec()
        finally:
            chain.dialog = None
            dialog.deleteLater()

    # Saving ---------------------------------------------------------------------------
    def save(self, chain: _Chain, typed: ResultsForm, *, keep_mine: bool = False) -> None:
        from partnerdesk.services.errors import ChangedElsewhereError
        from partnerdesk.services.results.report import ResultsForm, save_results_form
        from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD, conflict_text

        def work(database: Database) -> Changes:
            sent = replace(typed, row_version=None if keep_mine else chain.row_version)
            chain.row_version, changes = save_results_form(database, chain.request_id, sent)
            return changes

        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            theirs = error.theirs if isinstance(error.theirs, ResultsForm) else None
            choice = self.dialogs.choose(
                QCoreApplication.translate(
                    "ResultsActions", "Someone else changed this results report"
                ),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                self.save(chain, typed, keep_mine=True)
                return
            if choice == RELOAD and theirs is not None:
                chain.row_version = theirs.row_version
                if chain.dialog is not None:
                    chain.dialog.load(theirs)
                self.operations.tell(
                    QCoreApplication.translate(
                        "ResultsActions", "Your colleague's version of the report is shown."
                    )
                )
                return
            if chain.dialog is None:
                # Closed without choosing, the dialog gone: what was typed is told, not lost.
                self.dialogs.inform(
                    QCoreApplication.translate(
                        "ResultsActions", "Your results report was not saved"
                    ),
                    QCoreApplication.translate(
                        "ResultsActions", "What you typed was:\n\n{typed}"
                    ).format(typed=_typed_words(typed)),
                )

        self.operations.change(
            work,
            QCoreApplication.translate("ResultsActions", "Results report saved."),
            if_changed_elsewhere=settle,
        )

    # Writing the report -------------------------------------------------------------
    def save_report(self, chain: _Chain, title: str, typed: ResultsForm | None) -> None:
        from partnerdesk.services.documents.results import export_results_report
        from partnerdesk.ui.vetting_actions import file_name_from

        chosen_file = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate(
                "ResultsActions", "Save the results report as a Word document"
            ),
            Path(user_documents_dir())
            / QCoreApplication.translate(
                "ResultsActions", "Results report - {file_name_from}.docx"
            ).format(file_name_from=file_name_from(title)),
        )
        if chosen_file is None:
            if typed is not None:
                self.save(chain, typed)  # typed is kept even when no file was chosen
            return
        path, language = chosen_file
        if typed is not None:
            # Saved first: the worker runs one task after the other, so the report read
            # next holds what was just typed.
            self.save(chain, typed)
        operations = self.operations

        def written(document: WrittenDocument) -> None:
            if document.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("ResultsActions", "Letterhead not used"),
                    document.letterhead_warning,
                )
            operations.tell(
                QCoreApplication.translate("ResultsActions", "Saved “{name}” in {folder}.").format(
                    name=document.path.name, folder=document.path.parent
                )
            )

        request_id = chain.request_id
        operations.query(
            lambda database: export_results_report(database, request_id, path, language=language),
            written,
            label=QCoreApplication.translate("ResultsActions", "Writing the results report…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        title = QCoreApplication.translate("ResultsActions", "The results report was not saved")
        return tell_not_written(self.dialogs, title, path, error)


def _typed_words(typed: ResultsForm) -> str:
    parts = [typed.story, typed.story_by, typed.next_steps]
    parts += [f"{item.goal}: {item.figure} {item.as_of}".strip() for item in typed.figures]
    return "\n\n".join(part for part in parts if part.strip())

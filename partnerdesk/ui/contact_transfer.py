"""File → Import contacts / Export contacts, and undoing an import, for the main window.

Reading, matching and writing all run off the GUI thread with a progress bar and Cancel;
cancelling (or any error) leaves the store exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.core.dates import friendly_date
from partnerdesk.services.changes import Changes
from partnerdesk.ui.change_runner import ChangeRunner, report_failure
from partnerdesk.ui.tasks import Progress, TaskFailure

if TYPE_CHECKING:
    from partnerdesk.services.transfer.contact_import import ImportPlan, ImportResult

# The import and export modules (and vobject behind them) are imported when first used,
# not when the window opens: most sessions never import a file.

CONTACT_FILES = "Contact files (*.csv *.vcf *.vcard);;All files (*)"


class ContactTransfer:
    def __init__(self, parent: QWidget, changes: ChangeRunner) -> None:
        # The change runner already knows the store, the task runner, the dialogs helper
        # and how to refresh and tell: the same for everything the window does.
        self.parent = parent
        self.database = changes.database
        self.tasks = changes.tasks
        self.dialogs = changes.dialogs
        self.refresh = changes.refresh
        self.tell = changes.tell

    # Import -------------------------------------------------------------------
    def import_contacts(self) -> None:
        from partnerdesk.imports.csv_formats import CsvFormat
        from partnerdesk.services.transfer.contact_import import (
            UnreadableFileError,
            detect_file,
            preview_import,
        )
        from partnerdesk.ui.import_dialogs import ColumnMappingDialog

        path = self.dialogs.open_file("Import contacts", Path.home(), CONTACT_FILES)
        if path is None:
            return
        mapping = None
        try:
            detection = detect_file(path)
        except UnreadableFileError as error:
            self.dialogs.inform("This file cannot be imported", str(error))
            return
        if detection.file_format == CsvFormat.GENERIC:
            dialog = ColumnMappingDialog(path.name, detection, self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            mapping = dialog.mapping()

        def read(progress: Progress) -> ImportPlan:
            with self.database.session() as session:
                return preview_import(
                    session,
                    path,
                    mapping,
                    progress=lambda done, total: progress.report(done, total, "Reading…"),
                    cancelled=lambda: progress.cancelled,
                )

        self.tasks.run(
            read,
            lambda plan: self._preview(path, plan),
            self._failed,
            label=f"Reading {path.name}…",
            cancellable=True,
        )

    def _preview(self, path: Path, plan: ImportPlan) -> None:
        from partnerdesk.services.transfer.contact_import import apply_import
        from partnerdesk.ui.import_dialogs import ImportPreviewDialog

        dialog = ImportPreviewDialog(path.name, plan, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decisions = dialog.decisions()

        def write(progress: Progress) -> ImportResult:
            with self.database.session() as session:
                return apply_import(
                    session,
                    plan,
                    decisions,
                    progress=lambda done, total: progress.report(done, total, "Importing…"),
                    cancelled=lambda: progress.cancelled,
                )

        def done(result: ImportResult) -> None:
            self.refresh(result.changes)
            self.tell(
                f"Imported {path.name}: {result.counts.line()}. "
                "Edit → Undo an import… takes it back."
            )

        self.tasks.run(write, done, self._failed, label="Importing contacts…", cancellable=True)

    def undo_last_import(self) -> None:
        from partnerdesk.services.transfer.contact_import import list_imports, undo_import

        with self.database.session() as session:
            imports = [entry for entry in list_imports(session) if entry.undone_at is None]
        if not imports:
            self.dialogs.inform("Nothing to undo", "There is no import to undo.")
            return
        choices = [
            f"{entry.file_name} — {friendly_date(entry.imported_at.astimezone().date())} "
            f"({entry.counts.line()})"
            for entry in imports
        ]
        choice = self.dialogs.pick("Undo an import", "Which import should be undone?", choices)
        if choice is None:
            return
        batch_id = imports[choices.index(choice)].id

        def work(_progress: Progress) -> Changes:
            with self.database.session() as session:
                return undo_import(session, batch_id)

        def done(changes: Changes) -> None:
            self.refresh(changes)
            self.tell("The import was undone: new contacts went to the trash, merges reverted.")

        self.tasks.run(work, done, self._failed, label="Undoing the import…")

    # Export -------------------------------------------------------------------
    def export_contacts(self) -> None:
        from partnerdesk.services.transfer.contact_export import export_contacts

        path = self.dialogs.save_file(
            "Export contacts",
            Path.home() / "partnerdesk-contacts.csv",
            "Spreadsheet (*.csv);;vCard (*.vcf)",
        )
        if path is None:
            return

        def work(_progress: Progress) -> int:
            with self.database.session() as session:
                return export_contacts(session, path)

        self.tasks.run(
            work,
            lambda count: self.tell(f"Exported {count} contacts to {path}."),
            self._failed,
            label="Exporting contacts…",
        )

    # Shared -------------------------------------------------------------------
    def _failed(self, failure: TaskFailure) -> None:
        report_failure(self.dialogs, failure)

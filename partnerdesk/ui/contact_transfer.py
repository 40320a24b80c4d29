"""File → Import contacts / Export contacts, and undoing an import, for the main window.

Reading, matching and writing all run off the GUI thread with a progress bar and Cancel;
cancelling (or any error) leaves the store exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages
from partnerdesk.services.changes import Changes
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.tasks import Progress

if TYPE_CHECKING:
    from partnerdesk.imports.csv_mapping import ColumnMapping
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.transfer.contact_import import ImportPlan, ImportSummary
    from partnerdesk.ui.import_dialogs import ImportPreviewDialog

# The import and export modules (and vobject behind them) are imported when first used,
# not when the window opens: most sessions never import a file.

CONTACT_FILES = QT_TRANSLATE_NOOP(
    "contact_transfer", "Contact files (*.csv *.vcf *.vcard);;All files (*)"
)

# Plural forms (core/translation.py: the variable is named like its context).
contact_transfer = Messages("contact_transfer")


class ContactTransfer:
    def __init__(self, parent: QWidget, operations: Operations) -> None:
        self.parent = parent
        self.operations = operations
        self.dialogs = operations.dialogs

    # Import -------------------------------------------------------------------
    def import_contacts(self) -> None:
        from partnerdesk.imports.csv_formats import CsvFormat
        from partnerdesk.services.transfer.contact_import import (
            UnreadableFileError,
            detect_file,
            preview_import,
        )
        from partnerdesk.ui.import_dialogs import ColumnMappingDialog

        path = self.dialogs.open_file(
            QCoreApplication.translate("ContactTransfer", "Import contacts"),
            Path.home(),
            QCoreApplication.translate("contact_transfer", CONTACT_FILES),
        )
        if path is None:
            return
        mapping = None
        try:
            detection = detect_file(path)
        except UnreadableFileError as error:
            self.dialogs.inform(
                QCoreApplication.translate("ContactTransfer", "This file cannot be imported"),
                str(error),
            )
            return
        if detection.file_format == CsvFormat.GENERIC:
            dialog = ColumnMappingDialog(path.name, detection, self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            mapping = dialog.mapping()

        def read(database: Database, progress: Progress) -> ImportPlan:
            return preview_import(
                database,
                path,
                mapping,
                progress=lambda done, total: progress.report(
                    done, total, QCoreApplication.translate("ContactTransfer", "Reading…")
                ),
                cancelled=lambda: progress.cancelled,
            )

        self.operations.long_query(
            read,
            lambda plan: self._preview(path, plan),
            label=QCoreApplication.translate("ContactTransfer", "Reading {name}…").format(
                name=path.name
            ),
            cancellable=True,
        )

    def _preview(self, path: Path, plan: ImportPlan) -> None:
        from partnerdesk.services.transfer.contact_import import (
            WAITING_MESSAGE,
            ImportResult,
            apply_import,
        )
        from partnerdesk.ui.import_dialogs import ImportPreviewDialog

        dialog = ImportPreviewDialog(path.name, plan, self.parent)
        dialog.encoding_chosen.connect(lambda encoding: self._read_again(dialog, encoding))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan = dialog.plan  # read again if the user chose another encoding
        decisions = dialog.decisions()
        # What was imported is told once it is committed; the change itself names only
        # what it touched, which the views re-read.
        imported: list[ImportResult] = []

        def write(database: Database, progress: Progress) -> Changes:
            result = apply_import(
                database,
                plan,
                decisions,
                progress=lambda done, total: progress.report(
                    done, total, QCoreApplication.translate("ContactTransfer", "Importing…")
                ),
                cancelled=lambda: progress.cancelled,
                # In the progress dialog's text; Cancel still works while it waits.
                waiting=lambda: progress.report(0, 0, WAITING_MESSAGE),
            )
            imported.append(result)
            return result.changes

        self.operations.long_change(
            write,
            label=QCoreApplication.translate("ContactTransfer", "Importing contacts…"),
            cancellable=True,
            after=lambda: self.operations.tell(
                QCoreApplication.translate(
                    "ContactTransfer",
                    "Imported {name}: {line}. Edit → Undo an import… takes it back.",
                ).format(name=path.name, line=imported[0].counts.line())
            ),
        )

    def _read_again(self, dialog: ImportPreviewDialog, encoding: str) -> None:
        """The file read in the encoding the user chose, shown in the open preview."""
        from partnerdesk.services.transfer.contact_import import (
            ImportCancelledError,
            UnreadableFileError,
            preview_import,
        )

        path, mapping = dialog.plan.path, dialog.plan.mapping or None

        def read(database: Database, progress: Progress) -> ImportPlan:
            def again(chosen: ColumnMapping | None) -> ImportPlan:
                return preview_import(
                    database,
                    path,
                    chosen,
                    progress=lambda done, total: progress.report(
                        done, total, QCoreApplication.translate("ContactTransfer", "Reading…")
                    ),
                    cancelled=lambda: progress.cancelled,
                    encoding=encoding,
                )

            try:
                return again(mapping)
            except ValueError:  # the columns chosen have other names in this encoding
                return again(None)

        def refused(error: Exception) -> bool:
            if not isinstance(error, UnreadableFileError | ImportCancelledError):
                return False
            dialog.show_plan(dialog.plan)  # back to the encoding that worked
            if isinstance(error, UnreadableFileError):
                self.dialogs.inform(
                    QCoreApplication.translate(
                        "ContactTransfer", "The file cannot be read that way"
                    ),
                    str(error),
                )
            return True

        self.operations.long_query(
            read,
            dialog.show_plan,
            label=QCoreApplication.translate("ContactTransfer", "Reading {name} again…").format(
                name=path.name
            ),
            cancellable=True,
            if_refused=refused,
        )

    def undo_last_import(self) -> None:
        from partnerdesk.services.transfer.contact_import import list_imports

        self.operations.query(
            lambda database: [entry for entry in list_imports(database) if entry.undone_at is None],
            self._choose_import_to_undo,
            once="undo-import",  # a second click while they are read asks nothing more
        )

    def _choose_import_to_undo(self, imports: list[ImportSummary]) -> None:
        from partnerdesk.services.transfer.contact_import import undo_import

        if not imports:
            self.dialogs.inform(
                QCoreApplication.translate("ContactTransfer", "Nothing to undo"),
                QCoreApplication.translate("ContactTransfer", "There is no import to undo."),
            )
            return
        choices = [
            f"{entry.file_name} — {friendly_date(entry.imported_at.astimezone().date())} "
            f"({entry.counts.line()})"
            for entry in imports
        ]
        choice = self.dialogs.pick(
            QCoreApplication.translate("ContactTransfer", "Undo an import"),
            QCoreApplication.translate("ContactTransfer", "Which import should be undone?"),
            choices,
        )
        if choice is None:
            return
        batch_id = imports[choices.index(choice)].id
        self.operations.change(
            lambda database: undo_import(database, batch_id),
            QCoreApplication.translate(
                "ContactTransfer",
                "The import was undone: new contacts went to the trash, merges reverted.",
            ),
            label=QCoreApplication.translate("ContactTransfer", "Undoing the import…"),
        )

    # Export -------------------------------------------------------------------
    def export_contacts(self) -> None:
        from partnerdesk.services.transfer.contact_export import (
            ContactFileFormat,
            export_contacts,
        )

        # Asked first: Google and Outlook each import only their own CSV's columns.
        formats = list(ContactFileFormat)
        labels = [file_format.label for file_format in formats]
        choice = self.dialogs.pick(
            QCoreApplication.translate("ContactTransfer", "Export contacts"),
            QCoreApplication.translate("ContactTransfer", "Export the contacts for which program?"),
            labels,
        )
        if choice is None:
            return
        file_format = formats[labels.index(choice)]
        name, file_types = _SAVE_AS[file_format]
        path = self.dialogs.save_file(
            QCoreApplication.translate("ContactTransfer", "Export contacts"),
            Path.home() / name,
            QCoreApplication.translate("contact_transfer", file_types),
        )
        if path is None:
            return
        extension = Path(name).suffix
        if path.suffix.casefold() != extension:  # the dialog may leave it to the user
            path = path.with_name(path.name + extension)
        self.operations.query(
            lambda database: export_contacts(database, path, file_format),
            lambda count: self.operations.tell(
                contact_transfer.tr("Exported %n contact(s) to {path}.", "", count).format(
                    path=path
                )
            ),
            label=QCoreApplication.translate("ContactTransfer", "Exporting contacts…"),
        )


# The suggested file name and the file dialog's types, for each export format.
_SAVE_AS = {
    "partnerdesk": (
        "partnerdesk-contacts.csv",
        QT_TRANSLATE_NOOP("contact_transfer", "Spreadsheet (*.csv)"),
    ),
    "google": (
        "contacts-for-google.csv",
        QT_TRANSLATE_NOOP("contact_transfer", "Spreadsheet (*.csv)"),
    ),
    "outlook": (
        "contacts-for-outlook.csv",
        QT_TRANSLATE_NOOP("contact_transfer", "Spreadsheet (*.csv)"),
    ),
    "vcard": ("partnerdesk-contacts.vcf", QT_TRANSLATE_NOOP("contact_transfer", "vCard (*.vcf)")),
    "vcard-per-contact": (
        "contacts-for-outlook.zip",
        QT_TRANSLATE_NOOP("contact_transfer", "vCards in a .zip (*.zip)"),
    ),
}

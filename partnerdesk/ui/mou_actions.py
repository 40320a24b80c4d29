"""MOUs for the main window: start or open the wizard, export, e-mail, versions, reviews.

The wizard's own writes are in ui/mou_editing.py; the Word export and the calendar run as
background tasks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_documents_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.mou.drafts import (
    create_mou,
    load_draft,
    mou_for_request,
)
from partnerdesk.services.mou.versions import (
    compare,
    list_versions,
    restore_version,
    unchanged_since,
    version_sections,
)
from partnerdesk.services.records.requests import get_request
from partnerdesk.ui.change_runner import ChangeRunner, report_failure
from partnerdesk.ui.editors.mou_versions_dialog import MouVersionsDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.email_actions import EmailActions
from partnerdesk.ui.mou_editing import MouEditing
from partnerdesk.ui.tasks import Progress, TaskFailure
from partnerdesk.ui.vetting_actions import WORD_FILES, file_name_from

MOU_CHANGED = Changes(frozenset({RecordKind.REQUEST, RecordKind.ORGANIZATION}))
# The folder the last Word or calendar file was saved in, in the data folder's settings.
LAST_FOLDER_KEY = "exports/last_folder"
ATTACH_AS_IT_IS = "Attach it as it is now"
SAVE_NEW_VERSION = "Save a new version…"


@dataclass(frozen=True)
class ExportedFile:
    """A Word file this window wrote for an MOU: attached again to an e-mail as long as
    the MOU, and the file, are as they were."""

    path: Path
    version: int
    title: str
    size: int
    modified_ns: int

    @classmethod
    def of(cls, path: Path, version: int, title: str) -> ExportedFile:
        written = path.stat()
        return cls(path, version, title, written.st_size, written.st_mtime_ns)

    def edited_since(self) -> bool:
        now = self.path.stat()
        return (now.st_size, now.st_mtime_ns) != (self.size, self.modified_ns)


class MouActions:
    def __init__(
        self,
        parent: QWidget,
        changes: ChangeRunner,
        email: EmailActions,
        settings: QSettings | None = None,
    ) -> None:
        """``settings``: the data folder's, where the last folder saved in is kept."""
        self.parent = parent
        self.email = email
        self.changes = changes
        self.database = changes.database
        self.dialogs = changes.dialogs
        self.settings = settings
        self.wizard: MouWizard | None = None
        # The last Word file written for each MOU (by id), to attach without saving again.
        self.exported: dict[int, ExportedFile] = {}

    def save_folder(self) -> Path:
        """Where the save dialog starts: the folder last saved in, while it exists."""
        if self.settings is not None:
            chosen = str(self.settings.value(LAST_FOLDER_KEY, "") or "")
            if chosen and Path(chosen).is_dir():
                return Path(chosen)
        return Path(user_documents_dir())

    def _remember_folder(self, folder: Path) -> None:
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER_KEY, str(folder))
            self.settings.sync()

    # Opening --------------------------------------------------------------------
    def open_for_request(self, request_id: int) -> None:
        with self.database.session() as session:
            mou_id = mou_for_request(session, request_id)
            title = get_request(session, request_id).title
        if mou_id is None:
            if not self.dialogs.confirm(
                "Start an MOU?",
                f"Start a memorandum of understanding for “{title}”? PartnerDesk fills in "
                "what it already knows: the parties and who signs, the funding and when it "
                "ends, the say you want, the capacity matrix and the answers on data and "
                "sustainability. You change anything you like.",
                action="Start the MOU",
            ):
                return
            with self.database.session() as session:
                mou_id, _ = create_mou(session, request_id)
        self.open_mou(mou_id)

    def new_from_scratch(self) -> None:
        with self.database.session() as session:
            mou_id, _ = create_mou(session, None, "New memorandum of understanding")
        self.open_mou(mou_id)

    def open_mou(self, mou_id: int) -> None:
        from partnerdesk.core.mou_clauses import ClauseFileError, shipped_clauses

        try:
            with self.database.session() as session:
                draft = load_draft(session, mou_id)
        except RecordMissingError as error:
            self.dialogs.inform("Not found", str(error))
            return
        try:
            clauses = shipped_clauses()
        except ClauseFileError as error:
            self.changes.tell(f"Standard wording is not available: {error}")
            clauses = {}
        wizard = MouWizard(draft, MouEditing(self.database, self.dialogs), clauses, self.parent)
        wizard.export_requested.connect(self.export_word)
        wizard.copy_requested.connect(self.copy_text)
        wizard.versions_requested.connect(self.show_versions)
        wizard.email_requested.connect(self.email_draft)
        self.wizard = wizard
        wizard.exec()
        self.wizard = None
        self.changes.refresh(MOU_CHANGED)

    # Exporting ------------------------------------------------------------------
    def export_word(self, mou_id: int, then_email: bool = False) -> None:
        from partnerdesk.services.documents.mou import mou_title

        self.changes.operations.query(
            lambda database: mou_title(database, mou_id),
            lambda title: self._export_word(mou_id, title, then_email),
        )

    def _export_word(self, mou_id: int, title: str, then_email: bool) -> None:
        from partnerdesk.services.changes import Detail
        from partnerdesk.services.documents.mou import MouExport, export_mou

        operations = self.changes.operations
        path = self.dialogs.save_file(
            "Save the MOU as a Word document" + (" to attach" if then_email else ""),
            self.save_folder() / f"{file_name_from(title)}.docx",
            WORD_FILES,
        )
        if path is None:
            return
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        self._remember_folder(path.parent)
        note = self.dialogs.ask_text(
            "A note for this version",
            "What is this version for? (optional, e.g. “sent to Angela for comments”)",
            "Sent to our partner for comments" if then_email else "",
        )
        if note is None:
            return

        def done(result: MouExport) -> None:
            operations.apply(Changes.of(Detail.MOU))  # a version was recorded
            self.exported[mou_id] = ExportedFile.of(path, result.version, title)
            open_points = (
                f" It lists {len(result.findings)} points still to settle."
                if result.findings
                else ""
            )
            operations.tell(f"Saved version {result.version} as “{path.name}”.{open_points}")
            if result.letterhead_warning:
                self.dialogs.inform("Your letterhead was not used", result.letterhead_warning)
            if self.wizard is not None:
                self.wizard.refresh_findings()
            if then_email:
                self._email_exported(mou_id, path, result.version)

        operations.query(
            lambda database: export_mou(database, mou_id, path, note),
            done,
            label="Writing the MOU…",
            if_refused=lambda error: self._not_written(path, error),
        )

    def _failed(self, path: Path, failure: TaskFailure) -> None:
        if not self._not_written(path, failure.error):
            report_failure(self.dialogs, failure)

    def _not_written(self, path: Path, error: BaseException) -> bool:
        """A file that could not be written, said so; False for what else went wrong."""
        if not isinstance(error, OSError):
            return False
        self.dialogs.inform(
            "The document was not saved",
            f"PartnerDesk could not write {path.name} in {path.parent}: "
            f"{error.strerror or 'the file could not be written'}. Choose another "
            "folder, or close the file if Word has it open. No version was recorded.",
        )
        return True

    def copy_text(self, mou_id: int) -> None:
        from partnerdesk.services.mou.export import mou_as_text

        with self.database.session() as session:
            text = mou_as_text(session, mou_id)
        QApplication.clipboard().setText(text)
        self.changes.tell("The MOU is copied as plain text: paste it into an e-mail or document.")

    def email_draft(self, mou_id: int) -> None:
        """Hand the MOU to the mail program as a draft: the Word file just exported when the
        MOU has not changed since, else a new version exported first (saying why)."""
        exported = self.exported.get(mou_id)
        if exported is None:
            self.export_word(mou_id, then_email=True)
            return
        name, folder, number = exported.path.name, exported.path.parent, exported.version
        with self.database.session() as session:
            unchanged = unchanged_since(session, mou_id, number)
            unchanged = unchanged and load_draft(session, mou_id).title == exported.title
        if not unchanged:
            reason = (
                f"The MOU has changed since version {number} was saved as “{name}”, so "
                "PartnerDesk saves it again, as a new version, to attach to the e-mail."
            )
        elif not exported.path.is_file():
            reason = (
                f"Version {number} was saved as “{name}” in {folder}, but the file is no "
                "longer there, so PartnerDesk saves the MOU again to attach to the e-mail. "
                "This records a new version."
            )
        elif exported.edited_since():
            choice = self.dialogs.choose(
                "The Word file was changed",
                f"Version {number} was saved as “{name}” in {folder}, and the file has been "
                "changed since (in Word, perhaps). Attach the file as it is now, or save a "
                "new version from PartnerDesk?",
                [ATTACH_AS_IT_IS, SAVE_NEW_VERSION],
                close="Cancel",
            )
            if choice == ATTACH_AS_IT_IS:
                self._email_exported(mou_id, exported.path, number)
            elif choice == SAVE_NEW_VERSION:
                self.export_word(mou_id, then_email=True)
            return
        else:
            self.changes.tell(
                f"Attaching version {number}, “{name}”: the MOU has not changed since it was saved."
            )
            self._email_exported(mou_id, exported.path, number)
            return
        if self.dialogs.confirm("A new version is needed", reason, action=SAVE_NEW_VERSION):
            self.export_word(mou_id, then_email=True)

    def _email_exported(self, mou_id: int, document: Path, version: int) -> None:
        from partnerdesk.services.mou.email import mou_email

        with self.database.session() as session:
            details = mou_email(session, mou_id, version)
        if details.organization_id is None:
            self.dialogs.inform(
                "Who should it go to?",
                "This MOU was started from scratch, so PartnerDesk does not know whose "
                f"people to offer. The document is saved as “{document.name}” in "
                f"{document.parent}: attach it to an e-mail in your mail program.",
            )
            return
        self.email.draft_email(
            details.organization_id,
            document,
            details.subject,
            details.body,
            details.chosen_contact_ids,
        )

    # Versions -------------------------------------------------------------------
    def show_versions(self, mou_id: int) -> None:
        with self.database.session() as session:
            versions = list_versions(session, mou_id)

        def comparison(older: int, newer: int | None) -> Any:
            with self.database.session() as session:
                return compare(session, mou_id, older, newer)

        def restore(number: int) -> bool:
            if not self.dialogs.confirm(
                "Restore this version?",
                f"Make version {number} the current draft? The draft you have now is kept "
                "as a version first, so you can come back to it.",
                action="Restore",
            ):
                return False
            with self.database.session() as session:
                restore_version(session, mou_id, number)
            return True

        def full_text(number: int) -> str:
            from partnerdesk.core.mou_text import mou_plain_text

            with self.database.session() as session:
                title = load_draft(session, mou_id).title
                sections = version_sections(session, mou_id, number)
            return mou_plain_text(title, sections, f"Version {number}")

        dialog = MouVersionsDialog(
            versions, comparison, restore, full_text, self.wizard or self.parent
        )
        dialog.exec()
        if dialog.restored and self.wizard is not None:
            # The wizard shows the restored draft: reopen it on the same page.
            wizard = self.wizard
            wizard.close()
            self.changes.tell(f"Version {dialog.older.currentData()} is the current draft.")
            self.open_mou(mou_id)

    # Calendar -----------------------------------------------------------------
    def export_review_calendar(self) -> None:
        from partnerdesk.services.mou.review_calendar import write_review_calendar

        path = self.dialogs.save_file(
            "Save MOU review dates as a calendar file",
            self.save_folder() / "MOU reviews.ics",
            "Calendar file (*.ics)",
        )
        if path is None:
            return
        self._remember_folder(path.parent)

        def work(_progress: Progress) -> int:
            with self.database.session() as session:
                return write_review_calendar(session, path)

        self.changes.tasks.run(
            work,
            lambda count: self.changes.tell(
                f"Saved {count} review dates in “{path.name}”: open it with your calendar."
            ),
            lambda failure: self._failed(path, failure),
            label="Writing the calendar…",
        )

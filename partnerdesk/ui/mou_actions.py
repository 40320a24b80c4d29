"""MOUs for the main window: start or open the wizard, export, e-mail, versions, reviews.

Every read and write goes through ``Operations`` on the database worker; the wizard's own
writes are in ui/mou_editing.py.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.core.mou_checks import check_mou, check_words
from partnerdesk.core.mou_document import OpenPoints
from partnerdesk.core.mou_sections import sections_in
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.mou.drafts import (
    MouDraft,
    RequestMou,
    draft_as_text,
    find_request_mou,
    read_draft,
    start_mou,
)
from partnerdesk.services.mou.versions import (
    VersionSummary,
    bring_back_version,
    compare_versions_of,
    exported_still_current,
    version_text,
    versions_of,
)
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import (
    choose_word_document,
    document_language_for,
)
from partnerdesk.ui.editors.mou_versions_dialog import MouVersionsDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.email_actions import EmailActions
from partnerdesk.ui.export_folder import export_folder, remember_export_folder
from partnerdesk.ui.language import content_language
from partnerdesk.ui.mou_editing import MouEditing
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.vetting_actions import file_name_from

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.mou.email import MouEmail
# The folder the last Word or calendar file was saved in, in the data folder's settings.
ATTACH_AS_IT_IS = QT_TRANSLATE_NOOP("Dialogs", "Attach it as it is now")
# Where an export puts the points still to settle; the last choice, in the settings.
OPEN_POINTS_KEY = "exports/mou_open_points"
OPEN_POINTS_IN_COVER_NOTE = QT_TRANSLATE_NOOP(
    "Dialogs", "In a cover note for us, saved beside the MOU"
)
OPEN_POINTS_IN_MOU = QT_TRANSLATE_NOOP(
    "Dialogs", "In the MOU, as a list of open points for both parties"
)
SAVE_NEW_VERSION = QT_TRANSLATE_NOOP("Dialogs", "Save a new version…")

Result = TypeVar("Result")


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


# Plural forms outside a widget (core/translation.py: the name is the context).
mou_actions = Messages("mou_actions")


class MouActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        email: EmailActions,
        settings: QSettings | None = None,
        data_dir: Path | None = None,
        sign: Callable[[int, QWidget], None] | None = None,
    ) -> None:
        """``settings``: the data folder's, where the last folder saved in is kept;
        ``data_dir``: the data folder (its letterhead is used for Word exports);
        ``sign``: marks an MOU (by id) as signed, asking over the given window."""
        self.sign = sign
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.email = email
        self.settings = settings
        self.data_dir = data_dir
        self.wizard: MouWizard | None = None
        # An MOU is being read to open: a second click on MOU… (or on a review on the
        # Today page) meanwhile does not open a second wizard over the first.
        self._opening = False
        # Exports and e-mails being prepared (read first): a second click meanwhile would
        # ask for a second file over the first.
        self._preparing: set[str] = set()
        # The last Word file written for each MOU (by id), to attach without saving again.
        self.exported: dict[int, ExportedFile] = {}

    def save_folder(self) -> Path:
        """Where the save dialog starts: the folder last saved in, while it exists."""
        return export_folder(self.settings)

    def _remember_folder(self, folder: Path) -> None:
        remember_export_folder(self.settings, folder)

    # Opening --------------------------------------------------------------------
    def _if_missing(self, error: Exception) -> bool:
        if isinstance(error, RecordMissingError):
            self.dialogs.inform(QCoreApplication.translate("MouActions", "Not found"), str(error))
            return True
        return False

    def _not_opened(self, error: Exception) -> bool:
        self._opening = False
        return self._if_missing(error)

    def open_for_request(self, request_id: int) -> None:
        if self._opening:
            return
        self._opening = True
        self.operations.query(
            lambda database: find_request_mou(database, request_id),
            lambda found: self._open_or_start(request_id, found),
            if_refused=self._not_opened,
        )

    def _open_or_start(self, request_id: int, found: RequestMou) -> None:
        if found.mou_id is not None:
            self._read_and_open(found.mou_id)
            return
        self._opening = False
        if not self.dialogs.confirm(
            QCoreApplication.translate("MouActions", "Start an MOU?"),
            QCoreApplication.translate(
                "MouActions",
                "Start a memorandum of understanding for “{request_title}”? "
                "PartnerDesk fills in what it already knows: the parties and "
                "who signs, the funding and when it ends, how much say you want, "
                "the capacity matrix and the answers on data and "
                "sustainability. You change anything you like.",
            ).format(request_title=found.request_title),
            action=QCoreApplication.translate("MouActions", "Start the MOU"),
        ):
            return
        self._start(request_id, "")

    def _sign(self, mou_id: int, over: QWidget) -> None:
        if self.sign is not None:
            self.sign(mou_id, over)

    def new_from_scratch(self) -> None:
        self._start(
            None, QCoreApplication.translate("MouActions", "New memorandum of understanding")
        )

    def _start(self, request_id: int | None, title: str) -> None:
        started: list[int] = []
        # The first wording is written once, in the language this screen shows.
        language = content_language()

        def work(database: Database) -> Changes:
            mou_id, changes = start_mou(database, request_id, title, language)
            started.append(mou_id)
            return changes

        # once: a second click while the draft is being made makes no second draft.
        self.operations.change(
            work, after=lambda: self.open_mou(started[0]), once=f"start-mou-{request_id}"
        )

    def open_mou(self, mou_id: int) -> None:
        """Read the draft on the database worker, then show the wizard on it (once: a
        second click while it is read is ignored)."""
        if self._opening:
            return
        self._opening = True
        self._read_and_open(mou_id)

    def _read_and_open(self, mou_id: int) -> None:
        # The wizard speaks the window's language: its sections' words and the check's
        # are read on the worker, with the draft (then kept for the rest of the run).
        language = content_language()

        def read(database: Database) -> MouDraft:
            from partnerdesk.core.mou_clauses import ClauseFileError, shipped_clauses

            draft = read_draft(database, mou_id)
            sections_in(language)
            check_words(language)
            # A broken file is said when the wizard opens, which reads them again.
            with suppress(ClauseFileError):
                shipped_clauses(language)
            return draft

        self.operations.query(
            read,
            lambda draft: self._show_wizard(draft, language),
            if_refused=self._not_opened,
        )

    def _show_wizard(self, draft: MouDraft, language: str = "en") -> None:
        from partnerdesk.core.mou_clauses import ClauseFileError, shipped_clauses

        try:
            # In the window's language, as the rest of the wizard: the standard wording
            # is put where the user reads and edits it, and the MOU's text is theirs
            # (a document's language changes its headings, never what they wrote).
            clauses = shipped_clauses(language)
        except ClauseFileError as error:
            self.operations.tell(
                QCoreApplication.translate(
                    "MouActions", "Standard wording is not available: {error}"
                ).format(error=error)
            )
            clauses = {}
        try:
            wizard = MouWizard(
                draft,
                MouEditing(self.operations, self.dialogs),
                clauses,
                self.parent,
                language=language,
            )
        except BaseException:
            self._opening = False  # the next click tries again
            raise
        wizard.export_requested.connect(self.export_word)
        wizard.copy_requested.connect(self.copy_text)
        wizard.versions_requested.connect(self.show_versions)
        wizard.email_requested.connect(self.email_draft)
        wizard.sign_requested.connect(lambda mou_id: self._sign(mou_id, wizard))
        self.wizard = wizard
        # Shown at the next turn of the event loop: building the wizard and laying it out
        # on screen are two short waits for the window, not one long one.
        QTimer.singleShot(0, lambda: self._run_wizard(wizard))

    def _run_wizard(self, wizard: MouWizard) -> None:
        # On screen (and modal) from here: nothing else can be clicked to open another.
        self._opening = False
        # Each save announced what it changed; closing has waited for the last of them.
        wizard.exec()
        if self.wizard is wizard:
            self.wizard = None

    # Exporting ------------------------------------------------------------------
    def _read_once(
        self, name: str, read: Callable[[Database], Result], then: Callable[[Result], None]
    ) -> None:
        """Read, then go on (to a dialog, mostly) — once: a second click while it is read
        is ignored; the dialog that follows is modal and takes the next clicks itself."""
        if name in self._preparing:
            return
        self._preparing.add(name)

        def done(result: Result) -> None:
            self._preparing.discard(name)
            then(result)

        def refused(error: Exception) -> bool:
            self._preparing.discard(name)
            return self._if_missing(error)

        self.operations.query(read, done, if_refused=refused)

    def export_word(self, mou_id: int, then_email: bool = False) -> None:
        def read(database: Database) -> tuple[str, int]:
            draft = read_draft(database, mou_id)
            return draft.title, len(check_mou(draft.sections))

        self._read_once(
            "export",
            read,
            lambda found: self._export_word(mou_id, found[0], then_email, found[1]),
        )

    def _where_open_points_go(self, count: int) -> OpenPoints | None:
        """Ask where the points still to settle go (None: cancelled); the last answer is
        offered first next time."""
        options = {
            OPEN_POINTS_IN_COVER_NOTE: OpenPoints.COVER_NOTE,
            OPEN_POINTS_IN_MOU: OpenPoints.IN_MOU,
        }
        offered = list(options)
        if self.settings is not None:
            last = str(self.settings.value(OPEN_POINTS_KEY, "") or "")
            if last == OpenPoints.IN_MOU.value:
                offered.reverse()
        chosen = self.dialogs.pick(
            QCoreApplication.translate("MouActions", "Points still to settle"),
            mou_actions.tr(
                "This MOU still has %n point(s) to settle. Where should they go?", "", count
            ),
            offered,
        )
        if chosen is None:
            return None
        if self.settings is not None:
            self.settings.setValue(OPEN_POINTS_KEY, options[chosen].value)
        return options[chosen]

    def _export_word(self, mou_id: int, title: str, then_email: bool, open_count: int) -> None:
        from partnerdesk.services.documents.mou import MouExport, export_mou

        chosen_file = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate("MouActions", "Save the MOU as a Word document to attach")
            if then_email
            else QCoreApplication.translate("MouActions", "Save the MOU as a Word document"),
            self.save_folder() / f"{file_name_from(title)}.docx",
        )
        if chosen_file is None:
            return
        path, language = chosen_file
        self._remember_folder(path.parent)
        note = self.dialogs.ask_text(
            QCoreApplication.translate("MouActions", "A note for this version"),
            QCoreApplication.translate(
                "MouActions",
                "What is this version for? (optional, e.g. “sent to Angela for comments”)",
            ),
            QCoreApplication.translate("MouActions", "Sent to our partner for comments")
            if then_email
            else "",
        )
        if note is None:
            return
        where = OpenPoints.COVER_NOTE
        if open_count:
            chosen = self._where_open_points_go(open_count)
            if chosen is None:
                return
            where = chosen

        def done(result: MouExport) -> None:
            self.exported[mou_id] = ExportedFile.of(path, result.version, title)
            settle = mou_actions.tr("%n point(s)", "", len(result.findings))
            if not result.findings:
                open_points = ""
            elif result.cover_note is not None:
                open_points = QCoreApplication.translate(
                    "MouActions", " The {settle} still to settle are in “{name}”."
                ).format(settle=settle, name=result.cover_note.name)
            else:
                open_points = QCoreApplication.translate(
                    "MouActions", " It lists {settle} still to settle."
                ).format(settle=settle)
            # A version was recorded: the timeline and the versions list show it.
            self.operations.apply(Changes.of(Detail.MOU))
            self.operations.tell(
                QCoreApplication.translate(
                    "MouActions", "Saved version {version} as “{name}”.{open_points}"
                ).format(version=result.version, name=path.name, open_points=open_points)
            )
            if result.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("MouActions", "Your letterhead was not used"),
                    result.letterhead_warning,
                )
            if result.cover_note_problem:
                self.dialogs.inform(
                    QCoreApplication.translate("MouActions", "The cover note was not saved"),
                    result.cover_note_problem,
                )
            if self.wizard is not None:
                self.wizard.refresh_findings()
            if then_email:
                self._email_exported(mou_id, path, result.version, language)

        self.operations.query(
            lambda database: export_mou(
                database, mou_id, path, note, open_points=where, language=language
            ),
            done,
            label=QCoreApplication.translate("MouActions", "Writing the MOU…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        """A file that could not be written is said in words; other errors are reported."""
        if isinstance(error, OSError):
            self.dialogs.inform(
                QCoreApplication.translate("MouActions", "The document was not saved"),
                QCoreApplication.translate(
                    "MouActions",
                    "PartnerDesk could not write {name} in {parent}: {value}. "
                    "Choose another folder, or close the file if Word has it "
                    "open. No version was recorded.",
                ).format(
                    name=path.name,
                    parent=path.parent,
                    value=error.strerror
                    or QCoreApplication.translate("MouActions", "the file could not be written"),
                ),
            )
            return True
        return False

    def copy_text(self, mou_id: int) -> None:
        def copy(text: str) -> None:
            QApplication.clipboard().setText(text)
            self.operations.tell(
                QCoreApplication.translate(
                    "MouActions",
                    "The MOU is copied as plain text: paste it into an e-mail or document.",
                )
            )

        self.operations.query(
            lambda database: draft_as_text(database, mou_id), copy, if_refused=self._if_missing
        )

    def email_draft(self, mou_id: int) -> None:
        """Hand the MOU to the mail program as a draft: the Word file just exported when the
        MOU has not changed since, else a new version exported first (saying why)."""
        exported = self.exported.get(mou_id)
        if exported is None:
            self.export_word(mou_id, then_email=True)
            return
        self._read_once(
            "email",
            lambda database: exported_still_current(
                database, mou_id, exported.version, exported.title
            ),
            lambda unchanged: self._email_or_export(mou_id, exported, unchanged),
        )

    def _email_or_export(self, mou_id: int, exported: ExportedFile, unchanged: bool) -> None:
        name, folder, number = exported.path.name, exported.path.parent, exported.version
        if not unchanged:
            reason = QCoreApplication.translate(
                "MouActions",
                "The MOU has changed since version {number} was saved as "
                "“{name}”, so PartnerDesk saves it again, as a new version, "
                "to attach to the e-mail.",
            ).format(number=number, name=name)
        elif not exported.path.is_file():
            reason = QCoreApplication.translate(
                "MouActions",
                "Version {number} was saved as “{name}” in {folder}, but the "
                "file is no longer there, so PartnerDesk saves the MOU again "
                "to attach to the e-mail. This records a new version.",
            ).format(number=number, name=name, folder=folder)
        elif exported.edited_since():
            choice = self.dialogs.choose(
                QCoreApplication.translate("MouActions", "The Word file was changed"),
                QCoreApplication.translate(
                    "MouActions",
                    "Version {number} was saved as “{name}” in {folder}, and the "
                    "file has been changed since (in Word, perhaps). Attach the "
                    "file as it is now, or save a new version from PartnerDesk?",
                ).format(number=number, name=name, folder=folder),
                [ATTACH_AS_IT_IS, SAVE_NEW_VERSION],
                close=QCoreApplication.translate("MouActions", "Cancel"),
            )
            if choice == ATTACH_AS_IT_IS:
                self._email_exported(mou_id, exported.path, number)
            elif choice == SAVE_NEW_VERSION:
                self.export_word(mou_id, then_email=True)
            return
        else:
            self.operations.tell(
                QCoreApplication.translate(
                    "MouActions",
                    "Attaching version {number}, “{name}”: the MOU has not "
                    "changed since it was saved.",
                ).format(number=number, name=name)
            )
            self._email_exported(mou_id, exported.path, number)
            return
        if self.dialogs.confirm(
            QCoreApplication.translate("MouActions", "A new version is needed"),
            reason,
            action=QCoreApplication.translate("Dialogs", SAVE_NEW_VERSION),
        ):
            self.export_word(mou_id, then_email=True)

    def _email_exported(
        self, mou_id: int, document: Path, version: int, language: str | None = None
    ) -> None:
        """The e-mail that carries ``document``, in the document's language (else the one
        last used for a document)."""
        from partnerdesk.services.mou.email import email_for_mou

        words = language or document_language_for(self.settings)
        self.operations.query(
            lambda database: email_for_mou(database, mou_id, version, words),
            lambda details: self._email_document(document, details),
            if_refused=self._if_missing,
        )

    def _email_document(self, document: Path, details: MouEmail) -> None:
        if details.organization_id is None:
            self.dialogs.inform(
                QCoreApplication.translate("MouActions", "Who should it go to?"),
                QCoreApplication.translate(
                    "MouActions",
                    "This MOU was started from scratch, so PartnerDesk does not "
                    "know whose people to offer. The document is saved as "
                    "“{name}” in {parent}: attach it to an e-mail in your mail "
                    "program.",
                ).format(name=document.name, parent=document.parent),
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
        self.operations.query(
            lambda database: versions_of(database, mou_id),
            lambda versions: self._show_versions(mou_id, versions),
            if_refused=self._if_missing,
            once=f"mou-versions-{mou_id}",
        )

    def _show_versions(self, mou_id: int, versions: list[VersionSummary]) -> None:
        # The dialog asks; the answers come back to it from the database worker.
        shown: list[MouVersionsDialog] = []

        # The sections named in the window's language, as in the wizard.
        language = content_language()

        def comparison(older: int, newer: int | None) -> None:
            self.operations.query(
                lambda database: compare_versions_of(database, mou_id, older, newer, language),
                lambda compared: shown[0].show_compared(compared),
                if_refused=self._if_missing,
            )

        def full_text(number: int) -> None:
            self.operations.query(
                lambda database: version_text(database, mou_id, number),
                lambda text: shown[0].show_text(text),
                if_refused=self._if_missing,
            )

        def restore(number: int) -> None:
            if not self.dialogs.confirm(
                QCoreApplication.translate("MouActions", "Restore this version?"),
                QCoreApplication.translate(
                    "MouActions",
                    "Make version {number} the current draft? The draft you have "
                    "now is kept as a version first, so you can come back to it.",
                ).format(number=number),
                action=QCoreApplication.translate("MouActions", "Restore"),
            ):
                return
            self.operations.change(
                lambda database: bring_back_version(database, mou_id, number),
                after=lambda: shown[0].restored_version(number),
            )

        dialog = MouVersionsDialog(
            versions, comparison, restore, full_text, self.wizard or self.parent
        )
        shown.append(dialog)
        dialog.exec()
        if dialog.restored and self.wizard is not None:
            # The wizard shows the restored draft: reopen it on the same page.
            wizard = self.wizard
            wizard.close()
            self.operations.tell(
                QCoreApplication.translate(
                    "MouActions", "Version {currentData} is the current draft."
                ).format(currentData=dialog.older.currentData())
            )
            self.open_mou(mou_id)

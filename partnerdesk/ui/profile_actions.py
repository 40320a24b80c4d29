"""What the window does for partner profiles: open the wizard, ask which organization is
ours, and export a profile to Word.

Every read and write goes through ``Operations`` on the database worker: the wizard's
saves are queued in the order they were typed (``_ProfileEditing``), and the wizard waits
for them before it closes. The Word export runs there too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.core.profile_prompts import ProfilePrompts
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    DatabaseUnavailableError,
    InvalidInputError,
    RecordMissingError,
    ServerUnreachableError,
    StoreError,
)
from partnerdesk.services.profiles.answers import (
    OurOrganization,
    ProfileState,
    choose_our_organization,
    find_our_organization,
    prompts_in,
    read_profile,
    save_profile_answers,
)
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD, conflict_text
from partnerdesk.ui.vetting_actions import file_name_from

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

# Told '' when saved, or why not; with their answers when the user chose to see theirs.
Done = Callable[..., None]
STORE_BUSY = QT_TRANSLATE_NOOP(
    "profile_actions",
    "PartnerDesk could not write to its data file just now. Keep typing, or change page, "
    "to try again.",
)
SERVER_AWAY = QT_TRANSLATE_NOOP(
    "profile_actions",
    "the shared database's server cannot be reached right now. What you typed stays here; "
    "it is saved as soon as the server is back.",
)
CLOSE_ANYWAY = QT_TRANSLATE_NOOP("profile_actions", "Close without saving")


NOT_SAVED_THEIRS = QT_TRANSLATE_NOOP(
    "profile_actions",
    "someone else changed this answer since you opened the profile. Type in the box again "
    "to be asked what to keep.",
)
# Two saves of one profile that overlap exactly are sent again, each answer checked anew.
OVERLAP_RETRIES = 3


class _ProfileEditing:
    """The wizard's way to the store: one organization's profile."""

    def __init__(self, operations: Operations, organization_id: int, dialogs: Dialogs) -> None:
        self.operations = operations
        self.organization_id = organization_id
        self.dialogs = dialogs

    def save(
        self,
        answers: dict[str, str],
        page: str | None,
        done: Done,
        bases: dict[str, str] | None = None,
        retries: int = OVERLAP_RETRIES,
    ) -> None:
        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            theirs = error.theirs if isinstance(error.theirs, dict) else None
            if theirs is None:
                # Overlapped a colleague's save of another answer: send again, checked anew.
                if retries > 0:
                    self.save(answers, page, done, bases, retries - 1)
                else:
                    done(QCoreApplication.translate("profile_actions", NOT_SAVED_THEIRS))
                return
            self._settle(error, theirs, answers, page, done, bases or {})

        def refused(error: Exception) -> bool:
            if isinstance(error, ServerUnreachableError):
                # Not the data file: the wizard tries again by itself until it is back.
                done(QCoreApplication.translate("profile_actions", SERVER_AWAY), retry=True)
                return True
            if isinstance(error, DatabaseUnavailableError):
                # Most often the data file is busy (a backup, another PartnerDesk): the
                # next keystroke or page change tries again, since unsaved boxes stay marked.
                done(QCoreApplication.translate("profile_actions", STORE_BUSY))
                return True
            if isinstance(error, InvalidInputError | RecordMissingError | StoreError):
                done(str(error))
                return True
            done(QCoreApplication.translate("_ProfileEditing", "PartnerDesk could not save this."))
            return False

        organization_id = self.organization_id
        self.operations.change(
            lambda database: save_profile_answers(database, organization_id, answers, page, bases),
            after=lambda: done(""),
            if_changed_elsewhere=settle,
            if_refused=refused,
        )

    def _settle(
        self,
        error: ChangedElsewhereError,
        theirs: dict[str, str],
        answers: dict[str, str],
        page: str | None,
        done: Done,
        bases: dict[str, str],
    ) -> None:
        """A colleague saved an answer since the wizard showed it: the usual question."""
        choice = self.dialogs.choose(
            QCoreApplication.translate("_ProfileEditing", "Someone else changed this profile"),
            conflict_text(error),
            [KEEP_MINE, RELOAD],
        )
        if choice == KEEP_MINE:
            # Over their answers, on purpose; a third person's later save is still seen.
            self.save(answers, page, done, {**bases, **theirs})
        elif choice == RELOAD:
            done("", theirs)
        else:
            done(
                QCoreApplication.translate("profile_actions", NOT_SAVED_THEIRS)
            )  # closed: what was typed stays in the box, unsaved

    def leave_unsaved(self, problem: str) -> bool:
        return self.dialogs.confirm(
            QCoreApplication.translate("_ProfileEditing", "This profile is not saved yet"),
            QCoreApplication.translate(
                "_ProfileEditing",
                "Not saved: {problem}\n\nIf you close it now, what you typed "
                "since the last save is lost. Keep it open to have it saved "
                "as soon as the server is back.",
            ).format(problem=problem),
            action=QCoreApplication.translate("profile_actions", CLOSE_ANYWAY),
            destructive=True,
        )

    def finish(self) -> None:
        self.operations.wait_for_all()


class ProfileActions:
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
        # One wizard per organization: asking again brings the open one forward.
        self.open_wizards: dict[int, ProfileWizard] = {}
        self._opening: set[int] = set()

    def edit_profile(
        self, organization_id: int, then: Callable[[ProfileWizard], None] | None = None
    ) -> None:
        """Open (or bring forward) the profile wizard of this organization; the profile is
        read first, and ``then`` is handed the wizard once it is on screen."""
        shown = self.open_wizards.get(organization_id)
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            if then is not None:
                then(shown)
            return
        if organization_id in self._opening:
            return
        self._opening.add(organization_id)

        def missing(error: Exception) -> bool:
            self._opening.discard(organization_id)
            if isinstance(error, RecordMissingError):
                self.dialogs.inform(
                    QCoreApplication.translate("ProfileActions", "Not found"), str(error)
                )
                return True
            return False

        def show(state: ProfileState, prompts: ProfilePrompts) -> None:
            self._opening.discard(organization_id)
            wizard = self._show_wizard(state, prompts)
            if then is not None:
                then(wizard)

        # The prompts are shown in the window's language (the answers are kept under the
        # same ids in every language); read on the worker, with the profile.
        language = content_language()

        def read(database: Database) -> tuple[ProfileState, ProfilePrompts]:
            return read_profile(database, organization_id), prompts_in(language)

        self.operations.query(read, lambda found: show(*found), if_refused=missing)

    def _show_wizard(self, state: ProfileState, prompts: ProfilePrompts) -> ProfileWizard:
        organization_id = state.organization_id
        wizard = ProfileWizard(
            prompts,
            state,
            _ProfileEditing(self.operations, organization_id, self.dialogs),
            self.parent,
        )
        wizard.export_requested.connect(lambda: self.export_profile(wizard))
        wizard.finished.connect(lambda _result: self._closed(organization_id))
        self.open_wizards[organization_id] = wizard
        wizard.show()
        return wizard

    def edit_our_profile(self, then: Callable[[ProfileWizard], None] | None = None) -> None:
        """Our own organization's profile; asks which organization is ours the first time.

        Also the way in from the first-run welcome ("set up our profile now").
        """

        def found(ours: OurOrganization) -> None:
            if ours.organization_id is not None:
                self.edit_profile(ours.organization_id, then)
            else:
                self._ask_for_our_organization(ours.choices, then)

        # once: a second click while the first is being read asks nothing more.
        self.operations.query(find_our_organization, found, once="our-profile")

    def close_all(self) -> None:
        """Close every open wizard (each saves what is pending), e.g. as the window closes."""
        for wizard in list(self.open_wizards.values()):
            wizard.close()

    def _ask_for_our_organization(
        self,
        choices: list[tuple[int, str]],
        then: Callable[[ProfileWizard], None] | None,
    ) -> None:
        dialog = OurOrganizationDialog(choices, self.parent)
        if not dialog.exec():
            return
        chosen, new_name = dialog.chosen_id(), dialog.new_name()
        nonprofit = dialog.is_nonprofit()
        marked: list[int] = []

        def work(database: Database) -> Changes:
            organization_id, changes = choose_our_organization(
                database, chosen, new_name, nonprofit
            )
            marked.append(organization_id)
            return changes

        self.operations.change(work, after=lambda: self.edit_profile(marked[0], then))

    def _closed(self, organization_id: int) -> None:
        wizard = self.open_wizards.pop(organization_id, None)
        if wizard is not None:
            wizard.deleteLater()

    # Word export --------------------------------------------------------------
    def export_profile(self, wizard: ProfileWizard) -> None:
        from partnerdesk.services.documents.files import WrittenDocument
        from partnerdesk.services.documents.profile import export_profile

        organization_id = wizard.organization_id
        chosen = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate(
                "ProfileActions", "Save the partner profile as a Word document"
            ),
            Path(user_documents_dir())
            / QCoreApplication.translate(
                "ProfileActions", "Partner profile - {file_name_from}.docx"
            ).format(file_name_from=file_name_from(wizard.organization_name)),
        )
        if chosen is None:
            return
        path, language = chosen

        def done(saved: WrittenDocument) -> None:
            message = QCoreApplication.translate(
                "ProfileActions", "Saved “{name}” in {parent}."
            ).format(name=saved.path.name, parent=saved.path.parent)
            self.operations.tell(message)
            # The wizard may have been closed (and deleted) while the file was written.
            if self.open_wizards.get(organization_id) is wizard:
                wizard.show_status(message)
            if saved.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("ProfileActions", "Your letterhead was not used"),
                    saved.letterhead_warning,
                )

        self.operations.query(
            lambda database: export_profile(database, organization_id, path, language=language),
            done,
            label=QCoreApplication.translate("ProfileActions", "Writing the partner profile…"),
            if_refused=lambda error: self._export_failed(path, error),
        )

    def _export_failed(self, path: Path, error: Exception) -> bool:
        """A file that could not be written, said so; False for what else went wrong."""
        if not isinstance(error, OSError):
            return False
        reason = error.strerror or QCoreApplication.translate(
            "ProfileActions", "the file could not be written"
        )
        self.dialogs.inform(
            QCoreApplication.translate("ProfileActions", "The profile was not saved as a document"),
            QCoreApplication.translate(
                "ProfileActions",
                "PartnerDesk could not write {name} in {parent}: {reason}. "
                "Choose another folder, or close the file if Word has it "
                "open.",
            ).format(name=path.name, parent=path.parent, reason=reason),
        )
        return True

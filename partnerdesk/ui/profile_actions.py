"""What the window does for partner profiles: open the wizard, ask which organization is
ours, and export a profile to Word.

Typing is saved on the GUI thread through ``_ProfileEditing``: each save is one short
transaction of a few fields (milliseconds), and keeping it synchronous means the wizard
knows at once whether it worked. The Word export runs as a background task like the
vetting exports.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.profiles.answers import (
    OURS_CHANGED,
    PROFILE_CHANGED,
    load_profile,
    our_organization_id,
    save_profile,
    set_up_our_organization,
    shipped_prompts,
)
from partnerdesk.services.records.organizations import organization_choices
from partnerdesk.services.vetting.capacity_matrix import mark_as_ours
from partnerdesk.store.database import Database
from partnerdesk.store.errors import StoreError
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.editors.profile_wizard import ProfileNotSavedError, ProfileWizard
from partnerdesk.ui.vetting_actions import WORD_FILES, file_name_from


class _ProfileEditing:
    """The wizard's way to the store: one organization's profile."""

    def __init__(self, database: Database, organization_id: int) -> None:
        self.database = database
        self.organization_id = organization_id

    def save(self, answers: dict[str, str], page: str | None) -> None:
        try:
            with self.database.session() as session:
                save_profile(session, self.organization_id, answers, page)
        except (InvalidInputError, RecordMissingError, StoreError) as error:
            raise ProfileNotSavedError(str(error)) from error
        except SQLAlchemyError as error:
            # Most often the data file is busy (a backup, another PartnerDesk): the next
            # keystroke or page change tries again, since unsaved boxes stay marked.
            raise ProfileNotSavedError(
                "PartnerDesk could not write to its data file just now. Keep typing, or "
                "change page, to try again."
            ) from error


class ProfileActions:
    def __init__(self, parent: QWidget, changes: ChangeRunner) -> None:
        self.parent = parent
        self.changes = changes
        self.database = changes.database
        self.dialogs = changes.dialogs
        # One wizard per organization: asking again brings the open one forward.
        self.open_wizards: dict[int, ProfileWizard] = {}
        self._saved_in: set[int] = set()

    def edit_profile(self, organization_id: int) -> ProfileWizard | None:
        """Open (or bring forward) the profile wizard of this organization."""
        shown = self.open_wizards.get(organization_id)
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return shown
        try:
            with self.database.session() as session:
                state = load_profile(session, organization_id)
        except RecordMissingError as error:
            self.dialogs.inform("Not found", str(error))
            return None
        wizard = ProfileWizard(
            shipped_prompts(),
            state,
            _ProfileEditing(self.database, organization_id),
            self.parent,
        )
        wizard.saved.connect(lambda: self._saved(organization_id))
        wizard.export_requested.connect(lambda: self.export_profile(wizard))
        wizard.finished.connect(lambda _result: self._closed(organization_id))
        self.open_wizards[organization_id] = wizard
        wizard.show()
        return wizard

    def edit_our_profile(self) -> ProfileWizard | None:
        """Our own organization's profile; asks which organization is ours the first time.

        Also the way in from the first-run welcome ("set up our profile now").
        """
        with self.database.session() as session:
            ours = our_organization_id(session)
            choices = organization_choices(session) if ours is None else []
        if ours is None:
            ours = self._ask_for_our_organization(choices)
            if ours is None:
                return None
        return self.edit_profile(ours)

    def close_all(self) -> None:
        """Close every open wizard (each saves what is pending), e.g. as the window closes."""
        for wizard in list(self.open_wizards.values()):
            wizard.close()

    def _ask_for_our_organization(self, choices: list[tuple[int, str]]) -> int | None:
        dialog = OurOrganizationDialog(choices, self.parent)
        if not dialog.exec():
            return None
        chosen = dialog.chosen_id()
        try:
            with self.database.session() as session:
                if chosen is None:
                    chosen, _changes = set_up_our_organization(session, dialog.new_name())
                else:
                    mark_as_ours(session, chosen)
        except (InvalidInputError, RecordMissingError) as error:
            self.dialogs.inform("Nothing was changed", str(error))
            return None
        self.changes.refresh(OURS_CHANGED)
        return chosen

    def _saved(self, organization_id: int) -> None:
        # Once per opening is enough to mark the data as changed for the next backup; the
        # views have nothing to show from each keystroke.
        if organization_id not in self._saved_in:
            self._saved_in.add(organization_id)
            self.changes.refresh(PROFILE_CHANGED)

    def _closed(self, organization_id: int) -> None:
        wizard = self.open_wizards.pop(organization_id, None)
        if organization_id in self._saved_in:
            self._saved_in.discard(organization_id)
            self.changes.refresh(PROFILE_CHANGED)
        if wizard is not None:
            wizard.deleteLater()

    # Word export --------------------------------------------------------------
    def export_profile(self, wizard: ProfileWizard) -> None:
        from partnerdesk.services.documents.files import WrittenDocument
        from partnerdesk.services.documents.profile import export_profile

        organization_id = wizard.organization_id
        path = self.dialogs.save_file(
            "Save the partner profile as a Word document",
            Path(user_documents_dir())
            / f"Partner profile - {file_name_from(wizard.organization_name)}.docx",
            WORD_FILES,
        )
        if path is None:
            return
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")

        operations = self.changes.operations

        def done(saved: WrittenDocument) -> None:
            message = f"Saved “{saved.path.name}” in {saved.path.parent}."
            wizard.show_status(message)
            operations.tell(message)

        operations.query(
            lambda database: export_profile(database, organization_id, path),
            done,
            label="Writing the partner profile…",
            if_refused=lambda error: self._export_failed(path, error),
        )

    def _export_failed(self, path: Path, error: Exception) -> bool:
        """A file that could not be written, said so; False for what else went wrong."""
        if not isinstance(error, OSError):
            return False
        reason = error.strerror or "the file could not be written"
        self.dialogs.inform(
            "The profile was not saved as a document",
            f"PartnerDesk could not write {path.name} in {path.parent}: {reason}. "
            "Choose another folder, or close the file if Word has it open.",
        )
        return True

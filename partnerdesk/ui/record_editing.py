"""Open the right editor for a record, off the GUI thread, and hand what the user wrote to
ui/record_saving.py, which saves it and settles a colleague's change meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnerdesk.core.text import clean_single_line
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import (
    RecordMissingError,
)
from partnerdesk.services.records.concurrency import as_loaded
from partnerdesk.services.records.contacts import ContactForm
from partnerdesk.services.records.editing import (
    ContactToEdit,
    NoteToEdit,
    OrganizationToEdit,
    RequestToEdit,
    contact_to_edit,
    history_entry_to_edit,
    note_to_edit,
    organization_to_edit,
    remove_history,
    request_to_edit,
    save_contact_edits,
    save_history_edits,
    save_note_edits,
    save_organization_edits,
    save_request_edits,
)
from partnerdesk.services.records.notes import NoteForm
from partnerdesk.services.records.organizations import HistoryForm, OrganizationForm
from partnerdesk.services.records.requests import RequestForm
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.record_saving import RecordSaving

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

Form = TypeVar("Form")
Found = TypeVar("Found")


class RecordEditing:
    """Each editor opens once what it shows has been read, off the GUI thread."""

    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        show_organization: Callable[[int], None],
        show_request: Callable[[int], None],
        user_name: Callable[[], str],
    ) -> None:
        self.parent = parent
        self.user_name = user_name
        self.operations = operations
        self.dialogs = dialogs
        self.show_organization = show_organization
        self.show_request = show_request
        self._opening = False
        self.saving = RecordSaving(operations, dialogs)

    def _gone(self, error: Exception) -> bool:
        """The record was removed meanwhile: say so plainly (handled), else not ours."""
        if isinstance(error, RecordMissingError):
            self.dialogs.inform(
                QCoreApplication.translate("RecordEditing", "Not found"), str(error)
            )
            return True
        return False

    def _open_when_read(
        self, read: Callable[[Database], Found], show: Callable[[Found], None]
    ) -> None:
        """Read what an editor shows off the GUI thread, then open it.

        One at a time: a second double-click while the first editor is being read does
        not open a second editor over it.
        """
        if self._opening:
            return
        self._opening = True

        def then(found: Found) -> None:
            self._opening = False
            show(found)

        def refused(error: Exception) -> bool:
            self._opening = False
            return self._gone(error)

        self.operations.query(read, then, if_refused=refused)

    def edit_organization(
        self, organization_id: int | None = None, form: OrganizationForm | None = None
    ) -> None:
        """Edit (or add) an organization; ``form`` reopens the editor on given contents."""
        load_id = organization_id if form is None else None
        self._open_when_read(
            lambda database: organization_to_edit(database, load_id),
            lambda found: self._organization_editor(organization_id, form or found.form, found),
        )

    def _organization_editor(
        self,
        organization_id: int | None,
        form: OrganizationForm | None,
        found: OrganizationToEdit,
    ) -> None:
        dialog = OrganizationDialog(form, found.tags, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        saved: dict[str, int] = {}

        def save(database: Database, edited: OrganizationForm) -> Changes:
            saved["id"], changes = save_organization_edits(database, edited, organization_id)
            return changes

        self.saving.save(
            RecordKind.ORGANIZATION,
            result,
            save,
            QCoreApplication.translate("RecordEditing", "Saved {clean_single_line}.").format(
                clean_single_line=clean_single_line(result.name)
            ),
            reopen=lambda again: self.edit_organization(organization_id, again),
            reopen_as_read=lambda again: self._organization_editor(organization_id, again, found),
            after=lambda: self.show_organization(saved["id"]),
            loaded=form,
            trashed=self.saving.trash_settler(RecordKind.ORGANIZATION, organization_id),
        )

    def edit_contact(
        self,
        contact_id: int | None = None,
        organization_id: int | None = None,
        form: ContactForm | None = None,
    ) -> None:
        load_id = contact_id if form is None else None
        self._open_when_read(
            lambda database: contact_to_edit(database, load_id),
            lambda found: self._contact_editor(
                contact_id, organization_id, form or found.form, found
            ),
        )

    def _contact_editor(
        self,
        contact_id: int | None,
        organization_id: int | None,
        form: ContactForm | None,
        found: ContactToEdit,
    ) -> None:
        form = form or found.form
        if form is None and organization_id is not None:
            form_for_new = ContactForm(organization_id=organization_id)
            dialog = ContactDialog(found.organizations, form_for_new, self.parent)
            dialog.setWindowTitle(QCoreApplication.translate("RecordEditing", "New contact"))
        else:
            dialog = ContactDialog(found.organizations, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        name = clean_single_line(result.full_name) or QCoreApplication.translate(
            "RecordEditing", "the contact"
        )
        self.saving.save(
            RecordKind.CONTACT,
            result,
            lambda database, edited: save_contact_edits(database, edited, contact_id)[1],
            QCoreApplication.translate("RecordEditing", "Saved {name}.").format(name=name),
            reopen=lambda again: self.edit_contact(contact_id, form=again),
            reopen_as_read=lambda again: self._contact_editor(contact_id, None, again, found),
            loaded=form,
            trashed=self.saving.trash_settler(RecordKind.CONTACT, contact_id),
        )

    def edit_note(
        self,
        note_id: int | None = None,
        organization_id: int | None = None,
        form: NoteForm | None = None,
    ) -> None:
        chosen_organization = form.organization_id if form else organization_id
        load_id = note_id if form is None else None
        self._open_when_read(
            lambda database: note_to_edit(database, load_id, chosen_organization),
            lambda found: self._note_editor(note_id, organization_id, form or found.form, found),
        )

    def _note_editor(
        self,
        note_id: int | None,
        organization_id: int | None,
        form: NoteForm | None,
        found: NoteToEdit,
    ) -> None:
        if form is None:
            dialog = NoteDialog(
                found.organizations,
                found.people,
                NoteForm(organization_id=organization_id),
                self.parent,
            )
            dialog.setWindowTitle(QCoreApplication.translate("RecordEditing", "New note"))
        else:
            dialog = NoteDialog(found.organizations, found.people, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        self.saving.save(
            RecordKind.NOTE,
            result,
            lambda database, edited: save_note_edits(database, edited, note_id)[1],
            QCoreApplication.translate("RecordEditing", "Note saved."),
            reopen=lambda again: self.edit_note(note_id, form=again),
            reopen_as_read=lambda again: self._note_editor(note_id, None, again, found),
            loaded=form,
            trashed=self.saving.trash_settler(RecordKind.NOTE, note_id),
        )

    def edit_history(self, organization_id: int, entry_id: int | None = None) -> None:
        self._open_when_read(
            lambda database: history_entry_to_edit(database, entry_id),
            lambda form: self._history_editor(organization_id, entry_id, form),
        )

    def _history_editor(
        self, organization_id: int, entry_id: int | None, form: HistoryForm | None
    ) -> None:
        dialog = HistoryDialog(form, self.parent)
        if not dialog.exec():
            return
        if dialog.removed and entry_id is not None:
            if self.dialogs.confirm(
                QCoreApplication.translate(
                    "RecordEditing", "Remove this from the partner history?"
                ),
                QCoreApplication.translate(
                    "RecordEditing",
                    "It will no longer appear on the organization's timeline. "
                    "This cannot be undone.",
                ),
                action=QCoreApplication.translate("RecordEditing", "Remove"),
                destructive=True,
            ):
                removing = entry_id
                self.operations.change(
                    lambda database: remove_history(database, removing),
                    QCoreApplication.translate("RecordEditing", "Removed."),
                )
            return
        result = dialog.result_form()
        self.operations.change(
            lambda database: save_history_edits(database, organization_id, result, entry_id)[1],
            QCoreApplication.translate("RecordEditing", "Partner history saved."),
        )

    def edit_request(self, request_id: int | None = None, form: RequestForm | None = None) -> None:
        load_id = request_id if form is None else None
        chosen_organization = form.organization_id if form else None
        self._open_when_read(
            lambda database: request_to_edit(database, load_id, chosen_organization),
            lambda found: self._request_editor(request_id, form or found.form, found),
        )

    def _request_editor(
        self, request_id: int | None, form: RequestForm | None, found: RequestToEdit
    ) -> None:
        dialog = RequestDialog(found.organizations, found.contacts, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        who = self.user_name()
        saved: dict[str, int] = {}

        def save(database: Database, edited: RequestForm) -> Changes:
            saved["id"], changes = save_request_edits(database, edited, request_id, who)
            return changes

        self.saving.save(
            RecordKind.REQUEST,
            result,
            save,
            QCoreApplication.translate(
                "RecordEditing", "Saved the request “{clean_single_line}”."
            ).format(clean_single_line=clean_single_line(result.title)),
            reopen=lambda again: self.edit_request(request_id, again),
            reopen_as_read=lambda again: self._request_editor(request_id, again, found),
            after=lambda: self.show_request(saved["id"]),
            loaded=form,
            trashed=self.saving.trash_settler(RecordKind.REQUEST, request_id, who),
        )


def _with_version(edited: Form, loaded: object | None) -> Form:
    """The editor's result, carrying the version its contents were loaded at (and what it
    shows without editing, see concurrency.as_loaded)."""
    return as_loaded(edited, loaded)

"""Open the right editor for a record, and save what the user wrote in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnerdesk.core.text import clean_single_line
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    RecordMissingError,
    TrashedElsewhereError,
)
from partnerdesk.services.records.concurrency import as_loaded, mark_own_changes
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
from partnerdesk.services.records.trash import EditedForm, restore_with_edits
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog
from partnerdesk.ui.operations import Operations, server_unreachable

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

Form = TypeVar("Form")
Found = TypeVar("Found")
KEEP_MINE = QT_TRANSLATE_NOOP("Dialogs", "Keep mine")
RELOAD = QT_TRANSLATE_NOOP("Dialogs", "Reload theirs")
RESTORE_WITH_MINE = QT_TRANSLATE_NOOP("Dialogs", "Restore it with my changes")
LEAVE_IN_TRASH = QT_TRANSLATE_NOOP("Dialogs", "Leave it in the Trash")
MAX_DIFFERENCES_SHOWN = 8
TRY_AGAIN = QT_TRANSLATE_NOOP("Dialogs", "Try again")
BACK_TO_EDITOR = QT_TRANSLATE_NOOP("Dialogs", "Back to the editor")
# Whole sentences per kind of record: another language needs the noun's gender in them
# ("esta organización", "este contacto"), not an English word put in (issue 21).
CHANGED_ELSEWHERE = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else changed this organization"
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this contact"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this note"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this request"),
}
TRASHED_ELSEWHERE = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this organization to the Trash"
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this contact to the Trash"
    ),
    RecordKind.NOTE: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this note to the Trash"
    ),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this request to the Trash"
    ),
}
LEFT_IN_TRASH = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the organization stays in the Trash."
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the contact stays in the Trash."
    ),
    RecordKind.NOTE: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the note stays in the Trash."
    ),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the request stays in the Trash."
    ),
}


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

        self._save(
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
            trashed=self._trash_settler(RecordKind.ORGANIZATION, organization_id),
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
        self._save(
            RecordKind.CONTACT,
            result,
            lambda database, edited: save_contact_edits(database, edited, contact_id)[1],
            QCoreApplication.translate("RecordEditing", "Saved {name}.").format(name=name),
            reopen=lambda again: self.edit_contact(contact_id, form=again),
            reopen_as_read=lambda again: self._contact_editor(contact_id, None, again, found),
            loaded=form,
            trashed=self._trash_settler(RecordKind.CONTACT, contact_id),
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
        self._save(
            RecordKind.NOTE,
            result,
            lambda database, edited: save_note_edits(database, edited, note_id)[1],
            QCoreApplication.translate("RecordEditing", "Note saved."),
            reopen=lambda again: self.edit_note(note_id, form=again),
            reopen_as_read=lambda again: self._note_editor(note_id, None, again, found),
            loaded=form,
            trashed=self._trash_settler(RecordKind.NOTE, note_id),
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

        self._save(
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
            trashed=self._trash_settler(RecordKind.REQUEST, request_id, who),
        )

    # Two staff, one record ----------------------------------------------------------
    def _save(
        self,
        kind: RecordKind,
        form: Form,
        save: Callable[[Database, Form], Changes],
        done_message: str,
        *,
        reopen: Callable[[Form], None],
        after: Callable[[], None] | None = None,
        reopen_as_read: Callable[[Form], None] | None = None,
        loaded: object | None = None,
        trashed: TrashSettler | None = None,
    ) -> None:
        """Save ``form``; if someone else saved the record first, let the user choose.

        ``reopen_as_read``: the editor again on ``form`` without reading the store first
        (its lists as read when it opened), for when the store cannot be reached.
        ``loaded`` is what the editor opened on, so that the question tells the
        colleague's changes from the user's own; ``trashed`` settles a record the
        colleague moved to the Trash meanwhile.
        """

        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            if isinstance(error, TrashedElsewhereError) and trashed is not None:
                trashed(kind, error, form, done_message, reopen)
                return
            error = mark_own_changes(error, loaded)
            their_version = getattr(error.theirs, "row_version", None)
            # Whatever is chosen next knows their version: a save now overwrites it on
            # purpose, while a third person's later save would still be noticed.
            mine = replace(form, row_version=their_version)  # type: ignore[type-var]
            choice = self.dialogs.choose(
                QCoreApplication.translate("RecordEditing", CHANGED_ELSEWHERE[kind]),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                self._save(
                    kind,
                    mine,
                    save,
                    done_message,
                    reopen=reopen,
                    after=after,
                    reopen_as_read=reopen_as_read,
                    trashed=trashed,
                )
            elif choice == RELOAD and error.theirs is not None:
                reopen(cast(Form, error.theirs))  # their version, as the same kind of form
            else:
                reopen(mine)  # closed without choosing: nothing typed is lost

        self.operations.change(
            lambda database: save(database, form),
            done_message,
            after=after,
            if_changed_elsewhere=settle,
            if_refused=lambda error: self._server_away(
                error,
                lambda: self._save(
                    kind,
                    form,
                    save,
                    done_message,
                    reopen=reopen,
                    after=after,
                    reopen_as_read=reopen_as_read,
                    loaded=loaded,
                    trashed=trashed,
                ),
                lambda: (reopen_as_read or reopen)(form),
            ),
        )

    # The shared server out of reach while saving ------------------------------------
    def _server_away(
        self, error: Exception, try_again: Callable[[], None], back: Callable[[], None]
    ) -> bool:
        """A save refused because the shared database's server cannot be reached: nothing
        typed is lost. Try again (as often as asked), or back to the editor with it."""
        if not server_unreachable(error):
            return False
        choice = self.dialogs.choose(
            QCoreApplication.translate("RecordEditing", "The shared database cannot be reached"),
            QCoreApplication.translate(
                "RecordEditing",
                "{error}\n\nWhat you typed is kept: try again now, or go back "
                "to the editor and save it later.",
            ).format(error=error),
            [TRY_AGAIN, BACK_TO_EDITOR],
        )
        if choice == TRY_AGAIN:
            try_again()
        else:
            back()  # the editor again, with what was typed, to save later
        return True

    # A record moved to the Trash by a colleague while edited ----------------------------
    def _trash_settler(
        self, kind: RecordKind, record_id: int | None, changed_by: str = ""
    ) -> TrashSettler | None:
        """How to settle an edit of a record (not a new one) a colleague trashed."""
        if record_id is None:
            return None

        def settle(
            _kind: RecordKind,
            error: ChangedElsewhereError,
            form: object,
            done_message: str,
            reopen: Callable[[Any], None],
        ) -> None:
            self._settle_trashed(kind, record_id, changed_by, error, form, done_message, reopen)

        return settle

    def _settle_trashed(
        self,
        kind: RecordKind,
        record_id: int,
        changed_by: str,
        error: ChangedElsewhereError,
        form: object,
        done_message: str,
        reopen: Callable[[Any], None],
    ) -> None:
        """Say it is in the Trash; restore it with the edit, leave it there, or (closed)
        reopen the editor on what was typed, which asks again when saved."""
        choice = self.dialogs.choose(
            QCoreApplication.translate("RecordEditing", TRASHED_ELSEWHERE[kind]),
            str(error),
            [RESTORE_WITH_MINE, LEAVE_IN_TRASH],
        )
        if choice == LEAVE_IN_TRASH:
            self.operations.tell(QCoreApplication.translate("RecordEditing", LEFT_IN_TRASH[kind]))
            return
        if choice != RESTORE_WITH_MINE:
            reopen(form)
            return
        # The version the user was told is in the Trash: restored only if still so.
        seen = replace(
            cast(EditedForm, form), row_version=getattr(error.theirs, "row_version", None)
        )
        self._save(
            kind,
            seen,
            lambda database, edited: restore_with_edits(
                database, kind, record_id, edited, changed_by
            ),
            QCoreApplication.translate(
                "RecordEditing", "Restored from the Trash. {done_message}"
            ).format(done_message=done_message),
            reopen=reopen,
            trashed=self._trash_settler(kind, record_id, changed_by),
        )


TrashSettler = Callable[[RecordKind, ChangedElsewhereError, Any, str, Callable[[Any], None]], None]


def _with_version(edited: Form, loaded: object | None) -> Form:
    """The editor's result, carrying the version its contents were loaded at (and what it
    shows without editing, see concurrency.as_loaded)."""
    return as_loaded(edited, loaded)


def conflict_text(error: ChangedElsewhereError) -> str:
    """The refusal, then each differing field: their saved value against this one."""
    lines = [
        QCoreApplication.translate(
            "record_editing", "• {capitalize}: theirs “{theirs}”, yours “{mine}”"
        ).format(
            capitalize=difference.field.capitalize(), theirs=difference.theirs, mine=difference.mine
        )
        for difference in error.differences[:MAX_DIFFERENCES_SHOWN]
    ]
    hidden = len(error.differences) - MAX_DIFFERENCES_SHOWN
    if hidden > 0:
        lines.append(
            QCoreApplication.translate("record_editing", "…and {hidden} more.").format(
                hidden=hidden
            )
        )
    return f"{error}\n\n" + "\n".join(lines) if lines else str(error)

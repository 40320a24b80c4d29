"""Open the right editor for a record, and save what the user wrote in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from partnerdesk.core.text import clean_single_line
from partnerdesk.services.changes import Changes
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.contacts import ContactForm, load_contact_form, save_contact
from partnerdesk.services.records.notes import NoteForm, contact_choices, load_note_form, save_note
from partnerdesk.services.records.organizations import (
    OrganizationForm,
    all_tags,
    load_history_form,
    load_organization_form,
    organization_choices,
    remove_history_entry,
    save_history_entry,
    save_organization,
)
from partnerdesk.services.records.requests import (
    RequestForm,
    load_request_form,
    save_request,
)
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog

Form = TypeVar("Form")
KEEP_MINE = "Keep mine"
RELOAD = "Reload theirs"
MAX_DIFFERENCES_SHOWN = 8


class RecordEditing:
    def __init__(
        self,
        parent: QWidget,
        database: Database,
        changes: ChangeRunner,
        dialogs: Dialogs,
        show_organization: Callable[[int], None],
        show_request: Callable[[int], None],
        user_name: Callable[[], str],
    ) -> None:
        self.parent = parent
        self.user_name = user_name
        self.database = database
        self.changes = changes
        self.dialogs = dialogs
        self.show_organization = show_organization
        self.show_request = show_request

    def _gone(self, error: RecordMissingError) -> None:
        self.dialogs.inform("Not found", str(error))

    def edit_organization(
        self, organization_id: int | None = None, form: OrganizationForm | None = None
    ) -> None:
        """Edit (or add) an organization; ``form`` reopens the editor on given contents."""
        try:
            with self.database.session() as session:
                if form is None and organization_id is not None:
                    form = load_organization_form(session, organization_id)
                tags = all_tags(session)
        except RecordMissingError as error:
            self._gone(error)
            return
        dialog = OrganizationDialog(form, tags, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        saved: dict[str, int] = {}

        def save(session: Session, edited: OrganizationForm) -> Changes:
            saved["id"], changes = save_organization(session, edited, organization_id)
            return changes

        self._save(
            "organization",
            result,
            save,
            f"Saved {clean_single_line(result.name)}.",
            reopen=lambda again: self.edit_organization(organization_id, again),
            after=lambda: self.show_organization(saved["id"]),
        )

    def edit_contact(
        self,
        contact_id: int | None = None,
        organization_id: int | None = None,
        form: ContactForm | None = None,
    ) -> None:
        try:
            with self.database.session() as session:
                if form is None and contact_id is not None:
                    form = load_contact_form(session, contact_id)
                organizations = organization_choices(session)
        except RecordMissingError as error:
            self._gone(error)
            return
        if form is None and organization_id is not None:
            form_for_new = ContactForm(organization_id=organization_id)
            dialog = ContactDialog(organizations, form_for_new, self.parent)
            dialog.setWindowTitle("New contact")
        else:
            dialog = ContactDialog(organizations, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        name = clean_single_line(result.full_name) or "the contact"
        self._save(
            "contact",
            result,
            lambda session, edited: save_contact(session, edited, contact_id)[1],
            f"Saved {name}.",
            reopen=lambda again: self.edit_contact(contact_id, form=again),
        )

    def edit_note(
        self,
        note_id: int | None = None,
        organization_id: int | None = None,
        form: NoteForm | None = None,
    ) -> None:
        try:
            with self.database.session() as session:
                if form is None and note_id is not None:
                    form = load_note_form(session, note_id)
                chosen_organization = form.organization_id if form else organization_id
                organizations = organization_choices(session)
                people = contact_choices(session, chosen_organization)
        except RecordMissingError as error:
            self._gone(error)
            return
        if form is None:
            dialog = NoteDialog(
                organizations, people, NoteForm(organization_id=organization_id), self.parent
            )
            dialog.setWindowTitle("New note")
        else:
            dialog = NoteDialog(organizations, people, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        self._save(
            "note",
            result,
            lambda session, edited: save_note(session, edited, note_id)[1],
            "Note saved.",
            reopen=lambda again: self.edit_note(note_id, form=again),
        )

    def edit_history(self, organization_id: int, entry_id: int | None = None) -> None:
        try:
            with self.database.session() as session:
                form = load_history_form(session, entry_id) if entry_id is not None else None
        except RecordMissingError as error:
            self._gone(error)
            return
        dialog = HistoryDialog(form, self.parent)
        if not dialog.exec():
            return
        if dialog.removed and entry_id is not None:
            if self.dialogs.confirm(
                "Remove this from the partner history?",
                "It will no longer appear on the organization's timeline. This cannot be undone.",
                action="Remove",
                destructive=True,
            ):
                removing = entry_id
                self.changes.run(
                    lambda session: remove_history_entry(session, removing), "Removed."
                )
            return
        result = dialog.result_form()
        self.changes.run(
            lambda session: save_history_entry(session, organization_id, result, entry_id)[1],
            "Partner history saved.",
        )

    def edit_request(self, request_id: int | None = None, form: RequestForm | None = None) -> None:
        try:
            with self.database.session() as session:
                if form is None and request_id is not None:
                    form = load_request_form(session, request_id)
                organizations = organization_choices(session)
                contacts = contact_choices(session, form.organization_id if form else None)
        except RecordMissingError as error:
            self._gone(error)
            return
        dialog = RequestDialog(organizations, contacts, form, self.parent)
        if not dialog.exec():
            return
        result = _with_version(dialog.result_form(), form)
        who = self.user_name()
        saved: dict[str, int] = {}

        def save(session: Session, edited: RequestForm) -> Changes:
            saved["id"], changes = save_request(session, edited, request_id, who)
            return changes

        self._save(
            "request",
            result,
            save,
            f"Saved the request “{clean_single_line(result.title)}”.",
            reopen=lambda again: self.edit_request(request_id, again),
            after=lambda: self.show_request(saved["id"]),
        )

    # Two staff, one record ----------------------------------------------------------
    def _save(
        self,
        what: str,
        form: Form,
        save: Callable[[Session, Form], Changes],
        done_message: str,
        *,
        reopen: Callable[[Form], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        """Save ``form``; if someone else saved the record first, let the user choose."""

        def settle(error: ChangedElsewhereError) -> None:
            their_version = getattr(error.theirs, "row_version", None)
            # Whatever is chosen next knows their version: a save now overwrites it on
            # purpose, while a third person's later save would still be noticed.
            mine = replace(form, row_version=their_version)  # type: ignore[type-var]
            choice = self.dialogs.choose(
                f"Someone else changed this {what}", conflict_text(error), [KEEP_MINE, RELOAD]
            )
            if choice == KEEP_MINE:
                self._save(what, mine, save, done_message, reopen=reopen, after=after)
            elif choice == RELOAD and error.theirs is not None:
                reopen(error.theirs)
            else:
                reopen(mine)  # closed without choosing: nothing typed is lost

        self.changes.run(
            lambda session: save(session, form),
            done_message,
            after=after,
            if_changed_elsewhere=settle,
        )


def _with_version(edited: Form, loaded: object | None) -> Form:
    """The editor's result, carrying the version its contents were loaded at."""
    return replace(edited, row_version=getattr(loaded, "row_version", None))  # type: ignore[type-var]


def conflict_text(error: ChangedElsewhereError) -> str:
    """The refusal, then each differing field: their saved value against this one."""
    lines = [
        f"• {difference.field.capitalize()}: theirs “{difference.theirs}”, "
        f"yours “{difference.mine}”"
        for difference in error.differences[:MAX_DIFFERENCES_SHOWN]
    ]
    hidden = len(error.differences) - MAX_DIFFERENCES_SHOWN
    if hidden > 0:
        lines.append(f"…and {hidden} more.")
    return f"{error}\n\n" + "\n".join(lines) if lines else str(error)

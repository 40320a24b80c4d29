"""Open the right editor for a record, and save what the user wrote in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from partnerdesk.core.text import clean_single_line
from partnerdesk.services.changes import Changes
from partnerdesk.services.contacts import ContactForm, load_contact_form, save_contact
from partnerdesk.services.notes import NoteForm, contact_choices, load_note_form, save_note
from partnerdesk.services.organizations import (
    RecordMissingError,
    all_tags,
    load_history_form,
    load_organization_form,
    organization_choices,
    remove_history_entry,
    save_history_entry,
    save_organization,
)
from partnerdesk.services.requests import current_user_name, load_request_form, save_request
from partnerdesk.store.database import Database
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog


class RecordEditing:
    def __init__(
        self,
        parent: QWidget,
        database: Database,
        changes: ChangeRunner,
        dialogs: Dialogs,
        show_organization: Callable[[int], None],
        show_request: Callable[[int], None],
    ) -> None:
        self.parent = parent
        self.database = database
        self.changes = changes
        self.dialogs = dialogs
        self.show_organization = show_organization
        self.show_request = show_request

    def _gone(self, error: RecordMissingError) -> None:
        self.dialogs.inform("Not found", str(error))

    def edit_organization(self, organization_id: int | None = None) -> None:
        try:
            with self.database.session() as session:
                form = (
                    load_organization_form(session, organization_id)
                    if organization_id is not None
                    else None
                )
                tags = all_tags(session)
        except RecordMissingError as error:
            self._gone(error)
            return
        dialog = OrganizationDialog(form, tags, self.parent)
        if not dialog.exec():
            return
        result = dialog.result_form()
        name = clean_single_line(result.name)
        saved: dict[str, int] = {}

        def work(session: Session) -> Changes:
            saved["id"], changes = save_organization(session, result, organization_id)
            return changes

        self.changes.run(
            work,
            f"Saved {name}.",
            after=lambda: self.show_organization(saved["id"]),
        )

    def edit_contact(
        self, contact_id: int | None = None, organization_id: int | None = None
    ) -> None:
        try:
            with self.database.session() as session:
                form = load_contact_form(session, contact_id) if contact_id is not None else None
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
        result = dialog.result_form()
        name = clean_single_line(result.full_name) or "the contact"
        self.changes.run(
            lambda session: save_contact(session, result, contact_id)[1], f"Saved {name}."
        )

    def edit_note(self, note_id: int | None = None, organization_id: int | None = None) -> None:
        try:
            with self.database.session() as session:
                form = load_note_form(session, note_id) if note_id is not None else None
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
        result = dialog.result_form()
        self.changes.run(lambda session: save_note(session, result, note_id)[1], "Note saved.")

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

    def edit_request(self, request_id: int | None = None) -> None:
        try:
            with self.database.session() as session:
                form = load_request_form(session, request_id) if request_id is not None else None
                organizations = organization_choices(session)
                contacts = contact_choices(session, form.organization_id if form else None)
        except RecordMissingError as error:
            self._gone(error)
            return
        dialog = RequestDialog(organizations, contacts, form, self.parent)
        if not dialog.exec():
            return
        result = dialog.result_form()
        who = current_user_name()
        saved: dict[str, int] = {}

        def work(session: Session) -> Changes:
            saved["id"], changes = save_request(session, result, request_id, who)
            return changes

        self.changes.run(
            work,
            f"Saved the request “{clean_single_line(result.title)}”.",
            after=lambda: self.show_request(saved["id"]),
        )

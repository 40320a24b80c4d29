"""What the record editors read and save, each call in a transaction of its own.

The window's editors (organization, contact, note, partner history, request) call only
these: each takes the ``Database``, opens and commits its own transaction and returns
plain data (a form and the choices beside it) or what it changed. The session-level
functions they compose stay in organizations.py, contacts.py, notes.py and requests.py,
where sample data, other use cases and tests combine several in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from partnerdesk.services.changes import Changes
from partnerdesk.services.records.concurrency import save_or_explain
from partnerdesk.services.records.contacts import (
    ContactForm,
    get_contact,
    load_contact_form,
    save_contact,
)
from partnerdesk.services.records.notes import (
    NoteForm,
    contact_choices,
    get_note,
    load_note_form,
    save_note,
)
from partnerdesk.services.records.organizations import (
    HistoryForm,
    OrganizationForm,
    all_tags,
    get_organization,
    load_history_form,
    load_organization_form,
    organization_choices,
    remove_history_entry,
    save_history_entry,
    save_organization,
)
from partnerdesk.services.records.requests import (
    RequestForm,
    get_request,
    load_request_form,
    save_request,
)

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

Choices = list[tuple[int, str]]


@dataclass(frozen=True)
class OrganizationToEdit:
    form: OrganizationForm | None  # None: a new organization
    tags: list[str]  # every tag in use, to offer while typing


@dataclass(frozen=True)
class ContactToEdit:
    form: ContactForm | None
    organizations: Choices


@dataclass(frozen=True)
class NoteToEdit:
    form: NoteForm | None
    organizations: Choices
    people: Choices  # the note's organization's people first


@dataclass(frozen=True)
class RequestToEdit:
    form: RequestForm | None
    organizations: Choices
    contacts: Choices


# Reading what an editor shows ------------------------------------------------------------
def organization_to_edit(database: Database, organization_id: int | None) -> OrganizationToEdit:
    """The stored organization (None: only the tags, for a new one or a form kept open)."""
    with database.session() as session:
        form = None if organization_id is None else load_organization_form(session, organization_id)
        return OrganizationToEdit(form, all_tags(session))


def contact_to_edit(database: Database, contact_id: int | None) -> ContactToEdit:
    with database.session() as session:
        form = None if contact_id is None else load_contact_form(session, contact_id)
        return ContactToEdit(form, organization_choices(session))


def note_to_edit(
    database: Database, note_id: int | None, organization_id: int | None = None
) -> NoteToEdit:
    """The stored note (or none), and the people of its organization (or ``organization_id``)."""
    with database.session() as session:
        form = None if note_id is None else load_note_form(session, note_id)
        chosen = form.organization_id if form is not None else organization_id
        return NoteToEdit(form, organization_choices(session), contact_choices(session, chosen))


def history_entry_to_edit(database: Database, entry_id: int | None) -> HistoryForm | None:
    if entry_id is None:
        return None
    with database.session() as session:
        return load_history_form(session, entry_id)


def request_to_edit(
    database: Database, request_id: int | None, organization_id: int | None = None
) -> RequestToEdit:
    """The stored request (or none), and the contacts of its organization first."""
    with database.session() as session:
        form = None if request_id is None else load_request_form(session, request_id)
        chosen = form.organization_id if form is not None else organization_id
        return RequestToEdit(form, organization_choices(session), contact_choices(session, chosen))


# Saving what was typed -------------------------------------------------------------------
# Each save is refused (ChangedElsewhereError, field by field) when someone saved the
# record meanwhile, also when both saves overlapped and theirs was written first
# (concurrency.save_or_explain); TrashedElsewhereError when it was moved to the Trash.
def save_organization_edits(
    database: Database, form: OrganizationForm, organization_id: int | None = None
) -> tuple[int, Changes]:
    """Create or update; refused (ChangedElsewhereError) if someone saved it meanwhile."""
    return save_or_explain(
        database,
        "organization",
        form,
        lambda session: save_organization(session, form, organization_id),
        None
        if organization_id is None
        else lambda session: (
            get_organization(session, organization_id),
            load_organization_form(session, organization_id),
        ),
    )


def save_contact_edits(
    database: Database, form: ContactForm, contact_id: int | None = None
) -> tuple[int, Changes]:
    return save_or_explain(
        database,
        "contact",
        form,
        lambda session: save_contact(session, form, contact_id),
        None
        if contact_id is None
        else lambda session: (
            get_contact(session, contact_id),
            load_contact_form(session, contact_id),
        ),
    )


def save_note_edits(
    database: Database, form: NoteForm, note_id: int | None = None
) -> tuple[int, Changes]:
    return save_or_explain(
        database,
        "note",
        form,
        lambda session: save_note(session, form, note_id),
        None
        if note_id is None
        else lambda session: (get_note(session, note_id), load_note_form(session, note_id)),
    )


def save_history_edits(
    database: Database, organization_id: int, form: HistoryForm, entry_id: int | None = None
) -> tuple[int, Changes]:
    with database.session() as session:
        return save_history_entry(session, organization_id, form, entry_id)


def remove_history(database: Database, entry_id: int) -> Changes:
    with database.session() as session:
        return remove_history_entry(session, entry_id)


def save_request_edits(
    database: Database, form: RequestForm, request_id: int | None = None, changed_by: str = ""
) -> tuple[int, Changes]:
    """Create or update; a new request starts at Received, logged as ``changed_by``'s."""
    return save_or_explain(
        database,
        "request",
        form,
        lambda session: save_request(session, form, request_id, changed_by),
        None
        if request_id is None
        else lambda session: (
            get_request(session, request_id),
            load_request_form(session, request_id),
        ),
    )

"""Adding and editing contacts: their details, ways to reach them, and where they work.

When a contact moves to another organization the old place is kept as an affiliation,
so their history with us stays readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from partnerdesk.core.choices import PreferredContactMethod
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import refuse_if_changed_elsewhere
from partnerdesk.store.models import Contact, ContactAffiliation, ContactEmail, ContactPhone

CONTACT_CHANGED = Changes(frozenset({RecordKind.CONTACT, RecordKind.ORGANIZATION}))
# Deliberately loose: it catches typing slips (a missing @ or domain), not every RFC case.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-.\s/x#*]{3,}$", re.IGNORECASE)


@dataclass
class ContactForm:
    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization_id: int | None = None
    role_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    is_key_leader: bool = False
    is_decision_maker: bool = False
    background: str = ""
    preferred_contact_method: PreferredContactMethod | None = None
    # The version the form was loaded at (see services/records/concurrency.py);
    # None: new, or "keep mine".
    row_version: int | None = None


@dataclass(frozen=True)
class FormWarning:
    """Something worth a second look that does not stop saving."""

    field: str
    message: str


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise RecordMissingError(translate("Refusals", "That contact is no longer there."))
    return contact


def load_contact_form(session: Session, contact_id: int) -> ContactForm:
    contact = get_contact(session, contact_id)
    return ContactForm(
        full_name=contact.full_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        organization_id=contact.organization_id,
        role_title=contact.role_title,
        emails=[email.address for email in contact.emails],
        phones=[phone.number for phone in contact.phones],
        is_key_leader=contact.is_key_leader,
        is_decision_maker=contact.is_decision_maker,
        background=contact.background,
        preferred_contact_method=contact.preferred_contact_method,
        row_version=contact.row_version,
    )


def check_contact_form(form: ContactForm) -> list[FormWarning]:
    """Warnings shown next to the fields; the contact can be saved anyway."""
    warnings = []
    for address in _cleaned_lines(form.emails):
        if not _EMAIL.match(address):
            warnings.append(FormWarning("emails", f"“{address}” does not look like an email."))
    for number in _cleaned_lines(form.phones):
        if not _PHONE.match(number):
            warnings.append(FormWarning("phones", f"“{number}” does not look like a phone."))
    return warnings


def _cleaned_lines(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        cleaned = clean_single_line(value)
        if cleaned:
            seen.setdefault(cleaned.casefold(), cleaned)
    return list(seen.values())


def save_contact(
    session: Session, form: ContactForm, contact_id: int | None = None, today: date | None = None
) -> tuple[int, Changes]:
    full_name = clean_single_line(form.full_name) or " ".join(
        part
        for part in (clean_single_line(form.given_name), clean_single_line(form.family_name))
        if part
    )
    emails = _cleaned_lines(form.emails)
    if not full_name and not emails:
        raise InvalidInputError(
            translate("Refusals", "Please give the contact a name (or at least an email).")
        )
    contact = Contact() if contact_id is None else get_contact(session, contact_id)
    if contact_id is not None:
        refuse_if_changed_elsewhere(
            session, "contact", contact, form, lambda: load_contact_form(session, contact_id)
        )
    moving = contact_id is not None and contact.organization_id != form.organization_id
    if moving and contact.organization_id is not None:
        contact.affiliations.append(
            ContactAffiliation(
                organization_id=contact.organization_id,
                role_title=contact.role_title,
                ended_on=today or date.today(),
            )
        )
    contact.full_name = full_name or emails[0]
    contact.given_name = clean_single_line(form.given_name)
    contact.family_name = clean_single_line(form.family_name)
    contact.organization_id = form.organization_id
    contact.role_title = clean_single_line(form.role_title)
    contact.is_key_leader = form.is_key_leader
    contact.is_decision_maker = form.is_decision_maker
    contact.background = clean_multiline(form.background)
    contact.preferred_contact_method = form.preferred_contact_method
    _replace_emails(contact, emails)
    _replace_phones(contact, _cleaned_lines(form.phones))
    session.add(contact)
    session.flush()
    return contact.id, CONTACT_CHANGED


def _replace_emails(contact: Contact, addresses: list[str]) -> None:
    labels = {email.address.casefold(): email.label for email in contact.emails}
    contact.emails = [
        ContactEmail(address=address, label=labels.get(address.casefold(), ""), position=index)
        for index, address in enumerate(addresses)
    ]


def _replace_phones(contact: Contact, numbers: list[str]) -> None:
    labels = {phone.number: phone.label for phone in contact.phones}
    contact.phones = [
        ContactPhone(number=number, label=labels.get(number, ""), position=index)
        for index, number in enumerate(numbers)
    ]

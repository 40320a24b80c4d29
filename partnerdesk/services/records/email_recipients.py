"""Who at an organization an e-mail can go to: its people with their e-mail addresses."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.services.records.organizations import get_organization
from partnerdesk.services.transactions import transaction
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact


@dataclass(frozen=True)
class RecipientChoice:
    """One address of one contact; a contact with two addresses gives two choices."""

    contact_id: int
    name: str
    role_title: str
    address: str
    is_key_leader: bool
    is_decision_maker: bool
    # The contact's first address: the one to suggest when a contact has several.
    is_primary: bool
    # The name parts a contact file gave (vCard N, CSV columns), to greet them rightly.
    given_name: str = ""
    family_name: str = ""


@dataclass(frozen=True)
class EmailRecipients:
    organization_name: str
    choices: list[RecipientChoice]
    # People at the organization with no e-mail address saved, so the dialog can say so.
    without_address: list[str]


def email_recipients(session: Session, organization_id: int) -> EmailRecipients:
    """The organization's current contacts (not those in the Trash, nor those who moved on),
    key leaders first, then decision makers, then by name."""
    organization = get_organization(session, organization_id)
    contacts = session.scalars(
        select(Contact).where(
            Contact.organization_id == organization_id, Contact.deleted_at.is_(None)
        )
    ).all()
    ordered = sorted(
        contacts,
        key=lambda c: (not c.is_key_leader, not c.is_decision_maker, c.full_name.casefold()),
    )
    choices = [
        RecipientChoice(
            contact_id=contact.id,
            name=contact.full_name,
            role_title=contact.role_title,
            address=email.address,
            is_key_leader=contact.is_key_leader,
            is_decision_maker=contact.is_decision_maker,
            is_primary=position == 0,
            given_name=contact.given_name,
            family_name=contact.family_name,
        )
        for contact in ordered
        for position, email in enumerate(contact.emails)
    ]
    without = [contact.full_name for contact in ordered if not contact.emails]
    return EmailRecipients(organization.name, choices, without)


def recipients_at(database: Database, organization_id: int) -> EmailRecipients:
    """``email_recipients`` as a use case of its own (one transaction, only reading)."""
    with transaction(database) as session:
        return email_recipients(session, organization_id)

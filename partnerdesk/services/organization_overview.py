"""Everything the organization page shows, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.services.organizations import (
    OrganizationForm,
    get_organization,
    load_organization_form,
)
from partnerdesk.services.timeline import TimelineEntry, organization_timeline
from partnerdesk.store.models import Contact, ContactAffiliation


@dataclass(frozen=True)
class PersonLine:
    contact_id: int
    name: str
    role: str
    is_key_leader: bool
    is_decision_maker: bool
    email: str
    is_former: bool = False


@dataclass(frozen=True)
class OrganizationOverview:
    id: int
    form: OrganizationForm
    in_trash: bool
    people: list[PersonLine]
    timeline: list[TimelineEntry]


def organization_overview(session: Session, organization_id: int) -> OrganizationOverview:
    organization = get_organization(session, organization_id)
    contacts = session.scalars(
        select(Contact)
        .where(Contact.organization_id == organization_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_key_leader.desc(), func.lower(Contact.full_name))
    )
    people = [
        PersonLine(
            contact.id,
            contact.full_name,
            contact.role_title,
            contact.is_key_leader,
            contact.is_decision_maker,
            contact.primary_email,
        )
        for contact in contacts
    ]
    # People who used to work there: their history with us stays visible.
    former = session.execute(
        select(Contact, ContactAffiliation.role_title)
        .join(ContactAffiliation, ContactAffiliation.contact_id == Contact.id)
        .where(
            ContactAffiliation.organization_id == organization_id,
            Contact.deleted_at.is_(None),
            Contact.organization_id.is_distinct_from(organization_id),
        )
    ).all()
    people += [
        PersonLine(contact.id, contact.full_name, role, False, False, contact.primary_email, True)
        for contact, role in former
    ]
    return OrganizationOverview(
        organization_id,
        load_organization_form(session, organization_id),
        organization.in_trash,
        people,
        organization_timeline(session, organization_id),
    )

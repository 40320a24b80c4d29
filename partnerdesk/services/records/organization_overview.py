"""Everything the organization page shows, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.services.records.organizations import (
    OrganizationForm,
    get_organization,
    load_organization_form,
)
from partnerdesk.services.records.timeline import (
    NOTES_PER_PAGE,
    TimelineCursor,
    TimelineEntry,
    timeline_page,
)
from partnerdesk.store.models import Contact, ContactAffiliation, ContactEmail

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


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
    timeline: list[TimelineEntry]  # the newest part of it, when it is long
    timeline_continues: TimelineCursor | None = None


def read_organization(database: Database, organization_id: int) -> OrganizationOverview:
    """The organization page's content, read in a transaction of its own."""
    with database.session() as session:
        return organization_overview(session, organization_id)


def organization_overview(
    session: Session, organization_id: int, notes_limit: int | None = NOTES_PER_PAGE
) -> OrganizationOverview:
    """The page's content; the timeline holds ``notes_limit`` notes at most, and says where
    it continues (services/records/timeline.py reads the rest as the user scrolls)."""
    organization = get_organization(session, organization_id)
    # Plain columns, not Contact objects: a big partner has hundreds of people.
    first_email = (
        select(ContactEmail.address)
        .where(ContactEmail.contact_id == Contact.id)
        .order_by(ContactEmail.position)
        .limit(1)
        .scalar_subquery()
    )
    people = [
        PersonLine(contact_id, name, role, key_leader, decides, email or "")
        for contact_id, name, role, key_leader, decides, email in session.execute(
            select(
                Contact.id,
                Contact.full_name,
                Contact.role_title,
                Contact.is_key_leader,
                Contact.is_decision_maker,
                first_email,
            )
            .where(Contact.organization_id == organization_id, Contact.deleted_at.is_(None))
            .order_by(Contact.is_key_leader.desc(), func.lower(Contact.full_name))
        )
    ]
    # People who used to work there: their history with us stays visible.
    former = session.execute(
        select(Contact.id, Contact.full_name, ContactAffiliation.role_title, first_email)
        .join(ContactAffiliation, ContactAffiliation.contact_id == Contact.id)
        .where(
            ContactAffiliation.organization_id == organization_id,
            Contact.deleted_at.is_(None),
            Contact.organization_id.is_distinct_from(organization_id),
        )
    )
    people += [
        PersonLine(contact_id, name, role, False, False, email or "", True)
        for contact_id, name, role, email in former
    ]
    timeline = timeline_page(session, organization_id, notes_limit=notes_limit)
    return OrganizationOverview(
        organization_id,
        load_organization_form(session, organization_id),
        organization.in_trash,
        people,
        timeline.entries,
        timeline.cursor,
    )

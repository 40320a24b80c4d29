"""The query behind each list: its columns and its natural order, one function per kind.

``services/records/listing.py`` narrows, sorts and pages them; the columns named here are the
``Column`` keys the lists show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select

from partnerdesk.services.changes import RecordKind
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Organization,
    OutreachNote,
    PartnershipRequest,
)

ByName = Callable[[Any], Any]


def name_order(dialect_name: str) -> ByName:
    """How a list orders text ignoring case: NOCASE on SQLite, where the list-order indexes
    (migration 0004) are built with it, so a list's first page reads an index in order
    instead of sorting every row; lower() elsewhere. Both fold ASCII letters only."""
    if dialect_name == "sqlite":
        return lambda column: column.collate("NOCASE")
    return func.lower


if TYPE_CHECKING:
    # A select of any columns: each list reads columns of its own.
    ListQuery = Select[*tuple[Any, ...]]


def _organization_query(by_name: ByName) -> ListQuery:
    contact_count = (
        select(func.count(Contact.id))
        .where(Contact.organization_id == Organization.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    return select(
        Organization.id,
        Organization.name,
        Organization.kind,
        Organization.service_area,
        contact_count.label("contacts"),
    ).order_by(by_name(Organization.name), Organization.id)


def _contact_query(by_name: ByName) -> ListQuery:
    first_email = (
        select(ContactEmail.address)
        .where(ContactEmail.contact_id == Contact.id)
        .order_by(ContactEmail.position)
        .limit(1)
        .scalar_subquery()
    )
    first_phone = (
        select(ContactPhone.number)
        .where(ContactPhone.contact_id == Contact.id)
        .order_by(ContactPhone.position)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            Contact.id,
            Contact.full_name.label("name"),
            Contact.role_title,
            Organization.name.label("organization"),
            first_email.label("email"),
            first_phone.label("phone"),
        )
        .outerjoin(Organization, Contact.organization_id == Organization.id)
        .order_by(by_name(Contact.full_name), Contact.id)
    )


def _note_query(by_name: ByName) -> ListQuery:
    return (
        select(
            OutreachNote.id,
            OutreachNote.happened_on,
            OutreachNote.kind,
            OutreachNote.subject,
            Organization.name.label("organization"),
            OutreachNote.follow_up_due,
            OutreachNote.follow_up_done_at,
            OutreachNote.follow_up_action,
        )
        .outerjoin(Organization, OutreachNote.organization_id == Organization.id)
        .order_by(OutreachNote.happened_on.desc(), OutreachNote.id.desc())
    )


def _request_query(by_name: ByName) -> ListQuery:
    return (
        select(
            PartnershipRequest.id,
            PartnershipRequest.title,
            Organization.name.label("organization"),
            PartnershipRequest.received_on,
            PartnershipRequest.stage,
            PartnershipRequest.funding_ends_on,
        )
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .order_by(PartnershipRequest.received_on.desc(), PartnershipRequest.id.desc())
    )


QUERIES = {
    RecordKind.ORGANIZATION: _organization_query,
    RecordKind.CONTACT: _contact_query,
    RecordKind.NOTE: _note_query,
    RecordKind.REQUEST: _request_query,
}

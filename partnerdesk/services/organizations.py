"""Adding organizations (editing in full comes with the organization page)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.text import clean_single_line
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.store.models import Organization


class InvalidInputError(ValueError):
    """Input the user must correct; the message says how."""


def add_organization(
    session: Session, name: str, kind: OrganizationType = OrganizationType.OTHER
) -> tuple[int, Changes]:
    cleaned = clean_single_line(name)
    if not cleaned:
        raise InvalidInputError("Please give the organization a name.")
    organization = Organization(name=cleaned, kind=kind)
    session.add(organization)
    session.flush()
    return organization.id, Changes(frozenset({RecordKind.ORGANIZATION}))

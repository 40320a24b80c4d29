"""Reading commitments: all of them (the command line), one partnership's, those due soon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.commitments import CommitmentSource, CommitmentStatus, shown_status
from partnerdesk.services.records.requests import get_request
from partnerdesk.store.models import Commitment, Organization, PartnershipRequest

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

# How a commitment is shown and printed, in this order (a contract: see the README).
JSON_FIELDS = ("id", "request_id", "what", "party", "due_on", "status")


@dataclass(frozen=True)
class CommitmentLine:
    id: int
    request_id: int
    request_title: str
    organization: str
    source: CommitmentSource
    what: str
    party: str
    due_text: str
    due_on: date | None
    status: CommitmentStatus  # as shown: an open one past its date is late
    drop_reason: str

    @property
    def is_open(self) -> bool:
        return self.status in (CommitmentStatus.OPEN, CommitmentStatus.LATE)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "request_id": self.request_id,
            "what": self.what,
            "party": self.party,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "status": self.status.value,
        }


def _lines(session: Session, *where: Any, today: date) -> list[CommitmentLine]:
    rows = session.execute(
        select(Commitment, PartnershipRequest.title, Organization.name)
        .join(PartnershipRequest, Commitment.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(PartnershipRequest.deleted_at.is_(None), *where)
        .order_by(Commitment.request_id, Commitment.source, Commitment.position, Commitment.id)
    ).all()
    return [
        CommitmentLine(
            item.id,
            item.request_id,
            title,
            organization or "",
            item.source,
            item.what,
            item.party,
            item.due_text,
            item.due_on,
            shown_status(item.status, item.due_on, today),
            item.drop_reason,
        )
        for item, title, organization in rows
    ]


def list_commitments(
    database: Database, due_within: int | None = None, today: date | None = None
) -> list[CommitmentLine]:
    """Every commitment; with ``due_within``, only those still to do (late ones too) that
    are due within that many days, soonest first."""
    today = today or date.today()
    with database.session() as session:
        if due_within is None:
            return _lines(session, today=today)
        lines = _lines(
            session,
            Commitment.status == CommitmentStatus.OPEN,
            Commitment.due_on.is_not(None),
            Commitment.due_on <= today + timedelta(days=due_within),
            today=today,
        )
    return sorted(lines, key=lambda line: (line.due_on or today, line.id))


def request_commitments(
    database: Database, request_id: int, today: date | None = None
) -> list[CommitmentLine]:
    """One partnership's commitments, by party, then by due date (undated last)."""
    today = today or date.today()
    with database.session() as session:
        get_request(session, request_id)  # a request gone is said in words
        lines = _lines(session, Commitment.request_id == request_id, today=today)
    return sorted(
        lines,
        key=lambda line: (line.party.casefold(), line.due_on or date.max, line.what.casefold()),
    )

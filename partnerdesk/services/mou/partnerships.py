"""Partnerships at a glance: the requests that went ahead, with their MOU and dates.

``partnerdesk list partnerships`` prints these rows (its fields are a contract).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.commitments import CommitmentStatus
from partnerdesk.services.checkups.checkups import last_checkups
from partnerdesk.services.database_access import Database
from partnerdesk.services.transactions import transaction
from partnerdesk.store.models import Commitment, Mou, Organization, PartnershipRequest

# A request is a partnership once it went ahead (from the kickoff meeting on); one still
# being vetted or declined is not, unless an MOU was started for it.
PARTNERSHIP_STAGES = (
    RequestStage.KICKOFF,
    RequestStage.MOU_DRAFTING,
    RequestStage.ACTIVE,
    RequestStage.UNDER_REVIEW,
    RequestStage.ENDED,
)


@dataclass(frozen=True)
class PartnershipRow:
    id: int
    title: str
    organization: str
    stage: RequestStage
    mou_status: str  # "none", "draft" or "signed" (a signed MOU under review is signed)
    signed_on: date | None
    next_review_on: date | None
    funding_ends_on: date | None
    # Open commitments past their due date (late is never stored: core/commitments.py).
    late_commitments: int = 0
    # The latest check-up held by today (a planned one is not counted).
    last_checkup_on: date | None = None


def list_partnerships(database: Database, today: date | None = None) -> list[PartnershipRow]:
    """Every partnership, in the order of the requests' ids, with its newest MOU (if any)."""
    today = today or date.today()
    with transaction(database) as session:
        late: dict[int, int] = {
            request_id: count
            for request_id, count in session.execute(
                select(Commitment.request_id, func.count())
                .where(
                    Commitment.status == CommitmentStatus.OPEN,
                    Commitment.due_on.is_not(None),
                    Commitment.due_on < today,
                )
                .group_by(Commitment.request_id)
            )
        }
        checked = last_checkups(session, today)
        mous: dict[int, tuple[MouStatus, date | None, date | None, str]] = {}
        for request_id, status, signed_on, review_on, sections in session.execute(
            select(Mou.request_id, Mou.status, Mou.signed_on, Mou.review_on, Mou.sections)
            .where(Mou.deleted_at.is_(None), Mou.request_id.is_not(None))
            .order_by(Mou.id)
        ):
            funding = str(((sections or {}).get("term") or {}).get("funding_ends_on") or "")
            # The newest MOU of a request wins, as services/mou/drafts.mou_for_request.
            mous[request_id] = (status, signed_on, review_on, funding)
        rows = session.execute(
            select(
                PartnershipRequest.id,
                PartnershipRequest.title,
                Organization.name,
                PartnershipRequest.stage,
                PartnershipRequest.funding_ends_on,
            )
            .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
            .where(PartnershipRequest.deleted_at.is_(None))
            .order_by(PartnershipRequest.id)
        )
        listed = []
        for request_id, title, organization, stage, funding_ends_on in rows:
            mou = mous.get(request_id)
            if stage not in PARTNERSHIP_STAGES and mou is None:
                continue
            if mou is None:
                listed.append(
                    PartnershipRow(
                        request_id,
                        title,
                        organization or "",
                        stage,
                        "none",
                        None,
                        None,
                        funding_ends_on,
                        late.get(request_id, 0),
                        checked.get(request_id),
                    )
                )
                continue
            status, signed_on, review_on, funding = mou
            signed = status in (MouStatus.SIGNED, MouStatus.IN_REVIEW) or signed_on is not None
            listed.append(
                PartnershipRow(
                    request_id,
                    title,
                    organization or "",
                    stage,
                    "signed" if signed else "draft",
                    signed_on,
                    review_on,
                    # The request's own date first; else the one the MOU's term states.
                    funding_ends_on or (date.fromisoformat(funding) if funding else None),
                    late.get(request_id, 0),
                    checked.get(request_id),
                )
            )
        return listed

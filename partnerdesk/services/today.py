"""What needs attention now: follow-ups due and requests waiting for a decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import counts
from partnerdesk.store.models import Mou, Organization, OutreachNote, PartnershipRequest

UPCOMING_DAYS = 14
MOU_REVIEW_DAYS = 30
CLOSED_STAGES = (RequestStage.DECLINED, RequestStage.ENDED)


@dataclass(frozen=True)
class FollowUp:
    note_id: int
    action: str
    due: date
    organization: str


@dataclass(frozen=True)
class WaitingRequest:
    request_id: int
    title: str
    organization: str
    stage: RequestStage
    received_on: date | None


@dataclass(frozen=True)
class MouReview:
    mou_id: int
    title: str
    review_on: date
    organization_id: int | None
    organization: str


@dataclass(frozen=True)
class TodayOverview:
    today: date
    overdue: list[FollowUp]
    upcoming: list[FollowUp]
    waiting_requests: list[WaitingRequest]
    counts: dict[RecordKind, int]
    mou_reviews: list[MouReview] = field(default_factory=list)

    @property
    def store_is_empty(self) -> bool:
        return not any(self.counts.values())


def today_overview(session: Session, today: date | None = None) -> TodayOverview:
    today = today or date.today()
    horizon = today + timedelta(days=UPCOMING_DAYS)
    follow_ups = session.execute(
        select(
            OutreachNote.id,
            OutreachNote.follow_up_action,
            OutreachNote.follow_up_due,
            Organization.name,
        )
        .outerjoin(Organization, OutreachNote.organization_id == Organization.id)
        .where(
            OutreachNote.deleted_at.is_(None),
            OutreachNote.follow_up_done_at.is_(None),
            OutreachNote.follow_up_due.is_not(None),
            OutreachNote.follow_up_due <= horizon,
            OutreachNote.follow_up_action != "",
        )
        .order_by(OutreachNote.follow_up_due, OutreachNote.id)
    ).all()
    items = [FollowUp(note_id, action, due, org or "") for note_id, action, due, org in follow_ups]
    waiting = session.execute(
        select(
            PartnershipRequest.id,
            PartnershipRequest.title,
            Organization.name,
            PartnershipRequest.stage,
            PartnershipRequest.received_on,
        )
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(
            PartnershipRequest.deleted_at.is_(None),
            PartnershipRequest.decision.is_(None),
            PartnershipRequest.stage.not_in(CLOSED_STAGES),
        )
        .order_by(PartnershipRequest.received_on, PartnershipRequest.id)
    ).all()
    reviews = session.execute(
        select(Mou.id, Mou.title, Mou.review_on, Organization.id, Organization.name)
        .outerjoin(PartnershipRequest, Mou.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(
            Mou.deleted_at.is_(None),
            Mou.review_on.is_not(None),
            Mou.review_on <= today + timedelta(days=MOU_REVIEW_DAYS),
            Mou.status.not_in((MouStatus.ENDED,)),
        )
        .order_by(Mou.review_on)
    ).all()
    return TodayOverview(
        today=today,
        overdue=[item for item in items if item.due < today],
        upcoming=[item for item in items if item.due >= today],
        waiting_requests=[WaitingRequest(i, t, o or "", s, r) for i, t, o, s, r in waiting],
        counts=counts(session),
        mou_reviews=[MouReview(i, t, r, oid, o or "") for i, t, r, oid, o in reviews],
    )

"""What needs attention now: follow-ups and commitments due, requests waiting for a decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.commitments import DUE_SOON_DAYS, CommitmentStatus
from partnerdesk.services.changes import RecordKind
from partnerdesk.store import outlines

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

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
    request_id: int | None = None  # the partnership: a check-up is offered at each review


@dataclass(frozen=True)
class DueCommitment:
    commitment_id: int
    what: str
    party: str
    due: date
    request_id: int
    request_title: str


@dataclass(frozen=True)
class TodayOverview:
    today: date
    overdue: list[FollowUp]
    upcoming: list[FollowUp]
    waiting_requests: list[WaitingRequest]
    counts: dict[RecordKind, int]
    mou_reviews: list[MouReview] = field(default_factory=list)
    # Open commitments past their date, and those due in the next two weeks.
    late_commitments: list[DueCommitment] = field(default_factory=list)
    commitments_due_soon: list[DueCommitment] = field(default_factory=list)

    @property
    def store_is_empty(self) -> bool:
        return not any(self.counts.values())


def read_today(database: Database, today: date | None = None) -> TodayOverview:
    """What the Today page shows, read in a transaction of its own."""
    with database.session() as session:
        return today_overview(session, today)


def today_overview(session: Session, today: date | None = None) -> TodayOverview:
    """What the Today page shows.

    Read through the tables' outlines rather than the models: the window opens on this
    page, before the models are declared and their mappers configured (store/outlines.py).
    """
    today = today or date.today()
    horizon = today + timedelta(days=UPCOMING_DAYS)
    notes, organizations = outlines.outreach_notes, outlines.organizations
    requests, mous = outlines.partnership_requests, outlines.mous
    follow_ups = session.execute(
        select(notes.c.id, notes.c.follow_up_action, notes.c.follow_up_due, organizations.c.name)
        .outerjoin(organizations, notes.c.organization_id == organizations.c.id)
        .where(
            notes.c.deleted_at.is_(None),
            notes.c.follow_up_done_at.is_(None),
            notes.c.follow_up_due.is_not(None),
            notes.c.follow_up_due <= horizon,
            notes.c.follow_up_action != "",
        )
        .order_by(notes.c.follow_up_due, notes.c.id)
    ).all()
    items = [FollowUp(note_id, action, due, org or "") for note_id, action, due, org in follow_ups]
    waiting = session.execute(
        select(
            requests.c.id,
            requests.c.title,
            organizations.c.name,
            requests.c.stage,
            requests.c.received_on,
        )
        .outerjoin(organizations, requests.c.organization_id == organizations.c.id)
        .where(
            requests.c.deleted_at.is_(None),
            requests.c.decision.is_(None),
            requests.c.stage.not_in(CLOSED_STAGES),
        )
        .order_by(requests.c.received_on, requests.c.id)
    ).all()
    reviews = session.execute(
        select(
            mous.c.id,
            mous.c.title,
            mous.c.review_on,
            organizations.c.id,
            organizations.c.name,
            mous.c.request_id,
        )
        .outerjoin(requests, mous.c.request_id == requests.c.id)
        .outerjoin(organizations, requests.c.organization_id == organizations.c.id)
        .where(
            mous.c.deleted_at.is_(None),
            mous.c.review_on.is_not(None),
            mous.c.review_on <= today + timedelta(days=MOU_REVIEW_DAYS),
            mous.c.status.not_in((MouStatus.ENDED,)),
        )
        .order_by(mous.c.review_on)
    ).all()
    promised = _commitments_due(session, today)
    return TodayOverview(
        today=today,
        overdue=[item for item in items if item.due < today],
        upcoming=[item for item in items if item.due >= today],
        waiting_requests=[WaitingRequest(i, t, o or "", s, r) for i, t, o, s, r in waiting],
        counts=_live_counts(session),
        mou_reviews=[MouReview(i, t, r, oid, o or "", rid) for i, t, r, oid, o, rid in reviews],
        late_commitments=[item for item in promised if item.due < today],
        commitments_due_soon=[item for item in promised if item.due >= today],
    )


def _commitments_due(session: Session, today: date) -> list[DueCommitment]:
    """Open commitments due by two weeks from today (late ones too), of live partnerships."""
    commitments, requests = outlines.commitments, outlines.partnership_requests
    rows = session.execute(
        select(
            commitments.c.id,
            commitments.c.what,
            commitments.c.party,
            commitments.c.due_on,
            requests.c.id,
            requests.c.title,
        )
        .join(requests, commitments.c.request_id == requests.c.id)
        .where(
            requests.c.deleted_at.is_(None),
            commitments.c.status == CommitmentStatus.OPEN,
            commitments.c.due_on.is_not(None),
            commitments.c.due_on <= today + timedelta(days=DUE_SOON_DAYS),
        )
        .order_by(commitments.c.due_on, commitments.c.id)
    ).all()
    return [DueCommitment(*row) for row in rows]


def _live_counts(session: Session) -> dict[RecordKind, int]:
    """How many of each kind are not in the trash (as the lists count them).

    All rows less the trashed ones: SQLite counts a whole table along its smallest index
    and the trashed rows along their own small index in about a millisecond, where
    counting the live rows walked every entry of their list index (35 ms for 200,000
    notes).
    """
    tables = (
        (RecordKind.ORGANIZATION, outlines.organizations),
        (RecordKind.CONTACT, outlines.contacts),
        (RecordKind.NOTE, outlines.outreach_notes),
        (RecordKind.REQUEST, outlines.partnership_requests),
    )
    every = [select(func.count()).select_from(table).scalar_subquery() for _, table in tables]
    trashed = [
        select(func.count())
        .select_from(table)
        .where(table.c.deleted_at.is_not(None))
        .scalar_subquery()
        for _, table in tables
    ]
    row = session.execute(select(*(a - b for a, b in zip(every, trashed, strict=True)))).one()
    return {kind: int(count) for (kind, _), count in zip(tables, row, strict=True)}

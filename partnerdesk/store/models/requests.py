"""Incoming partnership requests, their stages, vetting answers and capacity matrix."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.core.choices import (
    CapacityStatus,
    Decision,
    ParticipationLevel,
    Rating,
    RequestStage,
    ValuesShown,
)
from partnerdesk.store.column_types import UtcDateTime, choice_column
from partnerdesk.store.models.base import (
    Base,
    Timestamped,
    Trashable,
    Versioned,
    list_order_index,
    trash_index,
    utc_now,
)
from partnerdesk.store.models.organizations import Contact, Organization


class PartnershipRequest(Timestamped, Trashable, Versioned, Base):
    """An organization asks us to partner; we vet it and decide on our own terms."""

    __tablename__ = "partnership_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    ask: Mapped[str] = mapped_column(Text, default="")
    stated_purpose: Mapped[str] = mapped_column(Text, default="")
    community_need: Mapped[str] = mapped_column(Text, default="")
    funding_source: Mapped[str] = mapped_column(Text, default="")
    funding_ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    plan_when_funding_ends: Mapped[str] = mapped_column(Text, default="")
    proposed_timeframe: Mapped[str] = mapped_column(Text, default="")
    participation_offered: Mapped[ParticipationLevel | None] = mapped_column(
        choice_column(ParticipationLevel), default=None
    )
    participation_wanted: Mapped[ParticipationLevel | None] = mapped_column(
        choice_column(ParticipationLevel), default=None
    )
    stage: Mapped[RequestStage] = mapped_column(
        choice_column(RequestStage), default=RequestStage.RECEIVED, index=True
    )
    decision: Mapped[Decision | None] = mapped_column(choice_column(Decision), default=None)
    decision_reasons: Mapped[str] = mapped_column(Text, default="")
    decision_conditions: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)

    organization: Mapped[Organization | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="StageChange.changed_at"
    )
    answers: Mapped[list[VettingAnswer]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )
    capacity_cells: Mapped[list[CapacityCell]] = relationship(cascade="all, delete-orphan")
    decisions: Mapped[list[RequestDecision]] = relationship(
        back_populates="request",
        cascade="all, delete-orphan",
        order_by="RequestDecision.recorded_at",
    )
    shortlist: Mapped[list[ShortlistedQuestion]] = relationship(cascade="all, delete-orphan")


trash_index(PartnershipRequest)
list_order_index(PartnershipRequest, PartnershipRequest.received_on)


class StageChange(Base):
    """Each move of a request between stages, with when and who."""

    __tablename__ = "request_stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[RequestStage | None] = mapped_column(choice_column(RequestStage))
    to_stage: Mapped[RequestStage] = mapped_column(choice_column(RequestStage))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(150), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[PartnershipRequest] = relationship(back_populates="stage_changes")


class RequestDecision(Base):
    """Every decision taken on a request, kept even when a later one replaces it.

    The request's own ``decision`` columns hold the latest one, for lists and the timeline;
    this is the record of how the answer came about (paused in spring, proceeded in autumn).
    """

    __tablename__ = "request_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[Decision] = mapped_column(choice_column(Decision))
    reasons: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(150), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    request: Mapped[PartnershipRequest] = relationship(back_populates="decisions")


class VettingQuestion(Timestamped, Base):
    """A question from the bank: shipped (from the seed documents) or added by the user."""

    __tablename__ = "vetting_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identifier from the shipped bank ("hard.why-now"); custom ones get one too.
    key: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[str] = mapped_column(String(120), index=True)
    text: Mapped[str] = mapped_column(Text)
    help_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_custom: Mapped[bool] = mapped_column(Boolean, default=False)
    # Bumped whenever the wording changes; answers remember the wording they were asked in.
    wording_revision: Mapped[int] = mapped_column(Integer, default=1)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class VettingAnswer(Timestamped, Versioned, Base):
    """Their answer to one question for one request, our evidence, and how we rate it."""

    __tablename__ = "vetting_answers"
    __table_args__ = (UniqueConstraint("request_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("vetting_questions.id", ondelete="RESTRICT"), index=True
    )
    question_text_asked: Mapped[str] = mapped_column(Text, default="")
    question_revision_asked: Mapped[int] = mapped_column(Integer, default=1)
    their_answer: Mapped[str] = mapped_column(Text, default="")
    our_evidence: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[Rating] = mapped_column(choice_column(Rating), default=Rating.NOT_ASKED)
    # Only for the values question: have they shown those values? None: not rated yet.
    values_shown: Mapped[ValuesShown | None] = mapped_column(
        choice_column(ValuesShown), default=None
    )
    asked_by: Mapped[str] = mapped_column(String(150), default="")
    asked_on: Mapped[date | None] = mapped_column(Date, default=None)

    request: Mapped[PartnershipRequest] = relationship(back_populates="answers")
    question: Mapped[VettingQuestion] = relationship()


class ShortlistedQuestion(Base):
    """A question picked for the next conversation with the requester (and its form).

    A request with none picked asks the three hard questions: the shortlist is only what
    the user chose beyond that default.
    """

    __tablename__ = "request_shortlist"
    __table_args__ = (UniqueConstraint("request_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("vetting_questions.id", ondelete="CASCADE"), index=True
    )


class Capacity(Base):
    """A row of the capacity matrix ("Meeting and event space", "Lived experience"...)."""

    __tablename__ = "capacities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class CapacityCell(Base):
    """What one party has or needs of one capacity, for one request."""

    __tablename__ = "capacity_cells"
    __table_args__ = (UniqueConstraint("request_id", "capacity_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    capacity_id: Mapped[int] = mapped_column(ForeignKey("capacities.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    status: Mapped[CapacityStatus] = mapped_column(
        choice_column(CapacityStatus), default=CapacityStatus.NONE
    )
    note: Mapped[str] = mapped_column(Text, default="")

"""What we hand to partners: profiles and MOUs, with every exported version kept."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.core.choices import MouStatus
from partnerdesk.store.column_types import UtcDateTime, choice_column
from partnerdesk.store.models.base import (
    Base,
    Timestamped,
    Trashable,
    Versioned,
    trash_index,
    utc_now,
)
from partnerdesk.store.models.organizations import Organization


class PartnerProfile(Timestamped, Versioned, Base):
    """One organization's answers to the partner-profile prompts, keyed by prompt id.

    Kept as a JSON mapping so the wizard can add prompts without a migration.
    """

    __tablename__ = "partner_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), unique=True
    )
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_page: Mapped[str] = mapped_column(String(80), default="")

    organization: Mapped[Organization] = relationship()


class Mou(Timestamped, Trashable, Versioned, Base):
    """A memorandum of understanding: the current draft lives in ``sections``."""

    __tablename__ = "mous"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[MouStatus] = mapped_column(choice_column(MouStatus), default=MouStatus.DRAFT)
    # Section id -> the section's fields; the wizard and the export share the ids.
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_page: Mapped[str] = mapped_column(String(80), default="")
    review_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)

    versions: Mapped[list[MouVersion]] = relationship(
        back_populates="mou", cascade="all, delete-orphan", order_by="MouVersion.number"
    )
    signings: Mapped[list[MouSigning]] = relationship(
        back_populates="mou", cascade="all, delete-orphan", order_by="MouSigning.id"
    )
    reviews: Mapped[list[MouReview]] = relationship(
        back_populates="mou", cascade="all, delete-orphan", order_by="MouReview.id"
    )


trash_index(Mou)


class MouVersion(Base):
    """A snapshot taken at each export, so older versions can be compared and restored."""

    __tablename__ = "mou_versions"
    __table_args__ = (UniqueConstraint("mou_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mous.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    note: Mapped[str] = mapped_column(Text, default="")
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    exported_file_name: Mapped[str] = mapped_column(String(500), default="")

    mou: Mapped[Mou] = relationship(back_populates="versions")


class MouSigning(Base):
    """Each time the parties signed the MOU (the first time, then each amendment).

    The latest one is the baseline: the version it names is what both parties agreed to,
    and any later change to the draft is an amendment compared with it.
    """

    __tablename__ = "mou_signings"

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mous.id", ondelete="CASCADE"), index=True)
    version_number: Mapped[int] = mapped_column(Integer)
    signed_on: Mapped[date] = mapped_column(Date)
    # Party name -> the person who signed for it, in the order of the MOU's parties.
    signers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # The signed copy's file name inside the data folder's "signed" folder ("" for none).
    signed_copy: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(150), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    mou: Mapped[Mou] = relationship(back_populates="signings")


class MouReview(Base):
    """A review of a signed MOU: when, who took part, what changed (or that nothing did)."""

    __tablename__ = "mou_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mous.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(Text, default="")
    what_changed: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    mou: Mapped[Mou] = relationship(back_populates="reviews")

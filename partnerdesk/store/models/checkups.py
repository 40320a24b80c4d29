"""Partnership check-ups: each side's ratings of the shipped statements, on a date."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.core.choices import CheckupSide
from partnerdesk.store.column_types import UtcDateTime, choice_column
from partnerdesk.store.models.base import Base, Timestamped, Versioned


class Checkup(Timestamped, Versioned, Base):
    """One check-up of a partnership: held (or planned, when the date is still ahead) on
    ``held_on``. Our side is rated in the app; the partner's is read from their form,
    whose file name and reading time are kept to say where their answers came from."""

    __tablename__ = "checkups"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    partner_form_name: Mapped[str] = mapped_column(String(500), default="")
    partner_read_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    ratings: Mapped[list[CheckupRating]] = relationship(
        back_populates="checkup", cascade="all, delete-orphan", passive_deletes=True
    )


class CheckupRating(Base):
    """One side's rating of one statement (kept under the statement's id, never its text)."""

    __tablename__ = "checkup_ratings"
    __table_args__ = (UniqueConstraint("checkup_id", "side", "statement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkup_id: Mapped[int] = mapped_column(
        ForeignKey("checkups.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[CheckupSide] = mapped_column(choice_column(CheckupSide))
    statement_id: Mapped[str] = mapped_column(String(80))
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")

    checkup: Mapped[Checkup] = relationship(back_populates="ratings")

"""Commitments: each promise of a partnership, kept in step with the MOU and the decision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partnerdesk.core.commitments import CommitmentSource, CommitmentStatus
from partnerdesk.store.column_types import choice_column
from partnerdesk.store.models.base import Base, Timestamped


class Commitment(Timestamped, Base):
    """One promise: what, by which party, when; its status set by the user.

    ``source`` and ``position`` say where it comes from (the roles table's row, the goal,
    the condition), so that editing the MOU updates it rather than making a new one.
    """

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[CommitmentSource] = mapped_column(choice_column(CommitmentSource))
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text, default="")
    party: Mapped[str] = mapped_column(String(300), default="")
    due_text: Mapped[str] = mapped_column(String(200), default="")  # as written: "Quarterly"
    due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        choice_column(CommitmentStatus), default=CommitmentStatus.OPEN
    )
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    drop_reason: Mapped[str] = mapped_column(Text, default="")

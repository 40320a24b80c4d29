"""What the user writes for a partnership's results report: the story, next steps, figures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partnerdesk.store.models.base import Base, Timestamped, Versioned


class ResultsReportText(Timestamped, Versioned, Base):
    """One per partnership: the story or quote (and whose words), and the next steps.

    Versioned, so two staff writing the same report on a shared database are told.
    """

    __tablename__ = "results_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), unique=True
    )
    story: Mapped[str] = mapped_column(Text, default="")
    story_by: Mapped[str] = mapped_column(String(300), default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")


class GoalFigure(Timestamped, Base):
    """The figure a goal (a commitment of source "goal") has reached so far, and when."""

    __tablename__ = "goal_figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), unique=True
    )
    figure: Mapped[str] = mapped_column(String(300), default="")
    as_of: Mapped[date | None] = mapped_column(Date, default=None)

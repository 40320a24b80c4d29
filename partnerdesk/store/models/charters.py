"""The team charter: how the partners of a request will work together (issue 19)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from partnerdesk.store.models.base import Base, Timestamped, Versioned


class TeamCharter(Timestamped, Versioned, Base):
    """One request's charter: the four parts of core/team_charter.py, one text each.

    One per request, made when its first words are saved. ``row_version`` (Versioned) and
    the editor's comparison of each part with what it last read keep a colleague's save on
    a shared database from being overwritten unseen.
    """

    __tablename__ = "team_charters"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="CASCADE"), unique=True
    )
    goal: Mapped[str] = mapped_column(Text, default="")
    agreeing: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    meetings: Mapped[str] = mapped_column(Text, default="")

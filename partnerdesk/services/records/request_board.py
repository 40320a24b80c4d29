"""The requests board: one column per stage, one card per request, read in one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.services.records.requests import StageShown
from partnerdesk.store.models import Organization, PartnershipRequest

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


@dataclass(frozen=True)
class BoardCard:
    id: int
    title: str
    organization: str
    received_on: date | None
    funding_ends_on: date | None
    decision: Decision | None
    stage: RequestStage | None = None
    # The request's version when the board was read: a move from this card checks it.
    row_version: int | None = None

    @property
    def shown(self) -> StageShown | None:
        """The request as this card shows it, for a move to check against."""
        if self.row_version is None or self.stage is None:
            return None
        return StageShown(self.row_version, self.stage, self.decision)


def read_board(database: Database, text: str = "") -> dict[RequestStage, list[BoardCard]]:
    """The board's cards, read in a transaction of their own."""
    with database.session() as session:
        return request_board(session, text)


def request_board(session: Session, text: str = "") -> dict[RequestStage, list[BoardCard]]:
    """Requests not in the Trash by stage, newest first; ``text`` narrows by title or asker."""
    rows = session.execute(
        select(
            PartnershipRequest.id,
            PartnershipRequest.title,
            Organization.name,
            PartnershipRequest.received_on,
            PartnershipRequest.funding_ends_on,
            PartnershipRequest.decision,
            PartnershipRequest.stage,
            PartnershipRequest.row_version,
        )
        .outerjoin(Organization, Organization.id == PartnershipRequest.organization_id)
        .where(PartnershipRequest.deleted_at.is_(None))
        .order_by(PartnershipRequest.received_on.desc(), PartnershipRequest.id.desc())
    )
    wanted = text.strip().casefold()
    board: dict[RequestStage, list[BoardCard]] = {stage: [] for stage in RequestStage}
    for request_id, title, organization, received, ends, decision, stage, version in rows:
        if wanted and wanted not in f"{title} {organization or ''}".casefold():
            continue
        board[stage].append(
            BoardCard(
                request_id, title, organization or "", received, ends, decision, stage, version
            )
        )
    return board

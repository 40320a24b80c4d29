"""Marking a commitment done, open again, or dropped (with a reason)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partnerdesk.core.commitments import CommitmentStatus
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.store.models import Commitment

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

# Today, the request page and the command line show commitments; no list shows them.
COMMITMENTS_CHANGED = Changes.of(Detail.COMMITMENTS)


def _get(session: Session, commitment_id: int) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise RecordMissingError(translate("Refusals", "That commitment is no longer there."))
    return commitment


def mark_done(database: Database, commitment_id: int, on: date | None = None) -> Changes:
    with database.session() as session:
        commitment = _get(session, commitment_id)
        commitment.status = CommitmentStatus.DONE
        commitment.done_on = on or date.today()
        commitment.drop_reason = ""
    return COMMITMENTS_CHANGED


def mark_open(database: Database, commitment_id: int) -> Changes:
    """Open again: done by mistake, or a dropped one taken up after all."""
    with database.session() as session:
        commitment = _get(session, commitment_id)
        commitment.status = CommitmentStatus.OPEN
        commitment.done_on = None
        commitment.drop_reason = ""
    return COMMITMENTS_CHANGED


def drop(database: Database, commitment_id: int, reason: str) -> Changes:
    cleaned = clean_multiline(reason)
    if not cleaned:
        raise InvalidInputError(
            translate(
                "Refusals",
                "Please say why this commitment is dropped: it is what you will look back at.",
            )
        )
    with database.session() as session:
        commitment = _get(session, commitment_id)
        commitment.status = CommitmentStatus.DROPPED
        commitment.drop_reason = cleaned
    return COMMITMENTS_CHANGED

"""Keeping commitments in step with where they come from: the MOU and the decision.

Called inside the transaction that changed the source (saving an MOU page, restoring a
version, recording a decision), so the two never disagree. A commitment keeps its status
through edits of its wording; one whose row, goal or condition is gone is dropped, not
deleted, with the reason why, and comes back as it was if its source does.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision
from partnerdesk.core.commitments import (
    NO_LONGER_A_CONDITION,
    REMOVED_FROM_MOU,
    REMOVED_REASONS,
    CommitmentSource,
    CommitmentStatus,
    Promise,
    condition_promises,
    goal_promises,
    roles_promises,
)
from partnerdesk.store.models import Commitment, Mou, PartnershipRequest

THEM = "The partner"  # conditions of a request with no organization named


def follow_mou(session: Session, mou: Mou) -> bool:
    """Bring the request's commitments in line with the MOU's roles and goals.

    True when any commitment changed (the caller then names Detail.COMMITMENTS).
    """
    if mou.request_id is None or mou.deleted_at is not None:
        return False
    sections = dict(mou.sections or {})
    changed = _follow(session, mou.request_id, CommitmentSource.ROLE, roles_promises(sections))
    return _follow(session, mou.request_id, CommitmentSource.GOAL, goal_promises(sections)) or (
        changed
    )


def follow_decision(session: Session, request: PartnershipRequest) -> bool:
    """Bring the conditions' commitments in line with the request's latest decision."""
    promises: list[Promise] = []
    if request.decision is Decision.PROCEED_WITH_CONDITIONS:
        party = request.organization.name if request.organization is not None else THEM
        promises = condition_promises(request.decision_conditions, party)
    return _follow(session, request.id, CommitmentSource.CONDITION, promises)


def _follow(
    session: Session, request_id: int, source: CommitmentSource, promises: Sequence[Promise]
) -> bool:
    existing = list(
        session.scalars(
            select(Commitment)
            .where(Commitment.request_id == request_id, Commitment.source == source)
            .order_by(Commitment.position, Commitment.id)
        )
    )
    matched: dict[int, Commitment] = {}
    unused = list(existing)
    # First the same wording (a row moved, or removed and written again)...
    for index, promise in enumerate(promises):
        same = next((c for c in unused if c.what.casefold() == promise.what.casefold()), None)
        if same is not None:
            matched[index] = same
            unused.remove(same)
    # ... then, in order, a row whose wording was edited keeps its commitment and status.
    # One the app dropped earlier does not take up another row's wording.
    editable = [c for c in unused if not _removed(c)]
    for index in range(len(promises)):
        if index not in matched and editable:
            matched[index] = editable.pop(0)
            unused.remove(matched[index])
    changed = False
    for index, promise in enumerate(promises):
        commitment = matched.get(index)
        if commitment is None:
            session.add(
                Commitment(
                    request_id=request_id,
                    source=source,
                    position=index,
                    what=promise.what,
                    party=promise.party,
                    due_text=promise.due_text,
                    due_on=promise.due_on,
                    status=CommitmentStatus.OPEN,
                    drop_reason="",
                )
            )
            changed = True
            continue
        changed = _update(commitment, index, promise) or changed
    reason = NO_LONGER_A_CONDITION if source is CommitmentSource.CONDITION else REMOVED_FROM_MOU
    for commitment in unused:
        if commitment.status is not CommitmentStatus.DROPPED:
            commitment.status = CommitmentStatus.DROPPED
            commitment.drop_reason = reason
            changed = True
    if changed:
        session.flush()
    return changed


def _removed(commitment: Commitment) -> bool:
    return (
        commitment.status is CommitmentStatus.DROPPED and commitment.drop_reason in REMOVED_REASONS
    )


def _update(commitment: Commitment, position: int, promise: Promise) -> bool:
    wanted = {
        "position": position,
        "what": promise.what,
        "party": promise.party,
        "due_text": promise.due_text,
        "due_on": promise.due_on,
    }
    if _removed(commitment):
        # Its source is back: so is the commitment, as it was before.
        done = commitment.done_on is not None
        wanted["status"] = CommitmentStatus.DONE if done else CommitmentStatus.OPEN
        wanted["drop_reason"] = ""
    changed = False
    for name, value in wanted.items():
        if getattr(commitment, name) != value:
            setattr(commitment, name, value)
            changed = True
    return changed

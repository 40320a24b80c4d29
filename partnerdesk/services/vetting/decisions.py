"""Deciding on a partnership request: proceed, proceed with conditions, pause or decline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.core.vetting_data import DecisionRecord
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.commitments.status import COMMITMENTS_CHANGED
from partnerdesk.services.commitments.tracking import follow_decision
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import checked_again_if_overlapped, differences
from partnerdesk.services.records.requests import get_request
from partnerdesk.store.errors import ChangedElsewhereError, Difference
from partnerdesk.store.models import PartnershipRequest, RequestDecision, StageChange

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

# The lists, the board and Today show the decision (and a decline moves the stage); the
# organization's timeline lists it. On the vetting screen only its heading changes.
DECISION_CHANGED = Changes.of(RecordKind.REQUEST, RecordKind.ORGANIZATION, Detail.DECISION)


@dataclass(frozen=True)
class DecisionForm:
    decision: Decision
    reasons: str = ""
    conditions: str = ""
    decided_on: date | None = None


@dataclass(frozen=True)
class DecisionToMake:
    """What the decision dialog opens on: the request, its stage, the decision so far."""

    request_id: int
    title: str
    stage: RequestStage
    current: DecisionForm | None
    # The request's version when the dialog opened: a colleague's decision or stage move
    # made since is not replaced without a word (None: do not check).
    row_version: int | None = None


def decision_to_make(database: Database, request_id: int) -> DecisionToMake:
    with database.session() as session:
        return _decision_to_make(get_request(session, request_id))


def _decision_to_make(request: PartnershipRequest) -> DecisionToMake:
    current = (
        DecisionForm(request.decision, request.decision_reasons, request.decision_conditions)
        if request.decision is not None
        else None
    )
    return DecisionToMake(request.id, request.title, request.stage, current, request.row_version)


def record_decision(
    database: Database,
    request_id: int,
    form: DecisionForm,
    decided_by: str = "",
    shown: DecisionToMake | None = None,
) -> Changes:
    """Record a decision; earlier ones stay in the request's decision history.

    Declining also moves the request to the "Declined" stage, so the board and lists agree
    with the decision without a second step. ``shown`` is what the dialog opened on: if a
    colleague has decided or moved the request since, nothing is recorded
    (ChangedElsewhereError, their decision as ``theirs``: a DecisionToMake to reopen on).
    """

    def record() -> Changes:
        with database.session() as session:
            if shown is not None:
                _refuse_if_decided_elsewhere(session, request_id, form, shown)
            return _record_decision(session, request_id, form, decided_by)

    return record() if shown is None else checked_again_if_overlapped(record)


@dataclass(frozen=True)
class _Decided:
    """The parts of a request a decision writes, to compare theirs with this one."""

    stage: RequestStage | None
    decision: Decision | None
    reasons: str
    conditions: str


def _decided(stage: RequestStage | None, form: DecisionForm | None) -> _Decided:
    if form is None:
        return _Decided(stage, None, "", "")
    return _Decided(
        stage, form.decision, clean_multiline(form.reasons), clean_multiline(form.conditions)
    )


def _refuse_if_decided_elsewhere(
    session: Session, request_id: int, form: DecisionForm, shown: DecisionToMake
) -> None:
    """The request moved on since the dialog opened: refuse if its decision or stage did.

    A colleague's edit of the request's other details (its title, its funding) does not
    stand in the way of a decision, which writes neither.
    """
    request = get_request(session, request_id)
    if shown.row_version is None or request.row_version == shown.row_version:
        return
    if request.deleted_at is not None:
        raise RecordMissingError(
            translate("Refusals", "That request was moved to the Trash by someone else.")
        )
    theirs = _decision_to_make(request)
    seen = _decided(shown.stage, shown.current)
    stored = _decided(theirs.stage, theirs.current)
    if stored == seen:
        return
    mine = _decided(shown.stage, form)
    found = [
        Difference(
            item.field,
            item.theirs,
            item.mine,
            theirs_changed=getattr(stored, item.name) != getattr(seen, item.name),
            name=item.name,
        )
        for item in differences(session, stored, mine)
    ]
    raise ChangedElsewhereError("request", found, theirs)


def _record_decision(
    session: Session, request_id: int, form: DecisionForm, decided_by: str
) -> Changes:
    reasons = clean_multiline(form.reasons)
    conditions = clean_multiline(form.conditions)
    if not reasons:
        raise InvalidInputError(
            translate(
                "Refusals",
                "Please write down why you decided this: it is what you and your "
                "colleagues will look back at.",
            )
        )
    if form.decision is Decision.PROCEED_WITH_CONDITIONS and not conditions:
        raise InvalidInputError(translate("Refusals", "Please list the conditions they must meet."))
    if form.decision is not Decision.PROCEED_WITH_CONDITIONS:
        conditions = conditions if form.decision is Decision.PAUSE else ""
    request = get_request(session, request_id)
    decided_on = form.decided_on or date.today()
    who = clean_single_line(decided_by)
    request.decisions.append(
        RequestDecision(
            decision=form.decision,
            reasons=reasons,
            conditions=conditions,
            decided_on=decided_on,
            decided_by=who,
        )
    )
    request.decision = form.decision
    request.decision_reasons = reasons
    request.decision_conditions = conditions
    request.decided_on = decided_on
    if form.decision is Decision.DECLINE and request.stage is not RequestStage.DECLINED:
        request.stage_changes.append(
            StageChange(
                from_stage=request.stage,
                to_stage=RequestStage.DECLINED,
                changed_by=who,
                note="Declined by decision.",
            )
        )
        request.stage = RequestStage.DECLINED
    session.flush()
    if follow_decision(session, request):
        return DECISION_CHANGED | COMMITMENTS_CHANGED
    return DECISION_CHANGED


def decision_history(session: Session, request_id: int) -> list[DecisionRecord]:
    """Every decision on the request, oldest first."""
    return [
        DecisionRecord(
            entry.decision, entry.reasons, entry.conditions, entry.decided_on, entry.decided_by
        )
        for entry in get_request(session, request_id).decisions
    ]

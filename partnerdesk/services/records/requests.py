"""Logging a partnership request and moving it through its stages."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, ParticipationLevel, RequestStage
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import (
    SHOWN_ONLY,
    checked_again_if_overlapped,
    differences,
    refuse_if_changed_elsewhere,
    written_fields,
)
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.store.models import PartnershipRequest, StageChange

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

REQUEST_CHANGED = Changes(frozenset({RecordKind.REQUEST, RecordKind.ORGANIZATION}))


@dataclass
class RequestForm:
    title: str = ""
    organization_id: int | None = None
    contact_id: int | None = None
    received_on: date | None = None
    ask: str = ""
    stated_purpose: str = ""
    community_need: str = ""
    funding_source: str = ""
    funding_ends_on: date | None = None
    plan_when_funding_ends: str = ""
    proposed_timeframe: str = ""
    participation_offered: ParticipationLevel | None = None
    participation_wanted: ParticipationLevel | None = None
    # The version the form was loaded at (see services/records/concurrency.py);
    # None: new, or "keep mine".
    row_version: int | None = None
    # Where the request stood when the editor opened; never written from the form (the
    # board and decisions move it), but named when a colleague moved it meanwhile.
    stage: RequestStage | None = field(default=None, metadata=SHOWN_ONLY)
    decision: Decision | None = field(default=None, metadata=SHOWN_ONLY)


_TEXT = {
    "ask",
    "stated_purpose",
    "community_need",
    "funding_source",
    "plan_when_funding_ends",
    "proposed_timeframe",
}


def get_request(session: Session, request_id: int) -> PartnershipRequest:
    request = session.get(PartnershipRequest, request_id)
    if request is None:
        raise RecordMissingError(translate("Refusals", "That request is no longer there."))
    return request


def load_request_form(session: Session, request_id: int) -> RequestForm:
    request = get_request(session, request_id)
    return RequestForm(**{item.name: getattr(request, item.name) for item in fields(RequestForm)})


def save_request(
    session: Session, form: RequestForm, request_id: int | None = None, changed_by: str = ""
) -> tuple[int, Changes]:
    title = clean_single_line(form.title)
    if not title:
        raise InvalidInputError(
            translate("Refusals", "Please give the request a short title, e.g. what they ask for.")
        )
    request = PartnershipRequest() if request_id is None else get_request(session, request_id)
    if request_id is not None:
        refuse_if_changed_elsewhere(
            session, "request", request, form, lambda: load_request_form(session, request_id)
        )
    for name in written_fields(form):
        value = getattr(form, name)
        setattr(request, name, clean_multiline(value) if name in _TEXT else value)
    request.title = title
    if request_id is None:
        request.received_on = form.received_on or date.today()
        request.stage = RequestStage.RECEIVED
        request.stage_changes.append(
            StageChange(from_stage=None, to_stage=RequestStage.RECEIVED, changed_by=changed_by)
        )
    session.add(request)
    session.flush()
    return request.id, REQUEST_CHANGED


@dataclass(frozen=True)
class StageShown:
    """A request as a board card or page showed it: a move from there checks it still is."""

    row_version: int
    stage: RequestStage
    decision: Decision | None


@dataclass(frozen=True)
class _StageMove:
    stage: RequestStage | None
    decision: Decision | None


def stage_shown(session: Session, request_id: int) -> StageShown:
    request = get_request(session, request_id)
    return StageShown(request.row_version, request.stage, request.decision)


def change_stage(
    database: Database,
    request_id: int,
    stage: RequestStage,
    changed_by: str = "",
    note: str = "",
    shown: StageShown | None = None,
) -> Changes:
    """Move a request to another stage; each move is recorded with when and who.

    ``shown``: the request as the user saw it when choosing the move. If a colleague has
    since moved it or decided on it, nothing is moved (ChangedElsewhereError, with their
    stage and decision); an edit of its other details does not stand in the way.
    """

    def move() -> Changes:
        with database.session() as session:
            request = get_request(session, request_id)
            if shown is not None and request.row_version != shown.row_version:
                refuse_stale_move(session, request, stage, shown)
            if request.stage is stage:
                return Changes()
            request.stage_changes.append(
                StageChange(
                    from_stage=request.stage,
                    to_stage=stage,
                    changed_by=clean_single_line(changed_by),
                    note=clean_multiline(note),
                )
            )
            request.stage = stage
        return REQUEST_CHANGED

    return move() if shown is None else checked_again_if_overlapped(move)


def refuse_stale_move(
    session: Session, request: PartnershipRequest, stage: RequestStage, shown: StageShown
) -> None:
    """Refuse a move chosen on a stale board or page when the stage or decision moved."""
    if request.deleted_at is not None:
        raise RecordMissingError(
            translate("Refusals", "That request was moved to the Trash by someone else.")
        )
    theirs = _StageMove(request.stage, request.decision)
    if (theirs.stage, theirs.decision) == (shown.stage, shown.decision):
        return
    found = [
        replace(item, theirs_changed=True)
        for item in differences(session, theirs, _StageMove(stage, shown.decision))
        if item.name != "stage" or theirs.stage is not shown.stage
    ]
    if found:  # else a colleague already made this very move
        raise ChangedElsewhereError("request", found, stage_shown(session, request.id))

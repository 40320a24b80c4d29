"""Logging a partnership request and moving it through its stages."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partnerdesk.core.choices import ParticipationLevel, RequestStage
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import refuse_if_changed_elsewhere
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
        raise RecordMissingError("That request is no longer there.")
    return request


def load_request_form(session: Session, request_id: int) -> RequestForm:
    request = get_request(session, request_id)
    return RequestForm(**{item.name: getattr(request, item.name) for item in fields(RequestForm)})


def save_request(
    session: Session, form: RequestForm, request_id: int | None = None, changed_by: str = ""
) -> tuple[int, Changes]:
    title = clean_single_line(form.title)
    if not title:
        raise InvalidInputError("Please give the request a short title, e.g. what they ask for.")
    request = PartnershipRequest() if request_id is None else get_request(session, request_id)
    if request_id is not None:
        refuse_if_changed_elsewhere(
            session, "request", request, form, lambda: load_request_form(session, request_id)
        )
    for item in fields(RequestForm):
        if item.name == "row_version":
            continue
        value = getattr(form, item.name)
        setattr(request, item.name, clean_multiline(value) if item.name in _TEXT else value)
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


def change_stage(
    database: Database,
    request_id: int,
    stage: RequestStage,
    changed_by: str = "",
    note: str = "",
) -> Changes:
    """Move a request to another stage; each move is recorded with when and who."""
    with database.session() as session:
        request = get_request(session, request_id)
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

"""MOU review dates as a calendar file (.ics) that any calendar program imports."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import MouStatus
from partnerdesk.core.document_language import say, writing_in
from partnerdesk.services.transactions import transaction
from partnerdesk.store.database import Database
from partnerdesk.store.models import Mou, Organization, PartnershipRequest


@dataclass(frozen=True)
class ReviewEvent:
    mou_id: int
    title: str
    organization: str
    review_on: date


def review_events(session: Session) -> list[ReviewEvent]:
    rows = session.execute(
        select(Mou.id, Mou.title, Organization.name, Mou.review_on)
        .outerjoin(PartnershipRequest, Mou.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(
            Mou.deleted_at.is_(None),
            Mou.review_on.is_not(None),
            Mou.status != MouStatus.ENDED,
        )
        .order_by(Mou.review_on)
    )
    # The query keeps only MOUs with a review date; the check tells the type checker so.
    return [ReviewEvent(i, t, o or "", r) for i, t, o, r in rows if r is not None]


def calendar_bytes(events: list[ReviewEvent], now: datetime | None = None) -> bytes:
    # icalendar folds long lines and escapes commas, semicolons and line breaks as RFC 5545
    # requires; calendar programs are strict about both.
    from icalendar import Calendar, Event

    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//PartnerDesk//MOU reviews//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", say("reviews.calendar_name"))
    for item in events:
        event = Event()
        # Stable per MOU and date: importing the file again updates instead of duplicating.
        event.add("uid", f"mou-{item.mou_id}-review-{item.review_on.isoformat()}@partnerdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.review_on)
        event.add("dtend", item.review_on + timedelta(days=1))
        summary = (
            say("calendar.review_summary_with", organization=item.organization, title=item.title)
            if item.organization
            else say("calendar.review_summary", title=item.title)
        )
        event.add("summary", summary)
        event.add("description", say("reviews.description"))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def save_review_calendar(database: Database, target: Path, language: str = "en") -> int:
    """Write every upcoming and due MOU review to ``target``, its text in ``language``;
    returns how many.

    The reviews are read in a transaction of their own; the file is written after it.
    """
    with transaction(database) as session:
        events = review_events(session)
    with writing_in(language):
        return _write_calendar(events, target)


def write_review_calendar(session: Session, target: Path) -> int:
    """Write every upcoming and due MOU review; returns how many."""
    return _write_calendar(review_events(session), target)


def _write_calendar(events: list[ReviewEvent], target: Path) -> int:
    data = calendar_bytes(events)
    handle, temporary = tempfile.mkstemp(prefix=".reviews-", suffix=".ics", dir=target.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    Path(temporary).replace(target)
    return len(events)

"""Everything dated, as one calendar file (.ics) that any calendar program imports.

MOU reviews (one repeating event per MOU, by the MOU's own schedule), open commitments with
a due date, and open follow-ups of notes. Each event has a reminder the day before and a UID
made of the record's kind and number: importing a newer file updates the events already in
the calendar instead of adding them again.

Partnership check-ups join too, each on its date: a planned one, or one still to rate,
asks for the ratings; one both sides rated is a record of the day, marked done.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partnerdesk.core.checkups import CheckupSide
from partnerdesk.core.choices import MouStatus
from partnerdesk.core.commitments import BOTH_PARTIES, CommitmentStatus
from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import ENGLISH, document_language, say, writing_in
from partnerdesk.core.translation import translate
from partnerdesk.services.errors import ExportFormatError
from partnerdesk.store.models import (
    Checkup,
    Commitment,
    Mou,
    Organization,
    OutreachNote,
    PartnershipRequest,
)

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

# Not a real domain (RFC 2606): the UIDs only need to be unique and stable, never reachable.
UID_DOMAIN = "partnerdesk.invalid"
NOTHING_TO_EXPORT = (
    "There is nothing to put in a calendar yet: no MOU review dates, no open commitments "
    "with a due date, no open follow-ups and no check-ups. No file was written."
)
# SEQUENCE counts seconds from here (an RFC 5545 integer for decades to come): it grows with
# every change to the record, so a calendar program takes the newer event over its own.
_SEQUENCE_START = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    on: date
    summary: str
    description: str
    changed_at: datetime | None  # the record's last change: LAST-MODIFIED and SEQUENCE
    every_months: int | None = None  # a repeating event (the MOU's reviews)
    repeat_until: date | None = None  # the last day it may repeat on (the MOU's end)


def check_ics_target(target: Path) -> None:
    if target.suffix.lower() != ".ics":
        raise ExportFormatError(
            translate(
                "Refusals",
                "PartnerDesk writes this as a calendar file: please choose a name ending "
                "in .ics, not “{name}”.",
            ).format(name=target.name)
        )


def _partnership(title: str | None, organization: str | None) -> str:
    if title and organization:
        return say("calendar.partnership_with", title=title, organization=organization)
    if title:
        return say("calendar.partnership", title=title)
    return say("calendar.with", organization=organization) if organization else ""


def _months(value: object) -> int | None:
    """The MOU's "review every (months)", when it is a usable number."""
    try:
        months = int(str(value))
    except ValueError:
        return None
    return months if months > 0 else None


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _review_events(session: Session) -> list[CalendarEvent]:
    rows = session.execute(
        select(Mou, PartnershipRequest.title, Organization.name)
        .outerjoin(PartnershipRequest, Mou.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(
            Mou.deleted_at.is_(None),
            Mou.review_on.is_not(None),
            Mou.status != MouStatus.ENDED,
            # A request in the Trash takes its MOU's reviews off the calendar too.
            or_(PartnershipRequest.id.is_(None), PartnershipRequest.deleted_at.is_(None)),
        )
        .order_by(Mou.review_on, Mou.id)
    ).all()
    events = []
    for mou, title, organization in rows:
        if mou.review_on is None:
            continue
        sections = mou.sections or {}
        every = _months((sections.get("review") or {}).get("every_months"))
        until = _day((sections.get("term") or {}).get("ends_on"))
        repeat = say("calendar.repeats", count=every) if every else ""
        description = (
            say(
                "calendar.review_description",
                title=mou.title,
                partnership=_partnership(title, organization),
            )
            + repeat
        )
        summary = (
            say("calendar.review_summary_with", organization=organization, title=mou.title)
            if organization
            else say("calendar.review_summary", title=mou.title)
        )
        events.append(
            CalendarEvent(
                f"mou-{mou.id}-review@{UID_DOMAIN}",
                mou.review_on,
                summary,
                description.replace(". .", "."),
                mou.updated_at,
                every,
                until if every and until and until >= mou.review_on else None,
            )
        )
    return events


def _commitment_events(session: Session) -> list[CalendarEvent]:
    rows = session.execute(
        select(Commitment, PartnershipRequest.title, Organization.name)
        .join(PartnershipRequest, Commitment.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(
            PartnershipRequest.deleted_at.is_(None),
            Commitment.status == CommitmentStatus.OPEN,
            Commitment.due_on.is_not(None),
        )
        .order_by(Commitment.due_on, Commitment.id)
    ).all()
    events = []
    for item, title, organization in rows:
        if item.due_on is None:
            continue
        party = item.party or say("calendar.not_said")
        if party == BOTH_PARTIES:  # the words PartnerDesk stored, said in the calendar's
            party = say("calendar.both_of_us")
        events.append(
            CalendarEvent(
                f"commitment-{item.id}@{UID_DOMAIN}",
                item.due_on,
                say("calendar.due", what=item.what),
                say(
                    "calendar.who_does_it",
                    party=party,
                    partnership=_partnership(title, organization),
                ),
                item.updated_at,
            )
        )
    return events


def _follow_up_events(session: Session) -> list[CalendarEvent]:
    rows = session.execute(
        select(OutreachNote, Organization.name)
        .outerjoin(Organization, OutreachNote.organization_id == Organization.id)
        .where(
            OutreachNote.deleted_at.is_(None),
            OutreachNote.follow_up_done_at.is_(None),
            OutreachNote.follow_up_due.is_not(None),
            OutreachNote.follow_up_action != "",
        )
        .order_by(OutreachNote.follow_up_due, OutreachNote.id)
    ).all()
    events = []
    for note, organization in rows:
        if note.follow_up_due is None:
            continue
        who = say("calendar.who", organization=organization) if organization else ""
        written_on = (
            note.happened_on.isoformat()
            if document_language() == ENGLISH
            else document_date(note.happened_on)
        )
        about = (
            say("calendar.from_note", subject=note.subject, date=written_on)
            if note.subject
            else say("calendar.from_a_note", date=written_on)
        )
        action = note.follow_up_action.splitlines()[0]
        events.append(
            CalendarEvent(
                f"note-{note.id}-follow-up@{UID_DOMAIN}",
                note.follow_up_due,
                say("calendar.follow_up_with", organization=organization, action=action)
                if organization
                else say("calendar.follow_up", action=action),
                say("calendar.what_to_do", about=about, who=who, action=note.follow_up_action),
                note.updated_at,
            )
        )
    return events


def _checkup_events(session: Session, today: date | None = None) -> list[CalendarEvent]:
    """Partnership check-ups on their dates, with the UID ``checkup-ID@partnerdesk.invalid``.

    A planned check-up, or a past one a side has not rated yet, asks for the ratings. A
    past one both sides rated stays on the calendar as a record of the day marked done,
    asking nothing (its reminder, like every event's, is the day before, so long past):
    re-importing the file then turns the earlier "rate it" event into that record instead
    of leaving a stale request to rate it.
    """
    today = today or date.today()
    rows = session.execute(
        select(Checkup, PartnershipRequest.title, Organization.name)
        .join(PartnershipRequest, Checkup.request_id == PartnershipRequest.id)
        .outerjoin(Organization, PartnershipRequest.organization_id == Organization.id)
        .where(PartnershipRequest.deleted_at.is_(None))
        .order_by(Checkup.held_on, Checkup.id)
    ).all()
    events = []
    for checkup, title, organization in rows:
        partnership = _partnership(title, organization)
        sides = {rating.side for rating in checkup.ratings if rating.score is not None}
        done = checkup.held_on < today and sides >= {CheckupSide.OURS, CheckupSide.THEIRS}
        if done:
            events.append(
                CalendarEvent(
                    f"checkup-{checkup.id}@{UID_DOMAIN}",
                    checkup.held_on,
                    say("calendar.checkup_done_with", organization=organization)
                    if organization
                    else say("calendar.checkup_done"),
                    say("calendar.checkup_rated", partnership=partnership),
                    checkup.updated_at,
                )
            )
            continue
        events.append(
            CalendarEvent(
                f"checkup-{checkup.id}@{UID_DOMAIN}",
                checkup.held_on,
                say("calendar.checkup_with", organization=organization)
                if organization
                else say("calendar.checkup"),
                say("calendar.checkup_to_rate", partnership=partnership),
                checkup.updated_at,
            )
        )
    return events


def calendar_events(session: Session) -> list[CalendarEvent]:
    """Every dated thing to put in a calendar, by date."""
    events = (
        _review_events(session)
        + _commitment_events(session)
        + _follow_up_events(session)
        + _checkup_events(session)
    )
    return sorted(events, key=lambda event: (event.on, event.uid))


def _sequence(changed_at: datetime | None) -> int:
    if changed_at is None:
        return 0
    moment = changed_at if changed_at.tzinfo else changed_at.replace(tzinfo=UTC)
    return max(0, int((moment - _SEQUENCE_START).total_seconds()))


def calendar_bytes(events: list[CalendarEvent], now: datetime | None = None) -> bytes:
    # icalendar folds long lines and escapes commas, semicolons and line breaks as RFC 5545
    # requires; calendar programs are strict about both. Imported here: only this export
    # needs it.
    from icalendar import Alarm, Calendar, Event

    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//PartnerDesk//Partnership calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "PartnerDesk")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        # A date (VALUE=DATE): an all-day event on that day.
        event.add("dtstart", item.on)
        event.add("dtend", item.on + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("sequence", _sequence(item.changed_at))
        if item.changed_at is not None:
            changed = item.changed_at
            event.add("last-modified", changed if changed.tzinfo else changed.replace(tzinfo=UTC))
        if item.every_months:
            rule: dict[str, object] = {"freq": "monthly", "interval": item.every_months}
            if item.repeat_until:
                # No reviews after the MOU ends.
                rule["until"] = item.repeat_until
            event.add("rrule", rule)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", timedelta(days=-1))  # the day before
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _write(data: bytes, target: Path) -> None:
    """Written beside the target and moved into place: a failed write leaves the old file."""
    handle, temporary = tempfile.mkstemp(prefix=".calendar-", suffix=".ics", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_calendar(
    database: Database, target: Path, now: datetime | None = None, language: str = ENGLISH
) -> int:
    """Write every dated thing to ``target``, its text in ``language``; returns how many
    events.

    With nothing dated, nothing is written and 0 is returned (the caller says so). The
    records are read in a transaction of their own; the file is written after it.
    """
    check_ics_target(target)
    with writing_in(language), database.session() as session:
        events = calendar_events(session)
    if not events:
        return 0
    _write(calendar_bytes(events, now), target)
    return len(events)

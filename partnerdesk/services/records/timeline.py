"""One organization's story in date order: notes, requests, MOUs, history and decisions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Acknowledgement
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.store.models import (
    Mou,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
)

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


# A past harm or broken promise on the timeline: one whole sentence per acknowledgement
# (not a state's label put into "Harm: …"), so that each reads right in every language.
HARM_NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP("timeline", "They have not acknowledged the harm")
HARM_SAID = {
    Acknowledgement.NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "timeline", "A harm or broken promise, with nothing for them to acknowledge"
    ),
    Acknowledgement.PARTLY: QT_TRANSLATE_NOOP("timeline", "They have partly acknowledged the harm"),
    Acknowledgement.ACKNOWLEDGED: QT_TRANSLATE_NOOP("timeline", "They have acknowledged the harm"),
}


class TimelineKind(StrEnum):
    NOTE = "note"
    REQUEST = "request"
    DECISION = "decision"
    MOU = "mou"
    HISTORY = "history"


@dataclass(frozen=True)
class TimelineEntry:
    day: date | None
    kind: TimelineKind
    record_id: int
    title: str
    details: str
    needs_attention: bool = False
    # A more precise word for the kind ("Call", "Meeting"), when there is one.
    kind_label: str = ""

    @property
    def when(self) -> str:
        return friendly_date(self.day) if self.day else translate("timeline", "Date not known")


NOTES_PER_PAGE = 200


@dataclass(frozen=True)
class TimelineCursor:
    """Where a timeline read a page at a time goes on: after the last note shown, with
    the other entries (requests, MOUs, history) older than it still to come."""

    organization_id: int
    last_note: tuple[date, int]
    waiting: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    cursor: TimelineCursor | None  # None once the whole timeline has been read


def organization_timeline(session: Session, organization_id: int) -> list[TimelineEntry]:
    """The whole timeline: newest first; entries without a date go last."""
    return timeline_page(session, organization_id, notes_limit=None).entries


def timeline_page(
    session: Session,
    organization_id: int,
    cursor: TimelineCursor | None = None,
    notes_limit: int | None = NOTES_PER_PAGE,
) -> TimelinePage:
    """The next part of the timeline: up to ``notes_limit`` notes (a big partner has
    thousands) with the other entries of the same dates, in timeline order."""
    if cursor is None:
        waiting = _other_entries(session, organization_id)
        after = None
    else:
        waiting, after = list(cursor.waiting), cursor.last_note
    notes = _notes(session, organization_id, after, notes_limit)
    more = notes_limit is not None and len(notes) == notes_limit
    if more:
        # Entries of the last note's day wait too: more notes of that day may follow,
        # and notes come first on a day they share.
        oldest = notes[-1].day
        shown = [e for e in waiting if e.day is not None and oldest is not None and e.day > oldest]
    else:
        shown = waiting
    merged = sorted(notes + [e for e in shown if e.day], key=_newest_first, reverse=True)
    entries = merged + ([e for e in shown if e.day is None] if not more else [])
    if not more:
        return TimelinePage(entries, None)
    last = notes[-1]
    assert last.day is not None
    left = tuple(e for e in waiting if e not in shown)
    return TimelinePage(entries, TimelineCursor(organization_id, (last.day, last.record_id), left))


# Reads the next part of a timeline: (its entries, how to read the part after, or None).
ReadMore = Callable[[], tuple[list[TimelineEntry], "ReadMore | None"]]


def rest_of_timeline(database: Database, cursor: TimelineCursor | None) -> ReadMore | None:
    """How a view reads the rest of a long timeline as it scrolls, a page per call, each
    in its own transaction; None when there is no more.

    The view calls it on the GUI thread as rows come into sight (as the record lists do):
    one page of 200 notes is a few milliseconds, and a model's fetchMore cannot wait.
    """
    if cursor is None:
        return None

    def read_next() -> tuple[list[TimelineEntry], ReadMore | None]:
        with database.session() as session:
            page = timeline_page(session, cursor.organization_id, cursor)
        return page.entries, rest_of_timeline(database, page.cursor)

    return read_next


def _newest_first(entry: TimelineEntry) -> tuple[date, int]:
    # Sorted in reverse: the later day first, and on one day notes (1) before the rest (0),
    # newest note first.
    assert entry.day is not None
    is_note = entry.kind is TimelineKind.NOTE
    return (entry.day, 1 if is_note else 0, entry.record_id if is_note else 0)  # type: ignore[return-value]


def _notes(
    session: Session,
    organization_id: int,
    after: tuple[date, int] | None,
    limit: int | None,
) -> list[TimelineEntry]:
    # Only the columns shown, not each note's text; newest first, a page after another.
    query = (
        select(
            OutreachNote.id,
            OutreachNote.happened_on,
            OutreachNote.kind,
            OutreachNote.subject,
            OutreachNote.follow_up_action,
            OutreachNote.follow_up_due,
            OutreachNote.follow_up_done_at,
        )
        .where(OutreachNote.organization_id == organization_id, OutreachNote.deleted_at.is_(None))
        .order_by(OutreachNote.happened_on.desc(), OutreachNote.id.desc())
        .limit(limit)
    )
    if after is not None:
        day, note_id = after
        query = query.where(
            or_(
                OutreachNote.happened_on < day,
                and_(OutreachNote.happened_on == day, OutreachNote.id < note_id),
            )
        )
    entries = []
    for note_id, happened_on, kind, subject, action, due, done_at in session.execute(query):
        details = ""
        if action and done_at is None:
            if due:
                details = translate("timeline", "Follow-up: {action}, due {date}").format(
                    action=action, date=friendly_date(due)
                )
            else:
                details = translate("timeline", "Follow-up: {action}").format(action=action)
        entries.append(
            TimelineEntry(
                happened_on, TimelineKind.NOTE, note_id, subject, details, kind_label=kind.label
            )
        )
    return entries


def _other_entries(session: Session, organization_id: int) -> list[TimelineEntry]:
    """Requests, decisions, MOUs and past experience: few, so read at once."""
    entries: list[TimelineEntry] = []
    requests = session.scalars(
        select(PartnershipRequest).where(
            PartnershipRequest.organization_id == organization_id,
            PartnershipRequest.deleted_at.is_(None),
        )
    )
    request_ids = []
    for request in requests:
        request_ids.append(request.id)
        entries.append(
            TimelineEntry(
                request.received_on,
                TimelineKind.REQUEST,
                request.id,
                request.title,
                translate("timeline", "Stage: {stage}").format(stage=request.stage.label),
                kind_label=translate("timeline", "Partnership request"),
            )
        )
        for decision in request.decisions:
            said = decision.reasons
            if decision.conditions:
                said = translate("timeline", "{reasons} Conditions: {conditions}").format(
                    reasons=decision.reasons, conditions=decision.conditions
                )
            entries.append(
                TimelineEntry(
                    decision.decided_on,
                    TimelineKind.DECISION,
                    request.id,
                    f"{decision.decision.label}: {request.title}",
                    said,
                )
            )
    if request_ids:
        mous = session.scalars(
            select(Mou).where(Mou.request_id.in_(request_ids), Mou.deleted_at.is_(None))
        )
        for mou in mous:
            state = mou.status.label
            if mou.review_on:
                state = translate("timeline", "{status} · review due {date}").format(
                    status=state, date=friendly_date(mou.review_on)
                )
            entries.append(
                TimelineEntry(
                    mou.created_at.date(),
                    TimelineKind.MOU,
                    mou.id,
                    mou.title,
                    state,
                )
            )
    history = session.scalars(
        select(PartnerHistoryEntry).where(PartnerHistoryEntry.organization_id == organization_id)
    )
    for entry in history:
        unacknowledged = bool(entry.harm_or_broken_promise) and entry.acknowledgement in (
            Acknowledgement.NOT_ACKNOWLEDGED,
            Acknowledgement.UNKNOWN,
        )
        details = entry.period
        if entry.harm_or_broken_promise:
            said = translate(
                "timeline",
                HARM_NOT_ACKNOWLEDGED
                if unacknowledged
                else HARM_SAID.get(entry.acknowledgement, HARM_NOT_ACKNOWLEDGED),
            )
            details = " · ".join(part for part in (details, said) if part)
        entries.append(
            TimelineEntry(
                entry.happened_on,
                TimelineKind.HISTORY,
                entry.id,
                entry.title,
                details,
                needs_attention=unacknowledged,
                kind_label=translate("timeline", "Past experience"),
            )
        )
    return entries

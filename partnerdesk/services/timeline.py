"""One organization's story in date order: notes, requests, MOUs, history and decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Acknowledgement
from partnerdesk.services.records import friendly_date
from partnerdesk.store.models import (
    Mou,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
)


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
        return friendly_date(self.day) if self.day else "Date not known"


def organization_timeline(session: Session, organization_id: int) -> list[TimelineEntry]:
    """Newest first; entries without a date go last."""
    entries: list[TimelineEntry] = []
    notes = session.scalars(
        select(OutreachNote).where(
            OutreachNote.organization_id == organization_id, OutreachNote.deleted_at.is_(None)
        )
    )
    for note in notes:
        details = ""
        if note.has_open_follow_up:
            due = f", due {friendly_date(note.follow_up_due)}" if note.follow_up_due else ""
            details = f"Follow-up: {note.follow_up_action}{due}"
        entries.append(
            TimelineEntry(
                note.happened_on,
                TimelineKind.NOTE,
                note.id,
                note.subject,
                details,
                kind_label=note.kind.label,
            )
        )
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
                f"Stage: {request.stage.label}",
                kind_label="Partnership request",
            )
        )
        for decision in request.decisions:
            conditions = f" Conditions: {decision.conditions}" if decision.conditions else ""
            entries.append(
                TimelineEntry(
                    decision.decided_on,
                    TimelineKind.DECISION,
                    request.id,
                    f"{decision.decision.label}: {request.title}",
                    f"{decision.reasons}{conditions}",
                )
            )
    if request_ids:
        mous = session.scalars(
            select(Mou).where(Mou.request_id.in_(request_ids), Mou.deleted_at.is_(None))
        )
        for mou in mous:
            review = f" · review due {friendly_date(mou.review_on)}" if mou.review_on else ""
            entries.append(
                TimelineEntry(
                    mou.created_at.date(),
                    TimelineKind.MOU,
                    mou.id,
                    mou.title,
                    f"{mou.status.label}{review}",
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
            said = (
                "They have not acknowledged the harm"
                if unacknowledged
                else f"Harm: {entry.acknowledgement.label.lower()}"
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
                kind_label="Past experience",
            )
        )
    dated = sorted((e for e in entries if e.day), key=lambda e: e.day or date.min, reverse=True)
    return dated + [e for e in entries if e.day is None]

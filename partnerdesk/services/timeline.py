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
    # Only the columns shown: a big partner has thousands of notes, each with its text.
    notes = session.execute(
        select(
            OutreachNote.id,
            OutreachNote.happened_on,
            OutreachNote.kind,
            OutreachNote.subject,
            OutreachNote.follow_up_action,
            OutreachNote.follow_up_due,
            OutreachNote.follow_up_done_at,
        ).where(OutreachNote.organization_id == organization_id, OutreachNote.deleted_at.is_(None))
    )
    for note_id, happened_on, kind, subject, action, due, done_at in notes:
        details = ""
        if action and done_at is None:
            due_text = f", due {friendly_date(due)}" if due else ""
            details = f"Follow-up: {action}{due_text}"
        entries.append(
            TimelineEntry(
                happened_on, TimelineKind.NOTE, note_id, subject, details, kind_label=kind.label
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
        if request.decision is not None:
            reasons = f" — {request.decision_reasons}" if request.decision_reasons else ""
            entries.append(
                TimelineEntry(
                    request.decided_on,
                    TimelineKind.DECISION,
                    request.id,
                    f"{request.decision.label}: {request.title}",
                    reasons.lstrip(" —"),
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

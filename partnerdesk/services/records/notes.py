"""Outreach notes: what happened with whom, and the follow-up it leads to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import NoteKind
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import refuse_if_changed_elsewhere
from partnerdesk.store.models import Contact, OutreachNote, utc_now

NOTE_CHANGED = Changes(frozenset({RecordKind.NOTE, RecordKind.ORGANIZATION}))


@dataclass
class NoteForm:
    happened_on: date = field(default_factory=date.today)
    kind: NoteKind = NoteKind.MEETING
    organization_id: int | None = None
    subject: str = ""
    summary: str = ""
    participant_ids: list[int] = field(default_factory=list)
    follow_up_action: str = ""
    follow_up_due: date | None = None
    follow_up_done: bool = False
    # The version the form was loaded at (see services/records/concurrency.py);
    # None: new, or "keep mine".
    row_version: int | None = None


def get_note(session: Session, note_id: int) -> OutreachNote:
    note = session.get(OutreachNote, note_id)
    if note is None:
        raise RecordMissingError(translate("Refusals", "That note is no longer there."))
    return note


def load_note_form(session: Session, note_id: int) -> NoteForm:
    note = get_note(session, note_id)
    return NoteForm(
        happened_on=note.happened_on,
        kind=note.kind,
        organization_id=note.organization_id,
        subject=note.subject,
        summary=note.summary,
        participant_ids=[contact.id for contact in note.participants],
        follow_up_action=note.follow_up_action,
        follow_up_due=note.follow_up_due,
        follow_up_done=note.follow_up_done_at is not None,
        row_version=note.row_version,
    )


def save_note(session: Session, form: NoteForm, note_id: int | None = None) -> tuple[int, Changes]:
    subject = clean_single_line(form.subject)
    summary = clean_multiline(form.summary)
    if not subject and not summary:
        raise InvalidInputError(
            translate("Refusals", "Please write a subject or a few words about what happened.")
        )
    note = OutreachNote() if note_id is None else get_note(session, note_id)
    if note_id is not None:
        refuse_if_changed_elsewhere(
            session, "note", note, form, lambda: load_note_form(session, note_id)
        )
    note.happened_on = form.happened_on
    note.kind = form.kind
    note.organization_id = form.organization_id
    note.subject = subject or clean_single_line(clean_single_line(summary.splitlines()[0])[:120])
    note.summary = summary
    note.follow_up_action = clean_multiline(form.follow_up_action)
    note.follow_up_due = form.follow_up_due if note.follow_up_action else None
    if form.follow_up_done and note.follow_up_done_at is None:
        note.follow_up_done_at = utc_now()
    elif not form.follow_up_done:
        note.follow_up_done_at = None
    ids = sorted(set(form.participant_ids))
    note.participants = (
        list(session.scalars(select(Contact).where(Contact.id.in_(ids)))) if ids else []
    )
    session.add(note)
    session.flush()
    return note.id, NOTE_CHANGED


def mark_follow_up_done(session: Session, note_id: int, done: bool = True) -> Changes:
    note = get_note(session, note_id)
    note.follow_up_done_at = utc_now() if done else None
    return NOTE_CHANGED


def contact_choices(session: Session, organization_id: int | None) -> list[tuple[int, str]]:
    """People to pick as participants: the organization's first, then everyone else."""
    query = (
        select(Contact.id, Contact.full_name, Contact.organization_id)
        .where(Contact.deleted_at.is_(None))
        .order_by(func.lower(Contact.full_name))
    )
    rows = session.execute(query).all()
    own = [(row.id, row.full_name) for row in rows if row.organization_id == organization_id]
    others = [(row.id, row.full_name) for row in rows if row.organization_id != organization_id]
    return own + others if organization_id is not None else others

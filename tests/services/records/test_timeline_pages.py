"""A long timeline read a page at a time reads exactly as the whole timeline does."""

from __future__ import annotations

from datetime import date, timedelta

from partnerdesk.core.choices import Acknowledgement, Decision
from partnerdesk.services.records.timeline import (
    TimelineKind,
    organization_timeline,
    rest_of_timeline,
    timeline_page,
)
from partnerdesk.store.database import Database
from partnerdesk.store.models import (
    Organization,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
    RequestDecision,
)

START = date(2024, 1, 1)


def _partner_with_a_long_story(database: Database) -> int:
    with database.session() as session:
        partner = Organization(name="Harlow Regional Health System")
        session.add(partner)
        session.flush()
        # Three notes a day, so pages end in the middle of a day.
        session.add_all(
            OutreachNote(
                organization_id=partner.id,
                happened_on=START + timedelta(days=n // 3),
                subject=f"Note {n}",
            )
            for n in range(450)
        )
        # Other entries on days where pages end, and one without a date.
        for offset in (0, 83, 100, 149, 150):
            day = START + timedelta(days=offset)
            session.add(
                PartnershipRequest(
                    title=f"Request of day {offset}",
                    organization_id=partner.id,
                    received_on=day,
                    decision=Decision.DECLINE,
                    decided_on=day,
                    decisions=[
                        RequestDecision(decision=Decision.DECLINE, reasons="No", decided_on=day)
                    ],
                )
            )
        session.add(
            PartnerHistoryEntry(
                organization_id=partner.id,
                title="A pilot long ago",
                harm_or_broken_promise="Results never shared",
                acknowledgement=Acknowledgement.NOT_ACKNOWLEDGED,
            )
        )
        return partner.id


def test_pages_put_together_are_the_whole_timeline(database: Database) -> None:
    partner = _partner_with_a_long_story(database)
    with database.session() as session:
        whole = organization_timeline(session, partner)
        first = timeline_page(session, partner, notes_limit=100)
    assert len(whole) == 450 + 5 + 5 + 1
    assert whole[-1].kind is TimelineKind.HISTORY  # no date: last
    read = list(first.entries)
    cursor = first.cursor
    while cursor is not None:
        with database.session() as session:
            page = timeline_page(session, partner, cursor, notes_limit=100)
        read += page.entries
        cursor = page.cursor
    assert read == whole
    days = [entry.day for entry in whole if entry.day]
    assert days == sorted(days, reverse=True)


def test_the_rest_is_read_as_the_view_asks(database: Database) -> None:
    partner = _partner_with_a_long_story(database)
    with database.session() as session:
        first = timeline_page(session, partner)
        whole = organization_timeline(session, partner)
    read = list(first.entries)
    more = rest_of_timeline(database, first.cursor)
    while more is not None:
        entries, more = more()
        read += entries
    assert read == whole

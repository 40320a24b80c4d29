"""The sample partnership's two check-ups: ours rated twice, the partner's on the second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from partnerdesk.core.checkups import StatementRating
from partnerdesk.services.checkups.checkups import write_our_rating, write_partner_ratings
from partnerdesk.store.models import Checkup

# fmt: off
# (statement, score, comment); a statement left out was not rated (a few gaps, as people do).
_FIRST_OURS = (
    ("purpose.goals", 4, ""),
    ("purpose.community", 5, "Summer hunger came from our listening sessions."),
    ("purpose.fit", 4, ""), ("trust.promises", 3, "The food delivery was late twice in July."),
    ("trust.knowledge", 3, ""), ("trust.people", 4, ""),
    ("power.decide", 2, "The menu and the hours were set by the county before we were asked."),
    ("power.say", 3, ""),
    ("communication.timely", 2, "We heard of the clinic's closed week too late."),
    ("communication.meetings", 3, ""), ("data.shared", 2, ""), ("resources.fair", 3, ""),
    ("resources.paid", 2, "Our volunteer coordinator's time is not covered."),
    ("benefits.ours", 4, ""), ("benefits.community", 5, ""), ("commitments.roles", 3, ""),
)
_SECOND_OURS = (
    ("purpose.goals", 5, ""), ("purpose.community", 5, ""), ("purpose.fit", 4, ""),
    ("trust.promises", 4, "Deliveries on time all summer."), ("trust.knowledge", 4, ""),
    ("trust.people", 5, ""), ("power.decide", 3, "We chose the second site together."),
    ("power.say", 4, ""), ("power.voices", 2, "Families are not on the planning calls yet."),
    ("communication.timely", 4, ""), ("communication.meetings", 4, ""),
    ("communication.language", 3, "The flyers came in English only."),
    ("data.shared", 2, "We still have not seen the county's numbers for the summer."),
    ("data.credit", 4, ""), ("resources.fair", 3, ""),
    ("resources.paid", 3, "A stipend for the coordinator from August."),
    ("benefits.ours", 4, ""), ("benefits.theirs", 4, ""), ("benefits.community", 5, ""),
    ("commitments.roles", 4, ""), ("commitments.dates", 3, ""),
)
_SECOND_THEIRS = (
    ("purpose.goals", 5, ""), ("purpose.community", 4, ""), ("purpose.fit", 5, ""),
    ("trust.promises", 4, ""), ("trust.knowledge", 4, ""), ("trust.people", 5, ""),
    ("power.decide", 5, "We thought every decision was made together."),
    ("power.say", 4, ""), ("power.voices", 3, ""), ("communication.timely", 4, ""),
    ("communication.meetings", 3, "Meetings run long."), ("communication.language", 4, ""),
    ("data.shared", 4, "The summer report went to the state in September."),
    ("data.consent", 4, ""), ("data.credit", 4, ""), ("resources.fair", 4, ""),
    ("resources.paid", 3, ""), ("benefits.ours", 5, ""), ("benefits.theirs", 4, ""),
    ("benefits.community", 5, ""), ("commitments.roles", 4, ""), ("commitments.dates", 4, ""),
)
# fmt: on


def add_sample_checkups(
    session: Session, request_id: int, partner: str, day: Callable[[int], date]
) -> list[int]:
    """Two check-ups some months apart; the second with the partner's form read back."""
    ids = []
    for held_on, ours in ((day(-240), _FIRST_OURS), (day(-45), _SECOND_OURS)):
        checkup = Checkup(request_id=request_id, held_on=held_on)
        session.add(checkup)
        session.flush()
        for statement_id, score, comment in ours:
            write_our_rating(
                session, checkup.id, StatementRating(statement_id, score, comment), None
            )
        ids.append(checkup.id)
    write_partner_ratings(
        session,
        ids[-1],
        [StatementRating(*values) for values in _SECOND_THEIRS],
        f"Check-up form - {partner} - returned.docx",
        read_at=datetime.combine(day(-30), time(15, 0), tzinfo=UTC),
    )
    return ids

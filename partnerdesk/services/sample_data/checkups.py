"""The sample partnership's two check-ups: ours rated twice, the partner's on the second.

The partner's answers take the real path: the check-up form is written, filled in the way
a person types (numbers, a few words such as "Agree", one "4 - mostly"), read back with
the form's reader and stored as a returned form is. It costs about a third of a second
(python-docx loaded, the form written and read), measured; a sample whose form no longer
reads back right fails the sample data's tests rather than showing made-up answers.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.checkups import StatementRating
from partnerdesk.services.checkups.checkups import write_our_rating, write_partner_ratings
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.models import Checkup, PartnershipRequest

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
# What the county typed in each Rating and Comments cell of the form (the scores read
# from them: 5 4 5 / 4 4 5 / 5 4 3 / 4 3 4 / 4 4 4 / 4 3 / 5 4 5 / 4 4).
_SECOND_THEIRS_TYPED = (
    ("purpose.goals", "5", ""), ("purpose.community", "Agree", ""), ("purpose.fit", "5", ""),
    ("trust.promises", "4", ""), ("trust.knowledge", "agree", ""),
    ("trust.people", "Strongly agree", ""),
    ("power.decide", "5", "We thought every decision was made together."),
    ("power.say", "4", ""), ("power.voices", "3", ""), ("communication.timely", "4 - mostly", ""),
    ("communication.meetings", "3", "Meetings run long."), ("communication.language", "4", ""),
    ("data.shared", "4", "The summer report went to the state in September."),
    ("data.consent", "4", ""), ("data.credit", "Agree", ""), ("resources.fair", "4", ""),
    ("resources.paid", "3", ""), ("benefits.ours", "5", ""), ("benefits.theirs", "4", ""),
    ("benefits.community", "5", ""), ("commitments.roles", "4", ""),
    ("commitments.dates", "4", ""),
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
    request = session.get(PartnershipRequest, request_id)
    sender = our_organization(session)
    write_partner_ratings(
        session,
        ids[-1],
        _returned_form_read(
            sender.name if sender is not None else "",
            partner,
            request.title if request is not None else "",
            day(-45),
        ),
        f"Check-up form - {partner} - returned.docx",
        read_at=datetime.combine(day(-30), time(15, 0), tzinfo=UTC),
    )
    return ids


def _returned_form_read(
    our_name: str, partner: str, title: str, held_on: date
) -> list[StatementRating]:
    """The partner's ratings as read from their form: written, filled in, read back."""
    import docx

    from partnerdesk.core.checkups import shipped_statements
    from partnerdesk.exports.checkup_form_docx import write_checkup_form
    from partnerdesk.imports.checkup_form import read_checkup_form

    statements = shipped_statements()
    typed = {
        statement_id: (rating, comment) for statement_id, rating, comment in _SECOND_THEIRS_TYPED
    }
    by_text = {item.text: item.id for domain in statements.domains for item in domain.statements}
    with tempfile.TemporaryDirectory(prefix="partnerdesk-sample-") as folder:
        form = Path(folder) / "Check-up form.docx"
        write_checkup_form(
            form,
            statements,
            our_name=our_name,
            their_name=partner,
            partnership_title=title,
            held_on=held_on,
        )
        document = docx.Document(str(form))
        for grid in document.tables:
            for row in grid.rows:
                answer = typed.get(by_text.get(row.cells[0].text, ""))
                if answer is not None:
                    rating, comment = answer
                    row.cells[1].paragraphs[0].add_run(rating)
                    if comment:
                        row.cells[2].paragraphs[0].add_run(comment)
        document.save(str(form))
        reading = read_checkup_form(form, statements)
    return reading.ratings

"""Reviewing a signed MOU: record each review and move the next one by the MOU's schedule.

The MOU "is a living document that needs regular review". A review done is recorded (when,
who took part, what changed) and the next review date moves on by the MOU's own "review"
section (every N months). A review with nothing changed closes at once and the request is
an active partnership again; while an amendment waits to be signed, the review stays open
(the request "Under review") until the amended MOU is marked signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.dates import date_in_words
from partnerdesk.core.mou_compare import Change, compare_versions
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.mou.drafts import MOU_CHANGED, add_months, get_mou
from partnerdesk.services.mou.signing import (
    move_request_stage,
    review_interval,
    signed_sections,
)
from partnerdesk.services.transactions import transaction
from partnerdesk.store.models import Mou, MouReview


@dataclass(frozen=True)
class ReviewForm:
    reviewed_on: date
    reviewed_by: str  # who took part, as the user writes it
    what_changed: str  # "" when nothing changed


@dataclass(frozen=True)
class ReviewDone:
    reviewed_on: date
    reviewed_by: str
    what_changed: str
    next_review_on: date | None


def changes_since_signing(session: Session, mou_id: int) -> str:
    """The parts of the MOU changed since it was signed, one line each ("" for none)."""
    lines = [f"{title}: {change.value.lower()}" for title, change in parts_changed(session, mou_id)]
    return "\n".join(lines)


def parts_changed(session: Session, mou_id: int, language: str = "en") -> list[tuple[str, Change]]:
    """(section title in ``language``, how it changed) for each part changed since signing."""
    baseline = signed_sections(session, mou_id)
    if baseline is None:
        return []
    current = dict(get_mou(session, mou_id).sections or {})
    return [
        (item.title, item.change)
        for item in compare_versions(baseline, current, language)
        if item.change is not Change.SAME
    ]


def add_review(
    session: Session, mou_id: int, form: ReviewForm, today: date | None = None
) -> Changes:
    mou = get_mou(session, mou_id)
    if mou.status not in (MouStatus.SIGNED, MouStatus.IN_REVIEW):
        raise InvalidInputError(
            translate(
                "Refusals",
                "Only a signed MOU is reviewed. Mark the MOU signed first, then record "
                "its reviews.",
            )
        )
    if form.reviewed_on > (today or date.today()):
        raise InvalidInputError(
            translate(
                "Refusals",
                "The review date, {date}, is still to come. Record the review once it "
                "has taken place.",
            ).format(date=date_in_words(form.reviewed_on))
        )
    if mou.signed_on is not None and form.reviewed_on < mou.signed_on:
        raise InvalidInputError(
            translate(
                "Refusals", "The MOU was signed on {date}: a review of it cannot come before that."
            ).format(date=date_in_words(mou.signed_on))
        )
    sections = dict(mou.sections or {})
    next_review = add_months(form.reviewed_on, review_interval(sections))
    session.add(
        MouReview(
            mou_id=mou_id,
            reviewed_on=form.reviewed_on,
            reviewed_by=clean_multiline(form.reviewed_by),
            what_changed=clean_multiline(form.what_changed),
            next_review_on=next_review,
        )
    )
    mou.review_on = next_review
    changes = MOU_CHANGED
    if signed_sections(session, mou_id) == sections:
        # Nothing waits to be signed: the review is done, the partnership goes on.
        mou.status = MouStatus.SIGNED
        changes |= move_request_stage(
            session, mou, RequestStage.ACTIVE, "The MOU was reviewed; nothing waits to be signed."
        )
    else:
        mou.status = MouStatus.IN_REVIEW
        changes |= move_request_stage(
            session, mou, RequestStage.UNDER_REVIEW, "The MOU was reviewed; an amendment waits."
        )
    session.flush()
    return changes


def open_review(session: Session, mou_id: int) -> Changes:
    """Start a review of a signed MOU: the request is "Under review" until it is recorded."""
    mou = get_mou(session, mou_id)
    if mou.status is not MouStatus.SIGNED:
        if mou.status is MouStatus.IN_REVIEW:
            return Changes()
        raise InvalidInputError(
            translate("Refusals", "Only a signed MOU is reviewed. Mark the MOU signed first.")
        )
    mou.status = MouStatus.IN_REVIEW
    changes = move_request_stage(session, mou, RequestStage.UNDER_REVIEW, "A review started.")
    session.flush()
    return MOU_CHANGED | changes


def reviews_of_mou(session: Session, mou_id: int) -> list[ReviewDone]:
    get_mou(session, mou_id)
    return [
        ReviewDone(r.reviewed_on, r.reviewed_by, r.what_changed, r.next_review_on)
        for r in session.scalars(
            select(MouReview)
            .where(MouReview.mou_id == mou_id)
            .order_by(MouReview.reviewed_on, MouReview.id)
        )
    ]


# Use cases: each takes the Database and is one transaction -------------------------------
def record_review(database: Database, mou_id: int, form: ReviewForm) -> Changes:
    """Record a review done and move the next review date by the MOU's schedule."""
    with transaction(database) as session:
        session.get(Mou, mou_id, with_for_update=True)
        return add_review(session, mou_id, form)


def start_review(database: Database, mou_id: int) -> Changes:
    with transaction(database) as session:
        return open_review(session, mou_id)


def suggested_changes(database: Database, mou_id: int) -> str:
    """What changed since signing, for the review form's "what changed" to start from."""
    with transaction(database) as session:
        return changes_since_signing(session, mou_id)


def changed_since_signing(
    database: Database, mou_id: int, language: str = "en"
) -> list[tuple[str, Change]]:
    """The parts changed since signing, named in ``language`` (the window words the lines)."""
    with transaction(database) as session:
        return parts_changed(session, mou_id, language)


def reviews(database: Database, mou_id: int) -> list[ReviewDone]:
    with transaction(database) as session:
        return reviews_of_mou(session, mou_id)

"""Check-ups of a partnership: start one, rate our side, take in theirs, read them back.

Our side is saved one statement at a time, as the user types. Two staff on a shared
database rating the same statement at once: the later save is refused (nothing written)
when the stored rating is no longer the one its editor showed, as for vetting answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partnerdesk.core.checkups import (
    CheckupScores,
    CheckupSide,
    CheckupStatements,
    StatementGap,
    StatementRating,
    domain_scores,
    gaps_to_discuss,
    shipped_statements,
)
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    InvalidInputError,
    RecordMissingError,
)
from partnerdesk.services.records.concurrency import differences
from partnerdesk.store.models import Checkup, CheckupRating, Organization, PartnershipRequest

CHECKUPS_CHANGED = Changes.of(Detail.CHECKUPS)
NO_REQUEST = "That request is no longer there."
NO_CHECKUP = "That check-up is no longer there. Someone may have deleted it."


@dataclass(frozen=True)
class StartedCheckup:
    checkup_id: int
    changes: Changes


@dataclass(frozen=True)
class CheckupLine:
    """One check-up in a partnership's list."""

    id: int
    request_id: int
    held_on: date
    ours_average: float | None  # the mean of every statement our side rated
    theirs_average: float | None
    partner_form_name: str  # "" until their answers were read from their form
    partner_read_at: datetime | None

    def is_planned(self, today: date) -> bool:
        return self.held_on > today


@dataclass(frozen=True)
class CheckupDetails:
    """One check-up as its window shows it: both sides' ratings and the gaps."""

    id: int
    request_id: int
    request_title: str
    organization: str
    held_on: date
    row_version: int
    ours: dict[str, StatementRating]  # by statement id; a statement not rated is absent
    theirs: dict[str, StatementRating]
    partner_form_name: str
    partner_read_at: datetime | None
    gaps: tuple[StatementGap, ...]
    scores: CheckupScores


def _live_request(session: Session, request_id: int) -> PartnershipRequest:
    request = session.get(PartnershipRequest, request_id)
    if request is None or request.deleted_at is not None:
        raise RecordMissingError(NO_REQUEST)
    return request


def _checkup(session: Session, checkup_id: int, *, lock: bool = False) -> Checkup:
    checkup = session.get(Checkup, checkup_id, with_for_update=lock)
    if checkup is None:
        raise RecordMissingError(NO_CHECKUP)
    return checkup


def _ratings(
    session: Session, checkup_ids: Sequence[int]
) -> dict[int, dict[str, list[StatementRating]]]:
    """Each check-up's ratings, by side value: {checkup id: {"ours": [...], "theirs": [...]}}."""
    found: dict[int, dict[str, list[StatementRating]]] = {
        checkup_id: {side.value: [] for side in CheckupSide} for checkup_id in checkup_ids
    }
    if not checkup_ids:
        return found
    rows = session.execute(
        select(
            CheckupRating.checkup_id,
            CheckupRating.side,
            CheckupRating.statement_id,
            CheckupRating.score,
            CheckupRating.comment,
        )
        .where(CheckupRating.checkup_id.in_(checkup_ids))
        .order_by(CheckupRating.id)
    )
    for checkup_id, side, statement_id, score, comment in rows:
        found[checkup_id][CheckupSide(side).value].append(
            StatementRating(statement_id, score, comment)
        )
    return found


def _average(ratings: Sequence[StatementRating]) -> float | None:
    scores = [rating.score for rating in ratings if rating.score is not None]
    return round(sum(scores) / len(scores), 2) if scores else None


def start_checkup(database: Database, request_id: int, held_on: date) -> StartedCheckup:
    """A new check-up of the partnership on ``held_on`` (a date ahead: a planned one)."""
    with database.session() as session:
        _live_request(session, request_id)
        checkup = Checkup(request_id=request_id, held_on=held_on)
        session.add(checkup)
        session.flush()
        return StartedCheckup(checkup.id, CHECKUPS_CHANGED)


def delete_checkup(database: Database, checkup_id: int) -> Changes:
    """Remove a check-up and both sides' ratings (the window asks first)."""
    with database.session() as session:
        checkup = session.get(Checkup, checkup_id)
        if checkup is not None:
            session.delete(checkup)
    return CHECKUPS_CHANGED


def _stored_rating(
    session: Session, checkup_id: int, side: CheckupSide, statement_id: str
) -> CheckupRating | None:
    return session.scalar(
        select(CheckupRating).where(
            CheckupRating.checkup_id == checkup_id,
            CheckupRating.side == side,
            CheckupRating.statement_id == statement_id,
        )
    )


def _as_rating(statement_id: str, stored: CheckupRating | None) -> StatementRating:
    if stored is None:
        return StatementRating(statement_id, None, "")
    return StatementRating(statement_id, stored.score, stored.comment)


def _same(one: StatementRating, other: StatementRating) -> bool:
    return (one.score, one.comment) == (other.score, other.comment)


def save_our_rating(
    database: Database,
    checkup_id: int,
    rating: StatementRating,
    base: StatementRating | None = None,
) -> Changes:
    """Save our side's rating and comment of one statement, in a transaction of its own.

    ``base`` is the rating as the window showed it before the user typed (an empty one
    when there was none). When the stored rating no longer matches it, a colleague saved
    meanwhile: ChangedElsewhereError, nothing written. Contents are compared, not a
    version, so one person's quick saves in a row never refuse each other.
    """
    if shipped_statements().statement(rating.statement_id) is None:
        raise InvalidInputError(
            translate("Refusals", "That statement is not one of the check-up's statements.")
        )
    try:
        with database.session() as session:
            return _write_our_rating(session, checkup_id, rating, base)
    except IntegrityError as error:
        if "unique" not in str(error.orig).lower():
            raise
        # A colleague's first rating of this statement took its one place at the same
        # moment (a shared database): refused like any other overlapping save.
        with database.session() as session:
            stored = _as_rating(
                rating.statement_id,
                _stored_rating(session, checkup_id, CheckupSide.OURS, rating.statement_id),
            )
            if base is None:
                return _write_our_rating(session, checkup_id, rating, None)
            raise ChangedElsewhereError(
                "rating", differences(session, stored, rating), stored
            ) from error


def write_our_rating(
    session: Session, checkup_id: int, rating: StatementRating, base: StatementRating | None
) -> Changes:
    """Session-level: for the sample data and for composing with other writes."""
    return _write_our_rating(session, checkup_id, rating, base)


def _write_our_rating(
    session: Session, checkup_id: int, rating: StatementRating, base: StatementRating | None
) -> Changes:
    # FOR UPDATE (PostgreSQL; SQLite writes one at a time anyway): a colleague's save of
    # this check-up still being written is waited for, then compared as committed, so the
    # second of two saves at once is refused instead of overwriting the first.
    _checkup(session, checkup_id, lock=True)
    stored = _stored_rating(session, checkup_id, CheckupSide.OURS, rating.statement_id)
    if base is not None:
        shown = _as_rating(rating.statement_id, stored)
        if not _same(shown, base):
            raise ChangedElsewhereError("rating", differences(session, shown, rating), shown)
    if rating.is_empty:
        if stored is not None:
            session.delete(stored)
    else:
        if stored is None:
            stored = CheckupRating(
                checkup_id=checkup_id, side=CheckupSide.OURS, statement_id=rating.statement_id
            )
            session.add(stored)
        stored.score = rating.score
        stored.comment = rating.comment
    session.flush()
    return CHECKUPS_CHANGED


def save_partner_ratings(
    database: Database,
    checkup_id: int,
    ratings: Sequence[StatementRating],
    form_name: str,
) -> Changes:
    """The partner's side, as read from their returned form: replaces what was there."""
    with database.session() as session:
        return write_partner_ratings(session, checkup_id, ratings, form_name)


def write_partner_ratings(
    session: Session,
    checkup_id: int,
    ratings: Sequence[StatementRating],
    form_name: str,
    read_at: datetime | None = None,
) -> Changes:
    checkup = _checkup(session, checkup_id)
    statements = shipped_statements()
    session.execute(
        delete(CheckupRating).where(
            CheckupRating.checkup_id == checkup_id, CheckupRating.side == CheckupSide.THEIRS
        )
    )
    kept: dict[str, StatementRating] = {}
    for rating in ratings:
        # A statement not (or no longer) shipped is left out; a later one wins a repeat.
        if statements.statement(rating.statement_id) is not None and not rating.is_empty:
            kept[rating.statement_id] = rating
    session.add_all(
        CheckupRating(
            checkup_id=checkup_id,
            side=CheckupSide.THEIRS,
            statement_id=rating.statement_id,
            score=rating.score,
            comment=rating.comment,
        )
        for rating in kept.values()
    )
    checkup.partner_form_name = form_name.strip()
    checkup.partner_read_at = read_at or datetime.now(UTC)
    session.flush()
    return CHECKUPS_CHANGED


def _scores(
    statements: CheckupStatements, checkup: Checkup, sides: dict[str, list[StatementRating]]
) -> CheckupScores:
    return CheckupScores(
        checkup.id,
        checkup.held_on,
        domain_scores(statements, sides[CheckupSide.OURS.value]),
        domain_scores(statements, sides[CheckupSide.THEIRS.value]),
    )


def _request_checkups(session: Session, request_id: int) -> list[Checkup]:
    _live_request(session, request_id)
    return list(
        session.scalars(
            select(Checkup)
            .where(Checkup.request_id == request_id)
            .order_by(Checkup.held_on, Checkup.id)
        )
    )


def list_checkups(database: Database, request_id: int) -> list[CheckupLine]:
    """A partnership's check-ups, oldest first."""
    with database.session() as session:
        checkups = _request_checkups(session, request_id)
        ratings = _ratings(session, [checkup.id for checkup in checkups])
        return [
            CheckupLine(
                checkup.id,
                checkup.request_id,
                checkup.held_on,
                _average(ratings[checkup.id][CheckupSide.OURS.value]),
                _average(ratings[checkup.id][CheckupSide.THEIRS.value]),
                checkup.partner_form_name,
                checkup.partner_read_at,
            )
            for checkup in checkups
        ]


def checkup_history(database: Database, request_id: int) -> list[CheckupScores]:
    """Each check-up's domain scores, both sides, in date order (the trend chart, reports)."""
    statements = shipped_statements()
    with database.session() as session:
        checkups = _request_checkups(session, request_id)
        ratings = _ratings(session, [checkup.id for checkup in checkups])
        return [_scores(statements, checkup, ratings[checkup.id]) for checkup in checkups]


def rated_checkup_history(database: Database, request_id: int) -> list[CheckupScores]:
    """The check-ups a trend can draw: those with at least one rating, in date order.

    A check-up not rated yet (one planned ahead, or just started) is no point on a trend:
    as the last one it would make every domain read "not rated".
    """
    return [
        scores
        for scores in checkup_history(database, request_id)
        if any(value is not None for value in (*scores.ours.values(), *scores.theirs.values()))
    ]


def read_checkup(database: Database, checkup_id: int) -> CheckupDetails:
    """One check-up whole, for its window."""
    statements = shipped_statements()
    with database.session() as session:
        checkup = _checkup(session, checkup_id)
        request = _live_request(session, checkup.request_id)
        organization = (
            session.get(Organization, request.organization_id)
            if request.organization_id is not None
            else None
        )
        sides = _ratings(session, [checkup.id])[checkup.id]
        ours = sides[CheckupSide.OURS.value]
        theirs = sides[CheckupSide.THEIRS.value]
        return CheckupDetails(
            checkup.id,
            checkup.request_id,
            request.title,
            organization.name if organization is not None else "",
            checkup.held_on,
            checkup.row_version,
            {rating.statement_id: rating for rating in ours},
            {rating.statement_id: rating for rating in theirs},
            checkup.partner_form_name,
            checkup.partner_read_at,
            tuple(gaps_to_discuss(statements, ours, theirs)),
            _scores(statements, checkup, sides),
        )


def last_checkups(session: Session, today: date) -> dict[int, date]:
    """Each request's latest check-up held by ``today`` (a planned one is not "last")."""
    return {
        request_id: held_on
        for request_id, held_on in session.execute(
            select(Checkup.request_id, func.max(Checkup.held_on))
            .where(Checkup.held_on <= today)
            .group_by(Checkup.request_id)
        )
    }

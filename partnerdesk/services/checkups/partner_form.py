"""The partner's side of a check-up: the Word form we send them, and their filled form
read back into a check-up (issue 19).

Reading a returned form never guesses silently: what was read is counted per domain,
each cell that could not be read is named with where it is, and the statements left
without a rating are listed. ``read_partner_form`` only reads (the preview, a dry run);
``save_partner_form`` stores what was read, into the check-up the reading named.

python-docx and the form's reader are imported inside, when a form is written or read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.checkups import (
    CheckupStatement,
    CheckupStatements,
    StatementRating,
    shipped_statements,
)
from partnerdesk.core.translation import SOURCE_LANGUAGE
from partnerdesk.imports.checkup_form import ratings_summary
from partnerdesk.services.changes import Changes
from partnerdesk.services.checkups.checkups import save_partner_ratings, write_partner_ratings
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target
from partnerdesk.services.errors import UnreadableFileError
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.models import Checkup


@dataclass(frozen=True)
class DomainRead:
    """What their form said in one domain."""

    domain_id: str
    title: str
    statements: int  # how many statements the domain has
    rated: int  # given a score 1–5
    commented: int  # with a comment (rated or not)


@dataclass(frozen=True)
class FormProblem:
    """A cell that could not be read as typed: ``where`` in the form, ``what`` is wrong."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass(frozen=True)
class NotRated:
    """A statement their form left without a rating (blank, "N/A", or its row missing)."""

    domain: str
    text: str


@dataclass(frozen=True)
class PartnerFormReading:
    """A returned check-up form as read, and which check-up it goes (or went) into.

    ``checkup_id`` None: there is no check-up to take it yet, so a new one dated
    ``held_on`` (today) is started when it is saved. ``replaces``: the name of the form
    whose answers that check-up holds already ("" when none), which saving replaces.
    ``saved``: whether it was stored (False for a dry run or a preview).
    """

    request_id: int
    form_name: str
    checkup_id: int | None
    held_on: date
    replaces: str
    ratings: tuple[StatementRating, ...]
    domains: tuple[DomainRead, ...]
    problems: tuple[FormProblem, ...]
    not_rated: tuple[NotRated, ...]
    notes: tuple[str, ...]
    saved: bool = False

    @property
    def rated(self) -> int:
        return sum(domain.rated for domain in self.domains)

    @property
    def new_checkup(self) -> bool:
        return self.checkup_id is None

    def summary(self) -> str:
        """One line: "20 statements rated, 3 not rated, 1 problem"."""
        return ratings_summary(self.rated, len(self.not_rated), len(self.problems))


def export_checkup_form(
    database: Database, request_id: int, path: Path, *, language: str = SOURCE_LANGUAGE
) -> WrittenDocument:
    """Write the check-up form for the request's partner to fill in, on the letterhead,
    in ``language`` (its words, dates, areas and statements)."""
    from partnerdesk.exports.checkup_form_docx import write_checkup_form

    target = Path(path)
    check_docx_target(target)
    with database.session() as session:
        request = get_request(session, request_id)
        ours = our_organization(session)
        our_name = ours.name if ours is not None else ""
        their_name = request.organization.name if request.organization is not None else ""
        title = request.title
    # Written once the read has ended: to a hidden file beside the target, then moved.
    warning = write_checkup_form(
        target,
        shipped_statements(language),
        our_name=our_name,
        their_name=their_name,
        partnership_title=title,
        held_on=None,
        data_dir=database.location.data_dir,
        language=language,
    )
    return WrittenDocument(target, title, warning)


def read_partner_form(
    database: Database,
    request_id: int,
    path: Path,
    *,
    dry_run: bool = True,
    today: date | None = None,
    language: str = SOURCE_LANGUAGE,
) -> PartnerFormReading:
    """Read their filled form for the request's check-up; with ``dry_run`` False, store it.

    ``language``: the one the reading names the domains and statements in (the window
    passes the screen's; the ids are the same in every language). The form itself may be
    written in any document language.

    It goes into the latest check-up of the request not dated after ``today``, or a new
    one dated ``today`` when there is none. RecordMissingError for no such request;
    UnreadableFileError (its message for the user) for a file that is missing, damaged,
    not a Word document or not a check-up form.
    """
    from partnerdesk.imports.checkup_form import UnreadableFormError, read_checkup_form

    target = Path(path)
    check_docx_target(target)
    today = today or date.today()
    with database.session() as session:
        get_request(session, request_id)  # no such request: said before the file
        checkup = _target_checkup(session, request_id, today)
    named = shipped_statements(language)
    try:
        read = read_checkup_form(target, named, _other_wordings(language))
    except UnreadableFormError as error:
        raise UnreadableFileError(str(error)) from error
    reading = PartnerFormReading(
        request_id,
        target.name,
        checkup.id if checkup is not None else None,
        checkup.held_on if checkup is not None else today,
        checkup.partner_form_name if checkup is not None else "",
        tuple(read.ratings),
        _per_domain(named, read.ratings),
        tuple(FormProblem(problem.where, problem.what) for problem in read.problems),
        tuple(
            NotRated(_domain_title(named, item.domain_id), _statement_text(named, item))
            for item in read.not_rated
        ),
        tuple(read.notes),
    )
    if dry_run:
        return reading
    save_partner_form(database, reading)
    return _saved(reading, database, today)


def _other_wordings(language: str) -> tuple[CheckupStatements, ...]:
    """The statements as the other document languages word them: a form sent in any of
    them is read back."""
    from partnerdesk.core.document_language import DOCUMENT_LANGUAGES

    return tuple(shipped_statements(other) for other in DOCUMENT_LANGUAGES if other != language)


def save_partner_form(database: Database, reading: PartnerFormReading) -> Changes:
    """Store what was read into the check-up the reading named (their side replaced),
    or into a new check-up on its date when it named none."""
    if reading.checkup_id is not None:
        return save_partner_ratings(
            database, reading.checkup_id, reading.ratings, reading.form_name
        )
    # Started and filled in one transaction: never an empty check-up left behind.
    with database.session() as session:
        get_request(session, reading.request_id)
        checkup = Checkup(request_id=reading.request_id, held_on=reading.held_on)
        session.add(checkup)
        session.flush()
        return write_partner_ratings(session, checkup.id, reading.ratings, reading.form_name)


def _saved(reading: PartnerFormReading, database: Database, today: date) -> PartnerFormReading:
    """The reading as saved: a new check-up's id is known now."""
    checkup_id = reading.checkup_id
    if checkup_id is None:
        with database.session() as session:
            found = _target_checkup(session, reading.request_id, today)
            checkup_id = found.id if found is not None else None
    return PartnerFormReading(
        reading.request_id,
        reading.form_name,
        checkup_id,
        reading.held_on,
        reading.replaces,
        reading.ratings,
        reading.domains,
        reading.problems,
        reading.not_rated,
        reading.notes,
        saved=True,
    )


@dataclass(frozen=True)
class _Target:
    id: int
    held_on: date
    partner_form_name: str


def _target_checkup(session: Session, request_id: int, today: date) -> _Target | None:
    """The latest check-up held by ``today`` (one planned ahead is not held yet)."""
    checkup = session.scalar(
        select(Checkup)
        .where(Checkup.request_id == request_id, Checkup.held_on <= today)
        .order_by(Checkup.held_on.desc(), Checkup.id.desc())
        .limit(1)
    )
    if checkup is None:
        return None
    return _Target(checkup.id, checkup.held_on, checkup.partner_form_name)


def _per_domain(
    statements: CheckupStatements, ratings: Sequence[StatementRating]
) -> tuple[DomainRead, ...]:
    by_statement = {rating.statement_id: rating for rating in ratings}
    found = []
    for domain in statements.domains:
        given = [by_statement[item.id] for item in domain.statements if item.id in by_statement]
        found.append(
            DomainRead(
                domain.id,
                domain.title,
                len(domain.statements),
                sum(1 for rating in given if rating.score is not None),
                sum(1 for rating in given if rating.comment),
            )
        )
    return tuple(found)


def _statement_text(statements: CheckupStatements, item: CheckupStatement) -> str:
    named = statements.statement(item.id)
    return named.text if named is not None else item.text


def _domain_title(statements: CheckupStatements, domain_id: str) -> str:
    domain = statements.domain(domain_id)
    return domain.title if domain is not None else domain_id

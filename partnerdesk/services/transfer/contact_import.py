"""Importing contacts from CSV and vCard files: preview, apply, undo, history.

``preview_import`` reads a file and says, row by row, what would happen; nothing is
written. ``apply_import`` writes the plan in one transaction of its own, committed only
when every row is in, and records it as an ImportBatch, which ``undo_import`` reverts.
Each takes the ``Database`` and opens its own transaction; the window and the command
line never hold a session. Long steps report progress and can be cancelled: a cancelled
import raises ImportCancelledError before anything is committed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import translate
from partnerdesk.imports.contact_files import FileDetection, detect_contact_file, read_contact_file
from partnerdesk.imports.contact_rows import ContactCandidate, RowProblem
from partnerdesk.imports.csv_mapping import ColumnMapping, ContactField
from partnerdesk.imports.errors import ImportCancelledError, UnreadableFileError
from partnerdesk.imports.matching import ContactMatcher, MatchKind, OrganizationIndex
from partnerdesk.process_tuning import collector_paused
from partnerdesk.regular_files import NotARegularFileError, open_regular_file
from partnerdesk.services.changes import Changes
from partnerdesk.services.errors import ImportUndoError
from partnerdesk.services.transfer.import_lock import WAITING_MESSAGE, wait_for_import_turn
from partnerdesk.services.transfer.plan import (
    Decision,
    ImportCounts,
    ImportPlan,
    ImportResult,
    ImportSummary,
    PlanRow,
    RowStatus,
    where_in_file,
)
from partnerdesk.services.transfer.undo import revert_batch
from partnerdesk.services.transfer.writer import write_plan
from partnerdesk.store.models import Contact, ContactEmail, ImportBatch, Organization

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = [
    "WAITING_MESSAGE",
    "ContactField",
    "Decision",
    "FileDetection",
    "ImportCancelledError",
    "ImportCounts",
    "ImportPlan",
    "ImportResult",
    "ImportSummary",
    "ImportUndoError",
    "PlanRow",
    "RowStatus",
    "UnreadableFileError",
    "apply_import",
    "detect_file",
    "list_imports",
    "preview_import",
    "undo_import",
]


def detect_file(path: Path, encoding: str | None = None) -> FileDetection:
    """The file's format, headers and suggested column mapping, for the mapping step."""
    return detect_contact_file(_read_bytes(path), encoding)


def preview_import(
    database: Database,
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    encoding: str | None = None,
) -> ImportPlan:
    """Read ``path`` and classify every row; writes nothing.

    ``encoding`` is the one the user chose in the preview; without it, it is detected.
    Raises UnreadableFileError (message for the user) when the file cannot be read, and
    ValueError when ``mapping`` names a column or field that does not exist.
    """
    with collector_paused(), database.session() as session:
        return _preview(session, path, mapping, progress, cancelled, encoding)


def _preview(
    session: Session,
    path: Path,
    mapping: ColumnMapping | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    encoding: str | None = None,
) -> ImportPlan:
    contact_file = read_contact_file(_read_bytes(path), mapping, cancelled, encoding)
    matcher = load_matcher(session)
    total = len(contact_file.items)
    rows: list[PlanRow] = []
    for done, item in enumerate(contact_file.items, start=1):
        if done % 500 == 0:
            _check(cancelled)
            if progress is not None:
                progress(done, total)
        where = where_in_file(contact_file.unit, item.number)
        if isinstance(item, RowProblem):
            rows.append(PlanRow(item.number, where, RowStatus.SKIPPED, reason=item.reason))
            continue
        if item.is_organization:
            rows.append(_organization_row(item, contact_file.unit, matcher))
            continue
        rows.append(_classify(item, contact_file.unit, matcher))
        matcher.remember(item, item.number)
    if progress is not None:
        progress(total, total)
    return ImportPlan(
        path,
        contact_file.detection,
        rows,
        contact_file.mapping,
        contact_file.unit,
        columns=contact_file.columns,
        unmapped_columns=contact_file.unmapped,
    )


def load_matcher(session: Session) -> ContactMatcher:
    """Live contacts, their e-mails and live organizations, each in one query.

    Read straight from the driver, not through the ORM or even SQLAlchemy's results:
    these are plain ints and text, and making a Row of each of 114,000 rows, fetched one
    at a time, was a fifth of the loading.
    """
    connection = session.connection()
    organizations = OrganizationIndex(
        _plain_rows(
            connection,
            select(Organization.id, Organization.name).where(Organization.deleted_at.is_(None)),
        )
    )
    contacts = _plain_rows(
        connection,
        select(Contact.id, Contact.full_name, Contact.organization_id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.id),
    )
    # Every address, trashed contacts' too (the matcher skips those): sorting 54,000 rows
    # in Python is quicker than the database joining and sorting them.
    emails = sorted(
        _plain_rows(
            connection, select(ContactEmail.contact_id, ContactEmail.position, ContactEmail.address)
        )
    )
    return ContactMatcher(
        contacts, [(address, contact_id) for contact_id, _, address in emails], organizations
    )


def _plain_rows(
    connection: Connection, statement: Select[*tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """The rows of a SELECT without parameters, as the driver's tuples (any dialect)."""
    compiled = statement.compile(dialect=connection.dialect)
    if compiled.params:
        raise ValueError("_plain_rows runs statements without parameters only")
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def _classify(candidate: ContactCandidate, unit: str, matcher: ContactMatcher) -> PlanRow:
    where = where_in_file(unit, candidate.number)
    match = matcher.match(candidate)
    if match is None:
        return PlanRow(candidate.number, where, RowStatus.NEW, candidate)
    reference = match.reference
    who = match.name
    if reference.row_number:
        who = f"{match.name} ({where_in_file(unit, reference.row_number)})"
    at = candidate.organization_name
    if match.kind is MatchKind.EMAIL:
        status, decision = RowStatus.MERGE, Decision.MERGE
        reason = translate("ContactImport", "same e-mail as {who}").format(who=who)
    elif match.kind is MatchKind.SAME_NAME:
        status, decision = RowStatus.POSSIBLE_DUPLICATE, Decision.MERGE
        reason = (
            translate("ContactImport", "same name as {who} at {organization}")
            if at
            else translate("ContactImport", "same name as {who}")
        ).format(who=who, organization=at)
    else:
        status, decision = RowStatus.POSSIBLE_DUPLICATE, Decision.ADD_NEW
        reason = (
            translate("ContactImport", "name like {who} at {organization}")
            if at
            else translate("ContactImport", "name like {who}")
        ).format(who=who, organization=at)
    return PlanRow(
        candidate.number,
        where,
        status,
        candidate,
        reason=reason,
        target_contact_id=reference.contact_id,
        target_row=reference.row_number,
        target_name=match.name,
        default_decision=decision,
    )


def _organization_row(candidate: ContactCandidate, unit: str, matcher: ContactMatcher) -> PlanRow:
    """A company card: a new organization, or nothing to do when it is already there.

    Never matched with people: a company's front-desk address is not a person's.
    """
    where = where_in_file(unit, candidate.number)
    if matcher.organizations.find(candidate.organization_name) is not None:
        reason = translate(
            "ContactImport", "{organization} is an organization you already have"
        ).format(organization=candidate.organization_name)
        return PlanRow(candidate.number, where, RowStatus.SKIPPED, candidate, reason=reason)
    return PlanRow(candidate.number, where, RowStatus.NEW, candidate)


def apply_import(
    database: Database,
    plan: ImportPlan,
    decisions: Mapping[int, Decision] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    waiting: Callable[[], None] | None = None,
) -> ImportResult:
    """Write the plan in one transaction and record it as one ImportBatch.

    ``decisions`` maps a row number to a Decision; rows left out get their default.
    Committed only once every row is written: on any error (or cancellation) nothing is.

    On a shared database one import writes at a time: ``waiting()`` is called once when
    another is running (say WAITING_MESSAGE), and the rows are matched again, once it is
    this import's turn, against what is committed then — a colleague's import of the same
    people in the meantime turns this one's "new" rows into merges.
    """
    with database.session() as session:
        if database.is_shared:
            wait_for_import_turn(session, waiting, cancelled)
            plan, decisions = _matched_again(session, plan, decisions)
        return write_plan(session, plan, decisions, progress=progress, cancelled=cancelled)


def _matched_again(
    session: Session, plan: ImportPlan, decisions: Mapping[int, Decision] | None
) -> tuple[ImportPlan, dict[int, Decision]]:
    """The plan as the preview would make it now, keeping the choices still meant.

    A choice made for a possible duplicate stands while the row still matches the same
    person; a row that matches someone else now (or no one) gets that match's default,
    since the person chose without seeing it. "Leave out" always stands.
    """
    matcher = load_matcher(session)
    chosen = dict(decisions or {})
    rows: list[PlanRow] = []
    for row in plan.rows:
        candidate = row.candidate
        if candidate is None or row.status is RowStatus.SKIPPED:
            rows.append(row)
            continue
        if candidate.is_organization:
            fresh = _organization_row(candidate, plan.unit, matcher)
        else:
            fresh = _classify(candidate, plan.unit, matcher)
            matcher.remember(candidate, candidate.number)
        rows.append(fresh)
        same_match = (fresh.status, fresh.target_contact_id, fresh.target_row) == (
            row.status,
            row.target_contact_id,
            row.target_row,
        )
        if not same_match and chosen.get(row.number) not in (None, Decision.SKIP):
            del chosen[row.number]
    again = replace(plan, rows=rows)
    return again, chosen


def undo_import(database: Database, batch_id: int) -> Changes:
    """Move what the import created to the Trash and revert its merges."""
    with database.session() as session:
        return revert_batch(session, batch_id)


def list_imports(database: Database) -> list[ImportSummary]:
    """Every import, the most recent first."""
    with database.session() as session:
        return _summaries(session)


def _summaries(session: Session) -> list[ImportSummary]:
    batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    return [
        ImportSummary(
            batch.id,
            batch.file_name,
            batch.file_format,
            batch.imported_at,
            batch.undone_at,
            ImportCounts(batch.created_count, batch.merged_count, batch.skipped_count),
        )
        for batch in batches
    ]


def _read_bytes(path: Path) -> bytes:
    try:
        with open_regular_file(Path(path)) as handle:
            return handle.read()
    except IsADirectoryError as error:
        raise UnreadableFileError(
            translate("ContactImport", "{path} is a folder, not a file.").format(path=path)
        ) from error
    except NotARegularFileError as error:
        raise UnreadableFileError(error.strerror) from error
    except OSError as error:
        raise UnreadableFileError(
            translate("ContactImport", "PartnerDesk cannot open {path}: {reason}.").format(
                path=path, reason=file_reason(error)
            )
        ) from error


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError

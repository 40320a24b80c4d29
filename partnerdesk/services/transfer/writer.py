"""Writing an import plan: new contacts in bulk, merges into stored ones, the batch record.

All of it happens in the one transaction apply_import opens and commits. New contacts go
in with bulk INSERTs (a few statements per thousand rows); merges go through
services/transfer/merges.py. What each merge changed is kept in its ImportedRecord so
undo can put it back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_rows import ContactCandidate
from partnerdesk.imports.errors import ImportCancelledError
from partnerdesk.imports.matching import OrganizationIndex, normalise_name
from partnerdesk.imports.merging import Draft
from partnerdesk.process_tuning import collector_paused
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.transfer.merges import (
    StoredContact,
    load_stored_contacts,
    merge_into_stored,
)
from partnerdesk.services.transfer.plan import (
    Decision,
    ImportCounts,
    ImportPlan,
    ImportResult,
    PlanRow,
)
from partnerdesk.store.bulk_rows import chunks, insert_rows, insert_with_ids
from partnerdesk.store.engine import larger_page_cache
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportedRecord,
    Organization,
)
from partnerdesk.store.search_index import indexing_in_bulk

CHUNK = 1000


class _Steps:
    """Progress and cancellation for the writing phase."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelledError

    def advance(self, count: int) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self._progress is not None:
            self._progress(self.done, self.total)


def write_plan(
    session: Session,
    plan: ImportPlan,
    decisions: Mapping[int, Decision] | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    with collector_paused(), larger_page_cache(session.connection()):
        return _write_plan(session, plan, decisions, progress, cancelled)


def _write_plan(
    session: Session,
    plan: ImportPlan,
    decisions: Mapping[int, Decision] | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult:
    drafts, merges, skipped = _sort_rows(plan.rows, plan, decisions)
    targets = load_stored_contacts(session, list(merges))
    for contact_id in [contact_id for contact_id in merges if contact_id not in targets]:
        # Trashed since the preview: create the person again rather than lose the rows.
        first, *rest = merges.pop(contact_id)
        draft = Draft.from_candidate(first)
        for candidate in rest:
            draft.absorb(candidate)
        drafts.append(draft)
    rows_merged = sum(d.rows - 1 for d in drafts) + sum(len(c) for c in merges.values())
    counts = ImportCounts(len(drafts), rows_merged, skipped)
    # Written first: on SQLite this takes the write lock, which insert_with_ids relies on.
    batch = ImportBatch(
        file_name=str(plan.path.name)[:500],
        file_format=plan.file_format,
        created_count=counts.new,
        merged_count=counts.merged,
        skipped_count=counts.skipped,
        summary=counts.english_line(),
    )
    session.add(batch)
    session.flush()
    steps = _Steps(len(drafts) + len(merges), progress, cancelled)
    organization_ids, created_organizations = _organizations(session, drafts, merges, targets)
    # Thousands of new contacts: the search indexes them in one pass at the end.
    people = _keep_organization_notes(session, drafts, organization_ids, created_organizations)
    with indexing_in_bulk(session.connection(), Contact.__tablename__):
        created_contacts = _insert_drafts(session, people, organization_ids, steps)
    snapshots = merge_into_stored(session, merges, targets, organization_ids, steps.advance)

    records = [
        _record(batch.id, "organization", record_id, "created")
        for record_id in created_organizations
    ]
    records += [
        _record(batch.id, "contact", record_id, "created") for record_id in created_contacts
    ]
    records += [
        _record(batch.id, "contact", contact_id, "merged", snapshot)
        for contact_id, snapshot in snapshots.items()
    ]
    insert_rows(session, ImportedRecord, records)
    steps.check()  # a last chance to cancel before apply_import commits
    kinds = {RecordKind.CONTACT} if created_contacts or snapshots else set()
    if created_organizations:
        kinds.add(RecordKind.ORGANIZATION)
    return ImportResult(batch.id, counts, len(created_organizations), Changes(frozenset(kinds)))


def _sort_rows(
    rows: Sequence[PlanRow], plan: ImportPlan, decisions: Mapping[int, Decision] | None
) -> tuple[list[Draft], dict[int, list[ContactCandidate]], int]:
    """Contacts to create, rows to merge by stored contact, and how many rows are skipped."""
    outcome: dict[int, Draft | int] = {}  # row number -> what it became
    drafts: list[Draft] = []
    merges: dict[int, list[ContactCandidate]] = {}
    skipped = 0
    for row in rows:
        decision = plan.decision_for(row, decisions)
        candidate = row.candidate
        if decision is Decision.SKIP or candidate is None:
            skipped += 1
            continue
        target: Draft | int | None = None
        if decision is Decision.MERGE:
            if row.target_contact_id is not None:
                target = row.target_contact_id
            elif row.target_row is not None:
                target = outcome.get(row.target_row)  # None if that row was skipped
        if target is None:
            target = Draft.from_candidate(candidate)
            drafts.append(target)
        elif isinstance(target, Draft):
            target.absorb(candidate)
        else:
            merges.setdefault(target, []).append(candidate)
        outcome[row.number] = target
    return drafts, merges, skipped


def _organizations(
    session: Session,
    drafts: list[Draft],
    merges: Mapping[int, list[ContactCandidate]],
    targets: Mapping[int, StoredContact],
) -> tuple[dict[str, int], list[int]]:
    """Organization id by normalised name, creating the ones that do not exist yet."""
    wanted = [draft.organization_name for draft in drafts if draft.organization_name]
    for contact_id, candidates in merges.items():
        if targets[contact_id].organization_id is None:
            wanted += [c.organization_name for c in candidates if c.organization_name][:1]
    index = OrganizationIndex(
        session.execute(
            select(Organization.id, Organization.name).where(Organization.deleted_at.is_(None))
        )
    )
    ids: dict[str, int] = {}
    missing: dict[str, str] = {}
    for name in wanted:
        key = normalise_name(name)
        found = index.find(name)
        if found is not None:
            ids[key] = found
        else:
            missing.setdefault(key, name)
    created: list[int] = []
    for chunk in chunks(list(missing.items()), CHUNK):
        new_ids = insert_with_ids(
            session, Organization, [{"name": name, "row_version": 1} for _, name in chunk]
        )
        ids.update((key, new_id) for (key, _), new_id in zip(chunk, new_ids, strict=True))
        created += new_ids
    return ids, created


def _keep_organization_notes(
    session: Session, drafts: list[Draft], ids: Mapping[str, int], created: list[int]
) -> list[Draft]:
    """The drafts that are people; company cards only gave their organization (created in
    _organizations) and, if this import created it, its notes (phones, e-mails)."""
    new = set(created)
    for draft in drafts:
        organization_id = ids.get(normalise_name(draft.organization_name))
        if draft.is_organization and draft.organization_notes and organization_id in new:
            session.execute(
                update(Organization)
                .where(Organization.id == organization_id)
                .values(notes=draft.organization_notes)
            )
    return [draft for draft in drafts if not draft.is_organization]


def _insert_drafts(
    session: Session, drafts: list[Draft], organization_ids: Mapping[str, int], steps: _Steps
) -> list[int]:
    created: list[int] = []
    for chunk in chunks(drafts, CHUNK):
        steps.check()
        values = [
            {
                "organization_id": organization_ids.get(normalise_name(d.organization_name)),
                "full_name": d.full_name,
                "given_name": d.given_name,
                "family_name": d.family_name,
                "role_title": d.role_title,
                "background": d.background,
                "is_key_leader": d.is_key_leader,
                "is_decision_maker": d.is_decision_maker,
                "row_version": 1,
            }
            for d in chunk
        ]
        ids = insert_with_ids(session, Contact, values)
        emails, phones = [], []
        for contact_id, draft in zip(ids, chunk, strict=True):
            emails += _numbered(contact_id, "address", draft.emails)
            phones += _numbered(contact_id, "number", draft.phones)
        insert_rows(session, ContactEmail, emails)
        insert_rows(session, ContactPhone, phones)
        created += ids
        steps.advance(len(chunk))
    return created


def _numbered(contact_id: int, column: str, values: list[LabelledValue]) -> list[dict[str, Any]]:
    return [
        {"contact_id": contact_id, column: item.value, "label": item.label, "position": position}
        for position, item in enumerate(values)
    ]


def _record(
    batch_id: int, kind: str, record_id: int, action: str, previous: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "batch_id": batch_id,
        "record_kind": kind,
        "record_id": record_id,
        "action": action,
        "previous": previous or {},
    }

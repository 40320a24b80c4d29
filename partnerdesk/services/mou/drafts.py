"""MOU drafts: start one from a request (prefilled), save fields as the user types, review.

The draft is ``Mou.sections``: ``{section id: {field id: value}}`` (see core/mou_sections).
Versions (snapshots taken at each export) live in ``services/mou/versions.py``.

The window and the command line call the use cases at the end of this module: each takes
the ``Database`` and is one transaction of its own. The functions taking a ``Session`` are
the parts they are made of (sample data and tests compose them too).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from partnerdesk.core.choices import MouStatus
from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_sections import (
    PARTY_ROW_KEYS,
    ROLE_ROW_KEYS,
    SECTION_BY_ID,
    FieldKind,
    MouSection,
    section_in,
)
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import SOURCE_LANGUAGE, translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.commitments.status import COMMITMENTS_CHANGED
from partnerdesk.services.commitments.tracking import follow_mou
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.mou.prefill import (
    DEFAULT_REVIEW_MONTHS,
    prefill_from_request,
    prefill_words,
)
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.transactions import transaction
from partnerdesk.shipped_files import content_language
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError, Difference
from partnerdesk.store.models import Mou, PartnershipRequest

# An MOU shows on no list: the Today page (its review date) and the organization's
# timeline re-read it; the lists stay as they are.
MOU_CHANGED = Changes.of(Detail.MOU)
# The pages whose rows and goals are commitments (services/commitments/tracking.py).
COMMITMENT_SECTIONS = frozenset({"roles", "goals"})


@dataclass(frozen=True)
class MouDraft:
    id: int
    title: str
    request_id: int | None
    request_title: str
    organization_id: int | None
    status: MouStatus
    sections: dict[str, Any]
    last_page: str
    review_on: date | None
    version_count: int


def get_mou(session: Session, mou_id: int) -> Mou:
    mou = session.get(Mou, mou_id)
    if mou is None or mou.deleted_at is not None:
        raise RecordMissingError(translate("Refusals", "That MOU is no longer there."))
    return mou


def load_draft(session: Session, mou_id: int) -> MouDraft:
    mou = get_mou(session, mou_id)
    request = session.get(PartnershipRequest, mou.request_id) if mou.request_id else None
    return MouDraft(
        mou.id,
        mou.title,
        mou.request_id,
        request.title if request else "",
        request.organization_id if request else None,
        mou.status,
        {key: dict(value) for key, value in (mou.sections or {}).items()},
        mou.last_page,
        mou.review_on,
        len(mou.versions),
    )


def mou_for_request(session: Session, request_id: int) -> int | None:
    """The request's MOU (the newest, if several were started)."""
    return session.scalar(
        select(Mou.id)
        .where(Mou.request_id == request_id, Mou.deleted_at.is_(None))
        .order_by(Mou.id.desc())
        .limit(1)
    )


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_date(sections: dict[str, Any], started: date) -> date | None:
    """The first review the MOU itself states: its date, or its start plus the interval."""
    review = sections.get("review") or {}
    if review.get("first_review"):
        return date.fromisoformat(review["first_review"])
    months = review.get("every_months")
    if not months:
        return None
    starts = (sections.get("term") or {}).get("starts_on")
    return add_months(date.fromisoformat(starts) if starts else started, int(months))


def _clean(kind: FieldKind, value: Any) -> Any:
    """A field's value as stored; refuses what cannot be stored, in plain words."""
    if kind is FieldKind.TEXT:
        return clean_multiline(str(value or ""))
    if kind in (FieldKind.LINE, FieldKind.CHOICE):
        return clean_single_line(str(value or ""))
    if kind is FieldKind.FLAG:
        return bool(value)
    if kind is FieldKind.NUMBER:
        if value in (None, ""):
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidInputError(
                translate("Refusals", "Please give a whole number, like 6.")
            ) from None
        if not 0 < number < 1000:
            raise InvalidInputError(
                translate("Refusals", "Please give a number of months between 1 and 999.")
            )
        return number
    if kind is FieldKind.DATE:
        if not value:
            return ""
        text = value.isoformat() if isinstance(value, date) else str(value)
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise InvalidInputError(translate("Refusals", "Please give a date.")) from None
    keys = PARTY_ROW_KEYS if kind is FieldKind.PARTIES else ROLE_ROW_KEYS
    rows = []
    for row in value or []:
        cleaned = {key: clean_single_line(str(row.get(key, "") or "")) for key in keys}
        if any(cleaned.values()):
            rows.append(cleaned)
    return rows


def save_section(
    session: Session,
    mou_id: int,
    section_id: str,
    values: Mapping[str, Any],
    base: Mapping[str, Any] | None = None,
    also_mine: Sequence[Mapping[str, Any]] = (),
) -> Changes:
    """Save one page of the wizard (only the fields given); keeps the review date in step.

    ``base`` is the page as the wizard last loaded or saved it. When a field given has
    been saved differently since (by someone else, on a shared database), nothing is
    written: ChangedElsewhereError, with their version of the page as ``theirs``.
    ``also_mine``: the page as this user's own earlier saves, still on their way, leave
    it; a field holding one of those is not someone else's.
    """
    section = SECTION_BY_ID.get(section_id)
    if section is None:
        raise InvalidInputError(translate("Refusals", "That part of the MOU does not exist."))
    mou = get_mou(session, mou_id)
    stored = dict((mou.sections or {}).get(section_id) or {})
    if base is not None:
        _refuse_if_saved_since(section, stored, values, [base, *also_mine])
    for field in section.fields:
        if field.id in values:
            stored[field.id] = _clean(field.kind, values[field.id])
    sections = dict(mou.sections or {})
    sections[section_id] = stored
    mou.sections = sections
    mou.last_page = section_id
    flag_modified(mou, "sections")
    if mou.status in (MouStatus.SIGNED, MouStatus.IN_REVIEW):
        # Signed: the review date moves with the reviews done, not with the draft; a change
        # is an amendment to the signed version (services/mou/signing.py).
        from partnerdesk.services.mou.signing import follow_amendment

        session.flush()
        return MOU_CHANGED | follow_amendment(session, mou)
    mou.review_on = review_date(sections, mou.created_at.date() if mou.created_at else date.today())
    session.flush()
    if section_id in COMMITMENT_SECTIONS and follow_mou(session, mou):
        return MOU_CHANGED | COMMITMENTS_CHANGED
    return MOU_CHANGED


def _refuse_if_saved_since(
    section: MouSection,
    stored: dict[str, Any],
    values: Mapping[str, Any],
    bases: Sequence[Mapping[str, Any]],
) -> None:
    differences = []
    for field in section.fields:
        if field.id not in values:
            continue
        empty = _clean(field.kind, None)
        expected = []
        for base in bases:
            try:
                expected.append(_clean(field.kind, base.get(field.id)))
            except InvalidInputError:
                expected.append(base.get(field.id))
        theirs = stored.get(field.id, empty)
        if theirs not in expected:
            differences.append(
                Difference(
                    _shown(section).labels[field.id], _words(theirs), _words(values.get(field.id))
                )
            )
    if differences:
        raise _refusal(section, differences, stored)


@dataclass(frozen=True)
class _ShownSection:
    title: str
    labels: dict[str, str]


def _shown(section: MouSection) -> _ShownSection:
    """The page and its fields as the wizard names them: in the window's language when
    PartnerDesk has the MOU's wording in it (resources/LANG), else in English."""
    language = content_language()
    if language != SOURCE_LANGUAGE:
        section = section_in(language, section.id)
    return _ShownSection(section.title, {field.id: field.label for field in section.fields})


def _refusal(
    section: MouSection, differences: list[Difference], stored: dict[str, Any]
) -> ChangedElsewhereError:
    title = _shown(section).title
    return ChangedElsewhereError(f"part of the MOU ({title})", differences, stored, part=title)


def _words(value: Any) -> str:
    if isinstance(value, list):
        rows = ["; ".join(str(part) for part in row.values() if part) for row in value]
        value = " / ".join(row for row in rows if row)
    if value in (None, "", False):
        return "(empty)"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def set_last_page(session: Session, mou_id: int, page: str) -> None:
    get_mou(session, mou_id).last_page = page
    session.flush()


def rename_mou(session: Session, mou_id: int, title: str) -> Changes:
    cleaned = clean_single_line(title)
    if not cleaned:
        raise InvalidInputError(translate("Refusals", "Please give the MOU a title."))
    get_mou(session, mou_id).title = cleaned
    session.flush()
    return MOU_CHANGED


def create_mou(
    session: Session,
    request_id: int | None = None,
    title: str = "",
    language: str = SOURCE_LANGUAGE,
) -> tuple[int, Changes]:
    """Start an MOU, from a request (prefilled) or from scratch; its first wording in
    ``language`` (the screen's content language), the parties' to edit from then on."""
    sections: dict[str, Any] = {"review": {"every_months": DEFAULT_REVIEW_MONTHS}}
    if request_id is not None:
        request = get_request(session, request_id)
        sections = prefill_from_request(session, request, language)
        title = title or prefill_words(language, "title", title=request.title)
    cleaned = clean_single_line(title) or prefill_words(language, "untitled")
    mou = Mou(title=cleaned, request_id=request_id, sections={}, last_page="")
    session.add(mou)
    session.flush()
    for section_id, values in sections.items():
        save_section(session, mou.id, section_id, values)
    mou.last_page = ""
    session.flush()
    return mou.id, MOU_CHANGED


# Use cases: each takes the Database and is one transaction -------------------------------
@dataclass(frozen=True)
class RequestMou:
    """A request's MOU, if one was started, and the request's title (to ask about one)."""

    mou_id: int | None
    request_title: str


def find_request_mou(database: Database, request_id: int) -> RequestMou:
    with transaction(database) as session:
        return RequestMou(
            mou_for_request(session, request_id), get_request(session, request_id).title
        )


def start_mou(
    database: Database,
    request_id: int | None = None,
    title: str = "",
    language: str = SOURCE_LANGUAGE,
) -> tuple[int, Changes]:
    """Start an MOU, from a request (prefilled) or from scratch, its first wording in
    ``language``; returns its id."""
    with transaction(database) as session:
        return create_mou(session, request_id, title, language)


def read_draft(database: Database, mou_id: int) -> MouDraft:
    with transaction(database) as session:
        return load_draft(session, mou_id)


# The wizard's edits are the shape every page-by-page editor shares.
DraftEdit = PageEdit


def save_draft(database: Database, mou_id: int, edit: DraftEdit) -> Changes:
    """Write one edit of the wizard, all of it or (refused) none of it.

    Two staff saving the same MOU at the same moment (a shared database) are taken one
    after the other: the MOU's row is locked before the page is compared, so the second
    compares against the first's committed page and, refused, is shown that page.
    """
    try:
        return _save_draft(database, mou_id, edit)
    except ChangedElsewhereError as error:
        if error.theirs is not None or not edit.section_id:
            raise
        # The row moved on under this save (its version checked at write time): say what
        # the page now holds, as for any other refusal, so "Reload theirs" can show it.
        raise _their_page(database, mou_id, edit) from error


def _their_page(database: Database, mou_id: int, edit: DraftEdit) -> ChangedElsewhereError:
    section = SECTION_BY_ID[edit.section_id]
    with transaction(database) as session:
        stored = dict((get_mou(session, mou_id).sections or {}).get(edit.section_id) or {})
    differences = []
    for field in section.fields:
        if field.id not in edit.values:
            continue
        theirs = stored.get(field.id, _clean(field.kind, None))
        try:
            mine = _clean(field.kind, edit.values[field.id])
        except InvalidInputError:
            mine = edit.values[field.id]
        if theirs != mine:
            differences.append(
                Difference(_shown(section).labels[field.id], _words(theirs), _words(mine))
            )
    return _refusal(section, differences, stored)


def _save_draft(database: Database, mou_id: int, edit: DraftEdit) -> Changes:
    changes = Changes()
    with transaction(database) as session:
        # FOR UPDATE (PostgreSQL; SQLite writes one at a time anyway): a colleague's save
        # of this MOU still being written is waited for, then read as committed.
        session.get(Mou, mou_id, with_for_update=True)
        if edit.section_id:
            base = edit.bases[0] if edit.bases else None
            changes |= save_section(
                session, mou_id, edit.section_id, edit.values, base, also_mine=edit.bases[1:]
            )
        if edit.title:
            changes |= rename_mou(session, mou_id, edit.title)
        if edit.last_page is not None:
            set_last_page(session, mou_id, edit.last_page)
    return changes


def draft_findings(database: Database, mou_id: int) -> list[Finding]:
    """What is missing or unfair in the draft as stored."""
    return check_mou(read_draft(database, mou_id).sections)


def draft_as_text(database: Database, mou_id: int) -> str:
    """The draft as plain text, headed as its next export will be (to paste anywhere)."""
    from partnerdesk.services.mou.export import mou_as_text

    with transaction(database) as session:
        return mou_as_text(session, mou_id)

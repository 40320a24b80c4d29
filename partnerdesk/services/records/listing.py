"""Reading records as plain rows for lists, the command line and the home page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, String, Text, func, or_, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.list_queries import QUERIES, name_order
from partnerdesk.store.models import (
    Contact,
    Organization,
    OutreachNote,
    PartnershipRequest,
    Tag,
)

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

MODEL_BY_KIND: dict[RecordKind, Any] = {
    RecordKind.ORGANIZATION: Organization,
    RecordKind.CONTACT: Contact,
    RecordKind.NOTE: OutreachNote,
    RecordKind.REQUEST: PartnershipRequest,
}


@dataclass(frozen=True)
class Column:
    key: str
    title: str

    @property
    def label(self) -> str:
        """The title in the reader's language."""
        return translate("ListColumn", self.title)


# What each list shows, in order; the first column is the record's name. The titles are
# English, translated where shown (``Column.label``): the screens' headers, `list` commands.
COLUMNS: dict[RecordKind, tuple[Column, ...]] = {
    RecordKind.ORGANIZATION: (
        Column("name", QT_TRANSLATE_NOOP("ListColumn", "Name")),
        Column("type", QT_TRANSLATE_NOOP("ListColumn", "Type")),
        Column("service_area", QT_TRANSLATE_NOOP("ListColumn", "Service area")),
        Column("contacts", QT_TRANSLATE_NOOP("ListColumn", "Contacts")),
    ),
    RecordKind.CONTACT: (
        Column("name", QT_TRANSLATE_NOOP("ListColumn", "Name")),
        Column("role_title", QT_TRANSLATE_NOOP("ListColumn", "Role")),
        Column("organization", QT_TRANSLATE_NOOP("ListColumn", "Organization")),
        Column("phone", QT_TRANSLATE_NOOP("ListColumn", "Phone")),
        Column("email", QT_TRANSLATE_NOOP("ListColumn", "Email")),
    ),
    RecordKind.NOTE: (
        Column("happened_on", QT_TRANSLATE_NOOP("ListColumn", "Date")),
        Column("kind", QT_TRANSLATE_NOOP("ListColumn", "Type")),
        Column("subject", QT_TRANSLATE_NOOP("ListColumn", "Subject")),
        Column("organization", QT_TRANSLATE_NOOP("ListColumn", "Organization")),
        Column("follow_up_due", QT_TRANSLATE_NOOP("ListColumn", "Follow-up")),
    ),
    RecordKind.REQUEST: (
        Column("title", QT_TRANSLATE_NOOP("ListColumn", "Request")),
        Column("organization", QT_TRANSLATE_NOOP("ListColumn", "From")),
        Column("received_on", QT_TRANSLATE_NOOP("ListColumn", "Received")),
        Column("stage", QT_TRANSLATE_NOOP("ListColumn", "Stage")),
        Column("funding_ends_on", QT_TRANSLATE_NOOP("ListColumn", "Funding ends")),
    ),
}


@dataclass(frozen=True)
class FollowUpStatus:
    """A note's follow-up as a list shows it: due when, overdue, or done."""

    due: date | None
    done: bool
    has_action: bool

    @property
    def label(self) -> str:
        if not self.has_action:
            return ""
        if self.done:
            return translate("listing", "Done")
        if self.due is None:
            return translate("listing", "To do")
        if self.due < date.today():
            return translate("listing", "Due {date} (overdue)").format(date=friendly_date(self.due))
        return translate("listing", "Due {date}").format(date=friendly_date(self.due))


@dataclass(frozen=True)
class Row:
    """One record as a list or the command line shows it."""

    id: int
    kind: RecordKind
    values: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        for key, value in self.values.items():
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, FollowUpStatus):
                value = value.due.isoformat() if value.due else None
            elif isinstance(value, date):
                value = value.isoformat()
            data[key] = value
        return data


# Columns a list's filter box looks in (whole-store search comes with full-text search).
_FILTER_COLUMNS: dict[RecordKind, tuple[Any, ...]] = {
    RecordKind.ORGANIZATION: (Organization.name, Organization.service_area),
    RecordKind.CONTACT: (Contact.full_name, Contact.role_title, Organization.name),
    RecordKind.NOTE: (OutreachNote.subject, OutreachNote.summary, Organization.name),
    RecordKind.REQUEST: (PartnershipRequest.title, Organization.name),
}


@dataclass
class ListOptions:
    """How a list is narrowed and ordered, beyond its text filter."""

    sort_key: str | None = None
    descending: bool = False
    organization_type: OrganizationType | None = None
    tag: str | None = None
    key_leaders_only: bool = False
    open_follow_ups_only: bool = False


def _conditions(
    kind: RecordKind, text_filter: str, options: ListOptions | None
) -> list[ColumnElement[bool]]:
    model = MODEL_BY_KIND[kind]
    conditions: list[ColumnElement[bool]] = [model.deleted_at.is_(None)]
    needle = text_filter.strip()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(
            or_(*(column.ilike(pattern, escape="\\") for column in _FILTER_COLUMNS[kind]))
        )
    if options is None:
        return conditions
    if options.organization_type is not None and kind is RecordKind.ORGANIZATION:
        conditions.append(Organization.kind == options.organization_type)
    if options.tag and kind is RecordKind.ORGANIZATION:
        conditions.append(Organization.tags.any(Tag.name == options.tag))
    if options.tag and kind is RecordKind.CONTACT:
        conditions.append(Contact.tags.any(Tag.name == options.tag))
    if options.key_leaders_only and kind is RecordKind.CONTACT:
        conditions.append(or_(Contact.is_key_leader, Contact.is_decision_maker))
    if options.open_follow_ups_only and kind is RecordKind.NOTE:
        conditions.append(OutreachNote.follow_up_action != "")
        conditions.append(OutreachNote.follow_up_done_at.is_(None))
    return conditions


def _filtered(
    kind: RecordKind,
    text_filter: str,
    options: ListOptions | None = None,
    dialect_name: str = "sqlite",
) -> Select[Any]:
    by_name = name_order(dialect_name)
    query = QUERIES[kind](by_name).where(*_conditions(kind, text_filter, options))
    if options is not None and options.sort_key is not None:
        column = query.selected_columns[_source_key(options.sort_key)]
        if isinstance(column.type, String | Text):
            column = by_name(column)
        ordering = column.desc() if options.descending else column.asc()
        query = query.order_by(None).order_by(ordering, MODEL_BY_KIND[kind].id)
    return query


def display_text(value: Any) -> str:
    """How a stored value reads in a list: labels for choices, dates in words, blanks for None."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    if label is not None:
        return str(label)
    if isinstance(value, date):
        return friendly_date(value)
    return str(value)


def list_rows(
    session: Session,
    kind: RecordKind,
    *,
    text_filter: str = "",
    offset: int = 0,
    limit: int | None = None,
    options: ListOptions | None = None,
) -> list[Row]:
    """A page of live (not trashed) records of one kind, in the list's chosen order."""
    query = _filtered(kind, text_filter, options, session.get_bind().dialect.name)
    if offset and limit is not None:
        # Deep in a list, find the page's ids first: the rows skipped over are then only
        # counted along an index, not joined and described one by one.
        model = MODEL_BY_KIND[kind]
        ids = session.scalars(query.with_only_columns(model.id).offset(offset).limit(limit))
        wanted = list(ids)
        if not wanted:
            return []
        found = session.execute(query.order_by(None).where(model.id.in_(wanted))).mappings()
        by_id = {record["id"]: record for record in found}
        records = [by_id[record_id] for record_id in wanted if record_id in by_id]
    else:
        records = list(session.execute(query.offset(offset).limit(limit)).mappings())
    keys = [column.key for column in COLUMNS[kind]]
    rows = []
    for record in records:
        values = {key: record[_source_key(key)] for key in keys}
        if kind is RecordKind.NOTE:
            values["follow_up_due"] = FollowUpStatus(
                record["follow_up_due"],
                record["follow_up_done_at"] is not None,
                bool(record["follow_up_action"]),
            )
        rows.append(Row(record["id"], kind, values))
    return rows


def row_position(
    session: Session,
    kind: RecordKind,
    record_id: int,
    *,
    text_filter: str = "",
    options: ListOptions | None = None,
) -> int | None:
    """Where a record stands in a list (0 for the first row); None when it is not in it."""
    query = _filtered(kind, text_filter, options, session.get_bind().dialect.name)
    # Ids only: read along the list's index, without describing any row.
    ids = session.scalars(query.with_only_columns(MODEL_BY_KIND[kind].id))
    return next((position for position, found in enumerate(ids) if found == record_id), None)


def _source_key(column_key: str) -> str:
    # The list says "type" where the model says "kind" (a word users know better).
    return {"type": "kind"}.get(column_key, column_key)


def count_rows(
    session: Session,
    kind: RecordKind,
    *,
    text_filter: str = "",
    options: ListOptions | None = None,
) -> int:
    model = MODEL_BY_KIND[kind]
    # count(*), not count(id): PostgreSQL can then count along the small index on
    # deleted_at alone instead of reading every row (0.16 s for 200,000 notes, whose
    # rows carry their search document).
    query = select(func.count()).select_from(model)
    if text_filter.strip() and kind is not RecordKind.ORGANIZATION:
        # Only the filter box looks at the organization's name; an unused join would
        # still be walked for every row.
        query = query.outerjoin(Organization, model.organization_id == Organization.id)
    return session.execute(query.where(*_conditions(kind, text_filter, options))).scalar_one()


def counts(session: Session) -> dict[RecordKind, int]:
    return {kind: count_rows(session, kind) for kind in RecordKind}


def as_json_list(rows: list[Row]) -> list[dict[str, Any]]:
    return [row.as_json() for row in rows]


class RecordLister:
    """Pages of one kind of record for a list view, each page read in its own transaction.

    Views keep only the rows they have shown, so a list of 50,000 contacts never loads
    all of them. Unlike every other read of the window, a list view calls these on the GUI
    thread, as rows scroll into sight (Qt's models ask for a row's data there and then,
    as in Anki's browser table): a page is a few milliseconds even deep in 200,000 rows.
    """

    # The rows a list view shows first (ui/record_table_model.py's PAGE_SIZE).
    FIRST_PAGE_ROWS = 100

    def __init__(self, database: Database, kind: RecordKind) -> None:
        self.database = database
        self.kind = kind
        self.text_filter = ""
        self.options = ListOptions()
        self._first_page: list[Row] | None = None

    @property
    def columns(self) -> tuple[Column, ...]:
        return COLUMNS[self.kind]

    def count(self) -> int:
        """How many rows the list has; its first page is read in the same transaction.

        A list view counts just before it shows its first rows (ui/record_table_model.py),
        and on a shared database every transaction costs several trips to the server:
        the very next ``page()`` call, if it asks for the first page, returns the rows
        read here, which also agree with the count. Any later call reads the store.
        """
        with self.database.session() as session:
            total = count_rows(
                session, self.kind, text_filter=self.text_filter, options=self.options
            )
            self._first_page = None
            if total:
                self._first_page = list_rows(
                    session,
                    self.kind,
                    text_filter=self.text_filter,
                    limit=self.FIRST_PAGE_ROWS,
                    options=self.options,
                )
        return total

    def position(self, record_id: int) -> int | None:
        with self.database.session() as session:
            return row_position(
                session,
                self.kind,
                record_id,
                text_filter=self.text_filter,
                options=self.options,
            )

    def page(self, offset: int, limit: int) -> list[Row]:
        first_page, self._first_page = self._first_page, None  # for the next call only
        if first_page is not None and offset == 0 and limit == self.FIRST_PAGE_ROWS:
            return first_page
        with self.database.session() as session:
            return list_rows(
                session,
                self.kind,
                text_filter=self.text_filter,
                offset=offset,
                limit=limit,
                options=self.options,
            )


def tag_names(database: Database) -> list[str]:
    """Every tag, for narrowing a list by one."""
    with database.session() as session:
        return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))

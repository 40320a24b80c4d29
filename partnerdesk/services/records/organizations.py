"""Adding and editing organizations, their tags and our history with them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Acknowledgement, OrganizationType
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.concurrency import refuse_if_changed_elsewhere
from partnerdesk.store.models import Organization, PartnerHistoryEntry, Tag

ORGANIZATION_CHANGED = Changes(frozenset({RecordKind.ORGANIZATION}))


@dataclass
class OrganizationForm:
    """What the organization editor shows and saves; plain data, no ORM object."""

    name: str = ""
    kind: OrganizationType = OrganizationType.OTHER
    mission: str = ""
    values_statement: str = ""
    values_demonstrated: str = ""
    website: str = ""
    service_area: str = ""
    years_active_in_community: int | None = None
    first_contact_on: date | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    is_ours: bool = False
    # A 501(c)(3), or receiving public funds: it cannot lobby (the MOU check looks for it).
    nonprofit_limits: bool = False
    # The version the form was loaded from; a save is refused when the stored record has
    # moved on since (someone else saved it). None: a new record, or "keep mine".
    row_version: int | None = None


_SINGLE_LINE = {"name", "website"}
_MULTILINE = {"mission", "values_statement", "values_demonstrated", "service_area", "notes"}


def get_organization(session: Session, organization_id: int) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise RecordMissingError(translate("Refusals", "That organization is no longer there."))
    return organization


def load_organization_form(session: Session, organization_id: int) -> OrganizationForm:
    organization = get_organization(session, organization_id)
    form = OrganizationForm()
    for item in fields(OrganizationForm):
        if item.name != "tags":
            setattr(form, item.name, getattr(organization, item.name))
    form.tags = sorted(tag.name for tag in organization.tags)
    return form


def _tags_named(session: Session, names: list[str]) -> list[Tag]:
    """Existing tags matched ignoring case (any alphabet), new ones created."""
    wanted: dict[str, str] = {}
    for name in names:
        cleaned = clean_single_line(clean_single_line(name)[:100])
        if cleaned:
            wanted.setdefault(cleaned.casefold(), cleaned)
    if not wanted:
        return []
    # Compared in Python: SQLite's lower() folds ASCII letters only ("École" ≠ "école").
    existing = {tag.name.casefold(): tag for tag in session.scalars(select(Tag))}
    tags = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[key] = tag
        tags.append(tag)
    return tags


def save_organization(
    session: Session, form: OrganizationForm, organization_id: int | None = None
) -> tuple[int, Changes]:
    """Create (no id) or update an organization from the form; returns its id."""
    name = clean_single_line(form.name)
    if not name:
        raise InvalidInputError(translate("Refusals", "Please give the organization a name."))
    if (
        form.years_active_in_community is not None
        and not 0 <= form.years_active_in_community < 1000
    ):
        raise InvalidInputError(
            translate("Refusals", "Years active should be a number of years, like 12.")
        )
    organization = (
        Organization() if organization_id is None else get_organization(session, organization_id)
    )
    if organization_id is not None:
        refuse_if_changed_elsewhere(
            session,
            "organization",
            organization,
            form,
            lambda: load_organization_form(session, organization.id),
        )
    for item in fields(OrganizationForm):
        if item.name == "row_version":
            continue
        value = getattr(form, item.name)
        if item.name in _SINGLE_LINE:
            value = clean_single_line(value)
        elif item.name in _MULTILINE:
            value = clean_multiline(value)
        if item.name != "tags":
            setattr(organization, item.name, value)
    organization.tags = _tags_named(session, form.tags)
    if form.is_ours:
        # Only one organization can be "us".
        for other in session.scalars(select(Organization).where(Organization.is_ours)):
            if other is not organization:
                other.is_ours = False
    session.add(organization)
    session.flush()
    return organization.id, ORGANIZATION_CHANGED


def our_organization_id(session: Session) -> int | None:
    """The organization marked as ours (not in the Trash), if there is one."""
    return session.scalar(
        select(Organization.id)
        .where(Organization.is_ours, Organization.deleted_at.is_(None))
        .order_by(Organization.id)
        .limit(1)
    )


def add_organization(
    session: Session, name: str, kind: OrganizationType = OrganizationType.OTHER
) -> tuple[int, Changes]:
    return save_organization(session, OrganizationForm(name=name, kind=kind))


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))


def organization_choices(session: Session) -> list[tuple[int, str]]:
    """Live organizations by name, for pickers."""
    query = (
        select(Organization.id, Organization.name)
        .where(Organization.deleted_at.is_(None))
        .order_by(func.lower(Organization.name))
    )
    return [(row.id, row.name) for row in session.execute(query)]


@dataclass
class HistoryForm:
    title: str = ""
    period: str = ""
    happened_on: date | None = None
    what_went_well: str = ""
    what_went_badly: str = ""
    harm_or_broken_promise: str = ""
    acknowledgement: Acknowledgement = Acknowledgement.NOT_APPLICABLE
    how_acknowledged: str = ""


def load_history_form(session: Session, entry_id: int) -> HistoryForm:
    entry = session.get(PartnerHistoryEntry, entry_id)
    if entry is None:
        raise RecordMissingError(translate("Refusals", "That history entry is no longer there."))
    return HistoryForm(**{item.name: getattr(entry, item.name) for item in fields(HistoryForm)})


def save_history_entry(
    session: Session, organization_id: int, form: HistoryForm, entry_id: int | None = None
) -> tuple[int, Changes]:
    title = clean_single_line(form.title)
    if not title:
        raise InvalidInputError(
            translate("Refusals", "Please give this part of the history a short title.")
        )
    if entry_id is None:
        get_organization(session, organization_id)
        entry = PartnerHistoryEntry(organization_id=organization_id)
    else:
        found = session.get(PartnerHistoryEntry, entry_id)
        if found is None:
            raise RecordMissingError(
                translate("Refusals", "That history entry is no longer there.")
            )
        entry = found
    for item in fields(HistoryForm):
        value = getattr(form, item.name)
        if isinstance(value, str):
            value = clean_single_line(value) if item.name == "period" else clean_multiline(value)
        setattr(entry, item.name, value)
    entry.title = title
    session.add(entry)
    session.flush()
    return entry.id, ORGANIZATION_CHANGED


def remove_history_entry(session: Session, entry_id: int) -> Changes:
    entry = session.get(PartnerHistoryEntry, entry_id)
    if entry is not None:
        session.delete(entry)
    return ORGANIZATION_CHANGED

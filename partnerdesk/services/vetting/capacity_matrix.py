"""The capacity matrix of a request (seed 001): who has or needs each capacity.

Rows are capacities (shipped from ``resources/capacities.txt`` once, then the user's own
list); columns are the parties: our organization, the one asking, and any other partner.

The functions taking a ``Database`` are the use cases the window and the command line call:
each opens and commits its own transaction. Those taking a ``Session`` are parts for other
services to compose (sample data, the MOU draft, the vetting report).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

# The matrix's plain data lives in core (the vetting summary reads it too); the screens
# import it from here, beside the functions that fill it.
from partnerdesk.core.capacity_matrix import CapacityMatrix as CapacityMatrix
from partnerdesk.core.capacity_matrix import CapacityRow as CapacityRow
from partnerdesk.core.capacity_matrix import CellValue as CellValue
from partnerdesk.core.capacity_matrix import Party as Party
from partnerdesk.core.capacity_matrix import PartyRole as PartyRole
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.organizations import organization_choices
from partnerdesk.services.records.requests import get_request
from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in
from partnerdesk.store.models import Capacity, CapacityCell, Organization
from partnerdesk.store.models.base import utc_now

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

CAPACITIES_FILE = "capacities.txt"
# The matrix shows on the vetting screen (and in documents and MOU drafts); no list shows it.
MATRIX_CHANGED = Changes.of(Detail.CAPACITY)


def shipped_capacities(language: str = SOURCE_LANGUAGE) -> list[str]:
    """The shipped capacities in ``language`` (resources/[LANG/]capacities.txt: one a
    line, in the same order in every language)."""
    text = resource_in(language, CAPACITIES_FILE).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def shipped_names_in(language: str) -> dict[str, str]:
    """Each shipped capacity's English name, with its name in ``language`` (the files
    list them in the same order); empty for English, or a language without the file."""
    if language == SOURCE_LANGUAGE or not resource_in(language, CAPACITIES_FILE).is_file():
        return {}
    return dict(
        zip(shipped_capacities(), shipped_capacities(language), strict=True)
    )  # the files list them line for line


def ensure_capacities(session: Session) -> None:
    """Copy the shipped capacities in once; after that the list is the user's to change."""
    if session.scalar(select(func.count(Capacity.id))):
        return
    session.add_all(
        Capacity(name=name, position=index) for index, name in enumerate(shipped_capacities())
    )
    session.flush()


def our_organization(session: Session) -> Organization | None:
    return session.scalar(
        select(Organization)
        .where(Organization.is_ours, Organization.deleted_at.is_(None))
        .order_by(Organization.id)
        .limit(1)
    )


def active_capacities(session: Session, language: str = SOURCE_LANGUAGE) -> list[CapacityRow]:
    """The capacities in the matrix. The store keeps the shipped ones in English, as they
    were copied in; in another ``language`` a shipped one whose name the user left as it
    was is shown in that language, and one they renamed or added as they wrote it."""
    ensure_capacities(session)
    names = shipped_names_in(language)
    return [
        CapacityRow(capacity.id, names.get(capacity.name, capacity.name))
        for capacity in session.scalars(
            select(Capacity)
            .where(Capacity.retired_at.is_(None))
            .order_by(Capacity.position, Capacity.id)
        )
    ]


def capacity_matrix(
    session: Session, request_id: int, language: str = SOURCE_LANGUAGE
) -> CapacityMatrix:
    """The request's matrix, its shipped capacities named in ``language``."""
    request = get_request(session, request_id)
    capacities = active_capacities(session, language)
    ours = our_organization(session)
    parties: list[Party] = []
    if ours is not None:
        parties.append(Party(ours.id, ours.name, PartyRole.US))
    if request.organization is not None and (ours is None or request.organization.id != ours.id):
        parties.append(Party(request.organization.id, request.organization.name, PartyRole.ASKING))
    listed = {party.organization_id for party in parties}
    stored = list(
        session.scalars(select(CapacityCell).where(CapacityCell.request_id == request_id))
    )
    others = {cell.organization_id for cell in stored} - listed
    if others:
        for organization in session.scalars(
            select(Organization).where(Organization.id.in_(others)).order_by(Organization.name)
        ):
            parties.append(Party(organization.id, organization.name, PartyRole.PARTNER))
    cells = {
        (cell.capacity_id, cell.organization_id): CellValue(cell.status, cell.note)
        for cell in stored
    }
    return CapacityMatrix(request_id, capacities, parties, cells, ours is None)


def request_capacity_matrix(
    database: Database, request_id: int, language: str = SOURCE_LANGUAGE
) -> CapacityMatrix:
    """The request's matrix, read on its own (after a cell or the list of capacities
    changed), the shipped capacities named in ``language`` (the screen's)."""
    with database.session() as session:
        return capacity_matrix(session, request_id, language)


def set_cell(
    database: Database,
    request_id: int,
    capacity_id: int,
    organization_id: int,
    value: CellValue,
) -> Changes:
    """Say what one party has or needs of one capacity, with a note."""
    with database.session() as session:
        return write_cell(session, request_id, capacity_id, organization_id, value)


def write_cell(
    session: Session,
    request_id: int,
    capacity_id: int,
    organization_id: int,
    value: CellValue,
) -> Changes:
    get_request(session, request_id)
    if session.get(Capacity, capacity_id) is None:
        raise RecordMissingError(translate("Refusals", "That capacity is no longer in the list."))
    if session.get(Organization, organization_id) is None:
        raise RecordMissingError(translate("Refusals", "That organization is no longer there."))
    cell = session.scalar(
        select(CapacityCell).where(
            CapacityCell.request_id == request_id,
            CapacityCell.capacity_id == capacity_id,
            CapacityCell.organization_id == organization_id,
        )
    )
    if cell is None:
        cell = CapacityCell(
            request_id=request_id, capacity_id=capacity_id, organization_id=organization_id
        )
        session.add(cell)
    cell.status = value.status
    cell.note = clean_multiline(value.note)
    session.flush()
    return MATRIX_CHANGED


def partner_choices(database: Database, request_id: int | None = None) -> list[tuple[int, str]]:
    """Organizations to choose from, by name: for a request, those not in its matrix yet."""
    with database.session() as session:
        choices = organization_choices(session)
        if request_id is None:
            return choices
        listed = {party.organization_id for party in capacity_matrix(session, request_id).parties}
    return [(id_, name) for id_, name in choices if id_ not in listed]


def add_party(database: Database, request_id: int, organization_id: int) -> Changes:
    """Add another partner as a column (it is listed once it has a cell, even an empty one)."""
    with database.session() as session:
        matrix = capacity_matrix(session, request_id)
        if any(party.organization_id == organization_id for party in matrix.parties):
            return Changes()
        if not matrix.capacities:
            raise InvalidInputError(
                translate("Refusals", "Add a capacity first: the matrix has no rows.")
            )
        return write_cell(
            session, request_id, matrix.capacities[0].id, organization_id, CellValue()
        )


def remove_party(database: Database, request_id: int, organization_id: int) -> Changes:
    with database.session() as session:
        session.execute(
            delete(CapacityCell).where(
                CapacityCell.request_id == request_id,
                CapacityCell.organization_id == organization_id,
            )
        )
    return MATRIX_CHANGED


def _checked_name(
    session: Session, name: str, capacity_id: int | None = None, language: str = SOURCE_LANGUAGE
) -> str:
    """The name cleaned; refused when blank or already in the list, as stored or as shown
    in ``language`` (a shipped capacity's name in the screen's language is taken too)."""
    cleaned = clean_single_line(name)
    if not cleaned:
        raise InvalidInputError(translate("Refusals", "Please give the capacity a name."))
    clash = session.scalar(select(Capacity).where(func.lower(Capacity.name) == cleaned.lower()))
    shown = shipped_names_in(language)
    if clash is None and shown:
        english = [key for key, value in shown.items() if value.lower() == cleaned.lower()]
        if english:
            clash = session.scalar(select(Capacity).where(Capacity.name == english[0]))
    if clash is not None and clash.id != capacity_id:
        named = shown.get(clash.name, clash.name)
        if clash.retired_at is not None:
            raise InvalidInputError(
                translate(
                    "Refusals",
                    "“{named}” is already in the list but was retired; bring it back instead.",
                ).format(named=named)
            )
        raise InvalidInputError(
            translate("Refusals", "“{named}” is already in the list.").format(named=named)
        )
    return cleaned


@dataclass(frozen=True)
class CapacityLists:
    """The user's list of capacities: those in the matrix, and those retired from it."""

    active: list[CapacityRow]
    retired: list[CapacityRow]


def capacity_lists(database: Database, language: str = SOURCE_LANGUAGE) -> CapacityLists:
    """The lists, the shipped capacities named in ``language`` (the screen's)."""
    with database.session() as session:
        return CapacityLists(
            active_capacities(session, language), retired_capacities(session, language)
        )


def add_capacity(database: Database, name: str, language: str = SOURCE_LANGUAGE) -> Changes:
    """``language``: the one the list is shown in (see ``_checked_name``)."""
    with database.session() as session:
        ensure_capacities(session)
        cleaned = _checked_name(session, name, language=language)
        last = session.scalar(select(func.max(Capacity.position))) or 0
        session.add(Capacity(name=cleaned, position=last + 1))
    return MATRIX_CHANGED


def rename_capacity(
    database: Database, capacity_id: int, name: str, language: str = SOURCE_LANGUAGE
) -> Changes:
    """``language``: the one the name was shown in; a shipped name shown in it and left
    as it was stays the shipped one (so it follows the screen's language)."""
    with database.session() as session:
        capacity = session.get(Capacity, capacity_id)
        if capacity is None:
            raise RecordMissingError(
                translate("Refusals", "That capacity is no longer in the list.")
            )
        shown = shipped_names_in(language).get(capacity.name)
        if shown is not None and clean_single_line(name) == shown:
            return Changes()
        capacity.name = _checked_name(session, name, capacity_id, language)
    return MATRIX_CHANGED


def retire_capacity(database: Database, capacity_id: int, retired: bool = True) -> Changes:
    """Retired capacities leave the matrix; what was recorded for them is kept."""
    with database.session() as session:
        capacity = session.get(Capacity, capacity_id)
        if capacity is None:
            raise RecordMissingError(
                translate("Refusals", "That capacity is no longer in the list.")
            )
        capacity.retired_at = utc_now() if retired else None
    return MATRIX_CHANGED


def retired_capacities(session: Session, language: str = SOURCE_LANGUAGE) -> list[CapacityRow]:
    names = shipped_names_in(language)
    return [
        CapacityRow(capacity.id, names.get(capacity.name, capacity.name))
        for capacity in session.scalars(
            select(Capacity).where(Capacity.retired_at.is_not(None)).order_by(Capacity.name)
        )
    ]


def choose_our_organization(database: Database, organization_id: int) -> Changes:
    """Say which organization is ours (only one is): the matrix's "Us" column."""
    with database.session() as session:
        return mark_as_ours(session, organization_id)


def mark_as_ours(session: Session, organization_id: int) -> Changes:
    """Say which organization is ours (only one is)."""
    chosen = session.get(Organization, organization_id)
    if chosen is None:
        raise RecordMissingError(translate("Refusals", "That organization is no longer there."))
    for organization in session.scalars(select(Organization).where(Organization.is_ours)):
        organization.is_ours = False
    chosen.is_ours = True
    session.flush()
    return Changes.of(RecordKind.ORGANIZATION, Detail.CAPACITY)

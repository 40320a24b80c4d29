"""The capacity matrix: seed 001's capacities, parties, cells, and the user's own list."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import CapacityStatus
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.vetting.capacity_matrix import (
    CellValue,
    PartyRole,
    add_capacity,
    add_party,
    capacity_lists,
    capacity_matrix,
    choose_our_organization,
    partner_choices,
    remove_party,
    rename_capacity,
    request_capacity_matrix,
    retire_capacity,
    set_cell,
    shipped_capacities,
)
from partnerdesk.store.database import Database


def test_the_seeds_twenty_two_capacities_are_shipped() -> None:
    names = shipped_capacities()
    assert len(names) == 22
    assert "Lived experience" in names
    assert "Meeting and event space" in names
    assert len(set(names)) == 22


@pytest.fixture
def request_ids(database: Database) -> dict[str, int]:
    with database.session() as session:
        ours, _ = add_organization(session, "Eastside Food Collective")
        hospital, _ = add_organization(session, "Lakeview Hospital")
        county, _ = add_organization(session, "County Health Department")
        request_id, _ = save_request(
            session, RequestForm(title="Referrals", organization_id=hospital)
        )
    return {"ours": ours, "hospital": hospital, "county": county, "request": request_id}


def test_without_our_organization_the_matrix_says_so(
    database: Database, request_ids: dict[str, int]
) -> None:
    with database.session() as session:
        matrix = capacity_matrix(session, request_ids["request"])
    assert matrix.needs_our_organization
    assert [party.role for party in matrix.parties] == [PartyRole.ASKING]
    assert len(matrix.capacities) == 22


def test_cells_parties_and_gaps(database: Database, request_ids: dict[str, int]) -> None:
    request_id = request_ids["request"]
    choose_our_organization(database, request_ids["ours"])
    matrix = request_capacity_matrix(database, request_id)
    lived = next(c.id for c in matrix.capacities if c.name == "Lived experience")
    funding = next(c.id for c in matrix.capacities if c.name == "Funding")
    space = next(c.id for c in matrix.capacities if c.name == "Meeting and event space")
    set_cell(database, request_id, lived, request_ids["ours"], CellValue(CapacityStatus.HAS))
    set_cell(
        database,
        request_id,
        lived,
        request_ids["hospital"],
        CellValue(CapacityStatus.NEEDS, "They want our volunteers' insight"),
    )
    set_cell(database, request_id, funding, request_ids["ours"], CellValue(CapacityStatus.NEEDS))
    assert partner_choices(database, request_id) == [
        (request_ids["county"], "County Health Department")
    ]
    add_party(database, request_id, request_ids["county"])
    assert partner_choices(database, request_id) == []
    set_cell(database, request_id, space, request_ids["county"], CellValue(CapacityStatus.HAS))
    with database.session() as session:
        matrix = capacity_matrix(session, request_id)
    assert not matrix.needs_our_organization
    assert [(party.name, party.role) for party in matrix.parties] == [
        ("Eastside Food Collective", PartyRole.US),
        ("Lakeview Hospital", PartyRole.ASKING),
        ("County Health Department", PartyRole.PARTNER),
    ]
    assert matrix.cell(lived, request_ids["hospital"]) == CellValue(
        CapacityStatus.NEEDS, "They want our volunteers' insight"
    )
    assert matrix.cell(space, request_ids["hospital"]) == CellValue()
    assert matrix.gaps() == ["Funding"]
    remove_party(database, request_id, request_ids["county"])
    assert [p.role for p in request_capacity_matrix(database, request_id).parties] == [
        PartyRole.US,
        PartyRole.ASKING,
    ]


def test_the_user_adds_renames_and_retires_capacities(
    database: Database, request_ids: dict[str, int]
) -> None:
    request_id = request_ids["request"]
    add_capacity(database, "  Childcare during meetings ")
    with pytest.raises(InvalidInputError, match="already in the list"):
        add_capacity(database, "funding")
    with pytest.raises(InvalidInputError, match="name"):
        add_capacity(database, "   ")
    matrix = request_capacity_matrix(database, request_id)
    assert matrix.capacities[-1].name == "Childcare during meetings"
    funding = next(c.id for c in matrix.capacities if c.name == "Funding")
    rename_capacity(database, funding, "Funding for our staff time")
    retire_capacity(database, funding)
    names = [c.name for c in request_capacity_matrix(database, request_id).capacities]
    assert "Funding for our staff time" not in names and len(names) == 22
    assert [c.name for c in capacity_lists(database).retired] == ["Funding for our staff time"]
    with pytest.raises(InvalidInputError, match="retired"):
        add_capacity(database, "Funding for our staff time")
    retire_capacity(database, funding, retired=False)
    assert len(request_capacity_matrix(database, request_id).capacities) == 23


def test_in_spanish_the_shipped_capacities_are_named_in_spanish(
    database: Database, request_ids: dict[str, int]
) -> None:
    request_id = request_ids["request"]
    english = request_capacity_matrix(database, request_id)
    funding = next(c.id for c in english.capacities if c.name == "Funding")
    lived = next(c.id for c in english.capacities if c.name == "Lived experience")
    rename_capacity(database, lived, "Lived experience of the neighbourhood")
    # Left as it was shown in Spanish: still the shipped capacity, not a rename.
    rename_capacity(database, funding, "Financiamiento", language="es")
    spanish = {c.id: c.name for c in request_capacity_matrix(database, request_id, "es").capacities}
    assert spanish[funding] == "Financiamiento"
    assert spanish[lived] == "Lived experience of the neighbourhood", "as the user wrote it"
    active = capacity_lists(database, "es").active
    assert active[0].name == "Materiales de referencia"
    with pytest.raises(InvalidInputError, match="“Financiamiento” is already in the list"):
        add_capacity(database, "financiamiento", "es")
    assert {c.id: c.name for c in request_capacity_matrix(database, request_id).capacities}[
        funding
    ] == "Funding"

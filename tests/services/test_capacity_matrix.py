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
    capacity_matrix,
    mark_as_ours,
    remove_party,
    rename_capacity,
    retire_capacity,
    retired_capacities,
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
    with database.session() as session:
        mark_as_ours(session, request_ids["ours"])
        matrix = capacity_matrix(session, request_id)
        lived = next(c.id for c in matrix.capacities if c.name == "Lived experience")
        funding = next(c.id for c in matrix.capacities if c.name == "Funding")
        space = next(c.id for c in matrix.capacities if c.name == "Meeting and event space")
        set_cell(session, request_id, lived, request_ids["ours"], CellValue(CapacityStatus.HAS))
        set_cell(
            session,
            request_id,
            lived,
            request_ids["hospital"],
            CellValue(CapacityStatus.NEEDS, "They want our volunteers' insight"),
        )
        set_cell(session, request_id, funding, request_ids["ours"], CellValue(CapacityStatus.NEEDS))
        add_party(session, request_id, request_ids["county"])
        set_cell(session, request_id, space, request_ids["county"], CellValue(CapacityStatus.HAS))
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
    with database.session() as session:
        remove_party(session, request_id, request_ids["county"])
        assert [p.role for p in capacity_matrix(session, request_id).parties] == [
            PartyRole.US,
            PartyRole.ASKING,
        ]


def test_the_user_adds_renames_and_retires_capacities(
    database: Database, request_ids: dict[str, int]
) -> None:
    request_id = request_ids["request"]
    with database.session() as session:
        add_capacity(session, "  Childcare during meetings ")
        with pytest.raises(InvalidInputError, match="already in the list"):
            add_capacity(session, "funding")
        with pytest.raises(InvalidInputError, match="name"):
            add_capacity(session, "   ")
        matrix = capacity_matrix(session, request_id)
        assert matrix.capacities[-1].name == "Childcare during meetings"
        funding = next(c.id for c in matrix.capacities if c.name == "Funding")
        rename_capacity(session, funding, "Funding for our staff time")
        retire_capacity(session, funding)
    with database.session() as session:
        names = [c.name for c in capacity_matrix(session, request_id).capacities]
        assert "Funding for our staff time" not in names and len(names) == 22
        assert [c.name for c in retired_capacities(session)] == ["Funding for our staff time"]
        with pytest.raises(InvalidInputError, match="retired"):
            add_capacity(session, "Funding for our staff time")
        retire_capacity(session, funding, retired=False)
        assert len(capacity_matrix(session, request_id).capacities) == 23

"""The capacity matrix of a request as plain data (seed 001): who has or needs each capacity.

Rows are capacities; columns are the parties: our organization, the one asking, and any
other partner. The screen and the vetting summary read it; services/vetting fills it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from partnerdesk.core.choices import CapacityStatus


class PartyRole(StrEnum):
    US = "Us"
    ASKING = "Asking"
    PARTNER = "Other partner"


@dataclass(frozen=True)
class Party:
    organization_id: int
    name: str
    role: PartyRole


@dataclass(frozen=True)
class CellValue:
    status: CapacityStatus = CapacityStatus.NONE
    note: str = ""


@dataclass(frozen=True)
class CapacityRow:
    id: int
    name: str


@dataclass
class CapacityMatrix:
    request_id: int
    capacities: list[CapacityRow]
    parties: list[Party]
    cells: dict[tuple[int, int], CellValue] = field(default_factory=dict)
    # No organization is marked as ours yet: the matrix cannot have an "Us" column.
    needs_our_organization: bool = False

    def cell(self, capacity_id: int, organization_id: int) -> CellValue:
        return self.cells.get((capacity_id, organization_id), CellValue())

    def gaps(self) -> list[str]:
        """Capacities some party needs and no party has: what the partnership lacks."""
        missing = []
        for capacity in self.capacities:
            values = [self.cell(capacity.id, party.organization_id) for party in self.parties]
            needed = any(value.status is CapacityStatus.NEEDS for value in values)
            if needed and not any(value.status is CapacityStatus.HAS for value in values):
                missing.append(capacity.name)
        return missing

"""What the request page shows, read in one transaction for the window's database worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from partnerdesk.services.vetting.capacity_matrix import CapacityMatrix, capacity_matrix
from partnerdesk.services.vetting.overview import VettingOverview, vetting_overview

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


@dataclass(frozen=True)
class RequestPageData:
    overview: VettingOverview
    matrix: CapacityMatrix


def request_page_data(database: Database, request_id: int) -> RequestPageData:
    """The vetting overview and the capacity matrix of one request, read together."""
    with database.session() as session:
        return RequestPageData(
            vetting_overview(session, request_id), capacity_matrix(session, request_id)
        )

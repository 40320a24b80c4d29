"""Everything the vetting summary and the meeting questions need, gathered in one read.

The Word writers (``exports/vetting_docx.py``) take this plain data, never a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from partnerdesk.core.dates import friendly_date
from partnerdesk.services.errors import ExportFormatError
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import (
    CapacityMatrix,
    capacity_matrix,
    our_organization,
)
from partnerdesk.services.vetting.decisions import DecisionRecord, decision_history
from partnerdesk.services.vetting.overview import VettingOverview, vetting_overview

if TYPE_CHECKING:
    from partnerdesk.store.database import Database


@dataclass(frozen=True)
class VettingReport:
    overview: VettingOverview
    details: list[tuple[str, str]]  # (label, value) of the request, in the form's order
    contact: str
    matrix: CapacityMatrix
    decisions: list[DecisionRecord]
    our_organization: str
    prepared_on: date


def check_docx_target(target: Path) -> None:
    if target.suffix.lower() != ".docx":
        raise ExportFormatError(
            f"PartnerDesk writes this as a Word document: please choose a name ending in "
            f".docx, not “{target.name}”."
        )


def vetting_report(session: Session, request_id: int, today: date | None = None) -> VettingReport:
    today = today or date.today()
    request = get_request(session, request_id)
    overview = vetting_overview(session, request_id, today)

    def day(value: date | None) -> str:
        return friendly_date(value) if value else ""

    def level(value: object) -> str:
        return getattr(value, "label", "") if value is not None else ""

    contact = ""
    if request.contact is not None:
        contact = request.contact.full_name
        if request.contact.role_title:
            contact += f", {request.contact.role_title}"
    details = [
        ("Asked by", overview.organization),
        ("Contact", contact),
        ("Received", day(request.received_on)),
        ("Stage", request.stage.label),
        ("What they ask for", request.ask),
        ("Stated purpose", request.stated_purpose),
        ("Community need it claims to meet", request.community_need),
        ("Funding source", request.funding_source),
        ("Funding ends", day(request.funding_ends_on)),
        ("Their plan when the funding ends", request.plan_when_funding_ends),
        ("Proposed timeframe", request.proposed_timeframe),
        ("Say they offer us", level(request.participation_offered)),
        ("Say we want", level(request.participation_wanted)),
    ]
    ours = our_organization(session)
    return VettingReport(
        overview=overview,
        # A blank says something too ("no plan when the funding ends"): shown, not hidden.
        details=[(label, value or "Not stated") for label, value in details],
        contact=contact,
        matrix=capacity_matrix(session, request_id),
        decisions=decision_history(session, request_id),
        our_organization=ours.name if ours is not None else "",
        prepared_on=today,
    )


def read_vetting_report(database: Database, request_id: int) -> VettingReport:
    """The report read in a transaction of its own (the window's Word exports)."""
    with database.session() as session:
        return vetting_report(session, request_id)

"""The check-up trend as the window shows it: the chart's picture and the same facts in words.

matplotlib is imported only here, inside the call (on the database worker), never at start.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from partnerdesk.core.checkups import describe_trend, shipped_statements
from partnerdesk.core.translation import SOURCE_LANGUAGE
from partnerdesk.services.checkups.checkups import rated_checkup_history
from partnerdesk.services.database_access import Database
from partnerdesk.store.models import Organization, PartnershipRequest


@dataclass(frozen=True)
class CheckupTrend:
    request_id: int
    png: bytes | None  # None: no check-up yet, nothing to draw
    description: str  # the chart's facts in words (screen readers, and shown below it)


def _names(database: Database, request_id: int) -> tuple[str, str]:
    with database.session() as session:
        ours = session.scalar(select(Organization.name).where(Organization.is_ours).limit(1))
        theirs = session.scalar(
            select(Organization.name)
            .join(PartnershipRequest, PartnershipRequest.organization_id == Organization.id)
            .where(PartnershipRequest.id == request_id)
        )
    # A name not known yet: the chart writes "Our organization" / "Partner" in its language.
    return ours or "", theirs or ""


def checkup_trend(
    database: Database, request_id: int, language: str = SOURCE_LANGUAGE
) -> CheckupTrend:
    """Each domain's score over the partnership's check-ups, as a picture and in words,
    in ``language`` (the window passes the screen's)."""
    from partnerdesk.exports.charts.checkup_trend import checkup_trend_png

    statements = shipped_statements(language)
    history = rated_checkup_history(database, request_id)
    description = describe_trend(statements, history, language)
    if not history:
        return CheckupTrend(request_id, None, description)
    ours, theirs = _names(database, request_id)
    return CheckupTrend(
        request_id,
        checkup_trend_png(statements, history, ours, theirs, language),
        description,
    )

"""An MOU as the Word export reads it: its title, sections, version, date and open points.

The open points are the completeness check's findings, written for us ("the final say
rests with the other organization", "the people you serve"). They go to an internal cover
note beside the MOU, or — when the user chooses — into the MOU as a neutral "Open points"
list addressed to both parties (``neutral_open_points``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from partnerdesk.core.mou_checks import Finding
from partnerdesk.core.mou_sections import SECTION_BY_ID, section_number
from partnerdesk.core.mou_text import long_date
from partnerdesk.core.team_charter import TeamCharter


class OpenPoints(StrEnum):
    """Where an export puts what is still to settle."""

    COVER_NOTE = "cover-note"  # a separate document for us, beside the MOU
    IN_MOU = "in-mou"  # a neutral list at the end of the MOU, for both parties


@dataclass(frozen=True)
class MouDocument:
    title: str
    sections: dict[str, Any]
    version: int
    on: date
    findings: list[Finding] = field(default_factory=list)
    # Our organization's name: the author of the file, and "ours" in its sentences.
    our_organization: str = ""
    open_points: OpenPoints = OpenPoints.COVER_NOTE
    # When the parties signed exactly this text: the document is the signed MOU.
    signed_on: date | None = None
    # When the MOU this draft amends was signed (a change made after signing).
    amends_signed_on: date | None = None
    # The request's team charter, printed as the MOU's annex (None: no words in it yet).
    charter: TeamCharter | None = None


def draft_header(document: MouDocument) -> str:
    """The line at the top of every page: "DRAFT — version N — date"; for the text the
    parties signed, "Signed on DATE"; for a change to a signed MOU, the amendment draft."""
    from partnerdesk.core.dates import document_date

    if document.signed_on is not None:
        return f"Signed on {document_date(document.signed_on)}"
    if document.amends_signed_on is not None:
        return (
            f"DRAFT amendment to the MOU signed on {document_date(document.amends_signed_on)}"
            f" — version {document.version} — {long_date(document.on)}"
        )
    return f"DRAFT — version {document.version} — {long_date(document.on)}"


# What each finding leaves to settle, said to both parties alike. "{section}" is the
# section's title; a finding not listed here (a newer check) says its section is open.
_NEUTRAL = {
    "missing-parties": "The parties to this MOU are still to be named.",
    "missing-signatory": "Who signs for each party is still to be named.",
    "missing-section": "This section is still to be written.",
    "roles-one-party": "What each party is responsible for is still to be agreed.",
    "one-party-decides": "How the parties share decisions is still to be agreed.",
    "no-conflict-resolution": "How disagreements are raised and settled is still to be agreed.",
    "data-ownership-unstated": "Who owns the data, and who must agree before it is used or "
    "shared, is still to be agreed.",
    "no-review-date": "When this MOU is reviewed is still to be agreed.",
    "no-funding-end-plan": "What happens when the funding ends is still to be agreed.",
    "scope-unstated": "What this partnership will and will not do is still to be agreed.",
    "lobbying-501c3": "The wording is still to be checked against the limits on lobbying "
    "that apply to a 501(c)(3) or publicly funded organization.",
}
_NEUTRAL_OTHERWISE = "This section is still to be agreed."


def neutral_open_points(findings: list[Finding]) -> list[tuple[str, str]]:
    """(section, sentence) for each point still to settle, in words for both parties,
    once each: "Section 9, Conflict resolution" — "How disagreements are … agreed."."""
    points: list[tuple[str, str]] = []
    for finding in findings:
        section = SECTION_BY_ID.get(finding.section_id)
        where = f"Section {section_number(section.id)}, {section.title}" if section else "The MOU"
        point = (where, _NEUTRAL.get(finding.code, _NEUTRAL_OTHERWISE))
        if point not in points:
            points.append(point)
    return points

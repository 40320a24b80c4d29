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

from partnerdesk.core.document_language import document_language, say
from partnerdesk.core.mou_checks import Finding
from partnerdesk.core.mou_sections import section_number, sections_in
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
        return say("mou.signed_on_header", date=document_date(document.signed_on))
    if document.amends_signed_on is not None:
        return say(
            "mou.amendment_header",
            signed=document_date(document.amends_signed_on),
            version=document.version,
            date=long_date(document.on),
        )
    return say("mou.draft_header", version=document.version, date=long_date(document.on))


# What each finding leaves to settle, said to both parties alike (document words
# "neutral.CODE"); a finding not listed there (a newer check) says its section is open.
_NEUTRAL = frozenset(
    {
        "missing-parties",
        "missing-signatory",
        "missing-section",
        "roles-one-party",
        "one-party-decides",
        "no-conflict-resolution",
        "data-ownership-unstated",
        "no-review-date",
        "no-funding-end-plan",
        "scope-unstated",
        "lobbying-501c3",
    }
)


def neutral_open_points(findings: list[Finding]) -> list[tuple[str, str]]:
    """(section, sentence) for each point still to settle, in words for both parties,
    once each: "Section 9, Conflict resolution" — "How disagreements are … agreed."."""
    titles = {section.id: section.title for section in sections_in(document_language())}
    points: list[tuple[str, str]] = []
    for finding in findings:
        title = titles.get(finding.section_id)
        where = (
            say("mou.section_where", number=section_number(finding.section_id), title=title)
            if title is not None
            else say("mou.the_mou")
        )
        code = finding.code if finding.code in _NEUTRAL else "otherwise"
        point = (where, say(f"neutral.{code}"))
        if point not in points:
            points.append(point)
    return points

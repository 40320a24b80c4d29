"""Completeness and fairness check of an MOU draft: pure rules over the stored sections.

Each finding names the section that fixes it, so the wizard can take the user there.
Export stays allowed: a draft with findings is marked DRAFT, never refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from partnerdesk.core.mou_sections import (
    FINAL_SAY_THEM,
    FINAL_SAY_US,
    SECTION_BY_ID,
    SECTIONS,
    is_blank,
    section_is_blank,
)

Draft = dict[str, Any]


@dataclass(frozen=True)
class Finding:
    code: str
    section_id: str
    title: str
    explanation: str


# Sections whose emptiness has a rule of its own, with a sharper message.
_OWN_RULE = {"parties", "scope", "conflict", "data", "review", "term", "signatures"}

# Seed 001: a 501(c)(3), or an organization receiving public funds, cannot lobby: letter or
# phone campaigns, petition drives, promoting a position on specific legislation, endorsing
# or opposing a candidate. Education on public policy is not lobbying. Each pattern is one of
# those activities as people write it in an MOU, with the words the finding names it by.
_OFFICIALS = (
    r"(?:elected officials?|officials|legislators?|lawmakers?|representatives?|senators?|"
    r"council ?members?|(?:city |county |town )?council|commissioners?|supervisors?|"
    r"aldermen|congress(?:wo)?m[ae]n|congress|the mayor|the governor)"
)
_A_LAW = (
    r"(?:(?:the|a|an|this|that|any|specific|proposed|new|pending|our|city|county|state|"
    r"local)\s+)*(?:bills?|legislation|ordinances?|ballot (?:measures?|questions?|"
    r"initiatives?)|referend(?:um|a)|propositions?|(?:house|senate|assembly) bill|"
    r"[hs]\.?b\.? ?\d+)"
)
_WHOSE = r"(?:(?:the|our|your|their|city|county|state|local)\s+)*"
_THE = r"(?:(?:a|the|any|our|their|one|mayoral|council|school board|county|state)\s+)*"
_LOBBYING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (activity, re.compile(pattern, re.IGNORECASE))
    for activity, pattern in (
        (
            "lobbying",
            # "lobby" is also a hospital's entrance hall: "lobby for" counts only as a verb,
            # at the start of a line or after a word that makes it one ("we will lobby for").
            r"\blobby(?:ing|ists?)\b|\blobby\s+" + _WHOSE + _OFFICIALS + r"|"
            r"(?:^|(?<=[\n.;:•])|\b(?:to|will|we|they|and|or|shall|must|may|can|would|should|"
            r"both|parties|partners)\s+)\s*lobby\s+(?:for|against)\b",
        ),
        (
            "a letter or phone campaign",
            r"\b(?:letter|letter-writing|postcard|phone|call|calling|call-in|e-?mail)"
            r"(?:[- ]writing)?[- ]campaigns?\b|\bphone[- ]bank(?:s|ing)?\b|"
            r"\b(?:write|writing|call|calling|phone|phoning|e-?mail|e-?mailing)\s+(?:to\s+)?"
            + _WHOSE
            + _OFFICIALS
            + r"\b",
        ),
        (
            "a petition drive",
            r"\bpetition(?:s|ing)?\b|\b(?:collect|collecting|gather|gathering)\s+signatures\b|"
            r"\bsignature drives?\b",
        ),
        (
            "taking a position on a specific bill or ordinance",
            r"\b(?:support(?:s|ing)?|oppos(?:e|es|ing)|promot(?:e|es|ing)|back(?:s|ing)?|"
            r"endors(?:e|es|ing)|push(?:es|ing)? for|advocat(?:e|es|ing) (?:for|against)|"
            r"fight(?:s|ing)? (?:for|against)|campaign(?:s|ing)? (?:for|against)|"
            r"pass(?:es|ing)?|defeat(?:s|ing)?|block(?:s|ing)?|a position on|"
            r"vote (?:for|against|yes on|no on))\s+" + _A_LAW + r"\b",
        ),
        (
            "endorsing or opposing a candidate",
            r"\b(?:endors\w*|oppos\w*|support\w*|campaign\w* (?:for|against)|"
            r"vote (?:for|against)|(?:re-?)?elect\w*|defeat\w*)\s+" + _THE + r"candidates?\b|"
            r"\bcandidate endorsements?\b",
        ),
        (
            "urging officials to vote",
            r"\b(?:urg\w*|ask\w*|press\w*|push\w*|call\w* on|tell\w*|get(?:ting)?|"
            r"persuad\w*|convinc\w*|lean\w* on)\s+" + _WHOSE + _OFFICIALS + r"\s+to vote\b",
        ),
    )
)


def _value(draft: Draft, section_id: str, field_id: str) -> Any:
    return (draft.get(section_id) or {}).get(field_id)


def _text_of(draft: Draft) -> list[tuple[str, str]]:
    """Every piece of text in the draft, with the section it is in."""
    found: list[tuple[str, str]] = []
    for section in SECTIONS:
        values = draft.get(section.id) or {}
        for field in section.fields:
            value = values.get(field.id)
            if isinstance(value, str):
                found.append((section.id, value))
            elif isinstance(value, list):
                for row in value:
                    if isinstance(row, dict):
                        found.extend((section.id, str(cell)) for cell in row.values())
    return found


def _missing_sections(draft: Draft) -> list[Finding]:
    return [
        Finding(
            "missing-section",
            section.id,
            f"“{section.title}” is empty",
            f"Nothing is written under “{section.title}” yet. {section.help}",
        )
        for section in SECTIONS
        if section.id not in _OWN_RULE and section_is_blank(draft, section.id)
    ]


def _party_names(draft: Draft) -> list[str]:
    rows = _value(draft, "parties", "parties") or []
    return [str(row.get("name", "")).strip() for row in rows if str(row.get("name", "")).strip()]


def _roles_one_sided(draft: Draft) -> list[Finding]:
    rows = [
        row
        for row in _value(draft, "roles", "roles") or []
        if str(row.get("responsibility", "")).strip()
    ]
    if not rows:
        return []
    parties = {str(row.get("party", "")).strip() for row in rows} - {""}
    if len(parties) >= 2 or len(_party_names(draft)) < 2:
        return []
    who = next(iter(parties)) if parties else "no party"
    return [
        Finding(
            "roles-one-party",
            "roles",
            "Responsibilities for only one party",
            f"Every responsibility listed is for {who}. A partnership shares the work: add "
            "what each of the other parties will do.",
        )
    ]


def _no_conflict_process(draft: Draft) -> list[Finding]:
    if not is_blank(_value(draft, "conflict", "process")):
        return []
    return [
        Finding(
            "no-conflict-resolution",
            "conflict",
            "No way to resolve conflicts",
            "Agree now how disagreements are raised and settled, before one happens.",
        )
    ]


def _no_funding_end_plan(draft: Draft) -> list[Finding]:
    if not is_blank(_value(draft, "term", "when_funding_ends")):
        return []
    return [
        Finding(
            "no-funding-end-plan",
            "term",
            "No plan for when the funding ends",
            "Say who keeps what going when the money stops, so the people you serve are not "
            "left without the help they came to rely on.",
        )
    ]


def _data_ownership_unstated(draft: Draft) -> list[Finding]:
    if not is_blank(_value(draft, "data", "ownership")):
        return []
    return [
        Finding(
            "data-ownership-unstated",
            "data",
            "Who owns the data is not stated",
            "The information is about the people you serve. Write down who owns it and who "
            "must agree before it is used or shared.",
        )
    ]


def _no_review_date(draft: Draft) -> list[Finding]:
    if not is_blank(_value(draft, "review", "first_review")) or _value(
        draft, "review", "every_months"
    ):
        return []
    return [
        Finding(
            "no-review-date",
            "review",
            "No review date",
            "An MOU is a living document. Set when it is first reviewed, or how often.",
        )
    ]


def _one_party_decides(draft: Draft) -> list[Finding]:
    final_say = _value(draft, "decisions", "final_say")
    if final_say not in (FINAL_SAY_US, FINAL_SAY_THEM):
        return []
    who = "your organization" if final_say == FINAL_SAY_US else "the other organization"
    return [
        Finding(
            "one-party-decides",
            "decisions",
            "All decision power with one party",
            f"The final say rests with {who} alone. Shared power means deciding together, "
            "or each in its own agreed area.",
        )
    ]


def _lobbying_in(text: str) -> tuple[str, str] | None:
    """The first lobbying activity the text speaks of: (its words, the activity)."""
    found = [
        (match.start(), match.group(0), activity)
        for activity, pattern in _LOBBYING
        if (match := pattern.search(text))
    ]
    if not found:
        return None
    _start, words, activity = min(found)
    return words, activity


def _lobbying(draft: Draft) -> list[Finding]:
    if not _value(draft, "parties", "nonprofit_limits"):
        return []
    for section_id, text in _text_of(draft):
        found = _lobbying_in(text)
        if found:
            words, activity = found
            title = SECTION_BY_ID[section_id].title
            return [
                Finding(
                    "lobbying-501c3",
                    section_id,
                    "Lobbying listed for a 501(c)(3)",
                    f"“{words}” (under “{title}”) sounds like {activity}, which is lobbying. A "
                    "501(c)(3), or an organization that receives public funds, cannot take "
                    "part in it. Education is allowed: educational meetings and materials on "
                    "public policy are fine.",
                )
            ]
    return []


def _scope_unstated(draft: Draft) -> list[Finding]:
    if not is_blank(_value(draft, "scope", "will_not_do")):
        return []
    if is_blank(_value(draft, "scope", "will_do")):
        title = "The scope is not written"
        explanation = (
            "Nothing says what this partnership will and will not do. Write both down, so it "
            "does not grow into work nobody agreed to."
        )
    else:
        title = "Nothing says what the partnership will not do"
        explanation = (
            "Without limits, a partnership grows into work nobody agreed to. Say what is "
            "outside this agreement, and that new work needs both parties' agreement."
        )
    return [Finding("scope-unstated", "scope", title, explanation)]


def _no_signatories(draft: Draft) -> list[Finding]:
    rows = _value(draft, "parties", "parties") or []
    if len(_party_names(draft)) < 2:
        return [
            Finding(
                "missing-parties",
                "parties",
                "Fewer than two parties",
                "Name every organization entering the agreement.",
            )
        ]
    if all(str(row.get("signatory", "")).strip() for row in rows if row.get("name")):
        return []
    return [
        Finding(
            "missing-signatory",
            "parties",
            "A party has no signatory",
            "Name who signs for each organization; their names go on the signature lines.",
        )
    ]


RULES = (
    _no_signatories,
    _missing_sections,
    _scope_unstated,
    _roles_one_sided,
    _one_party_decides,
    _no_conflict_process,
    _data_ownership_unstated,
    _no_review_date,
    _no_funding_end_plan,
    _lobbying,
)


def check_mou(draft: Draft) -> list[Finding]:
    """Every finding, in the order of the sections they send the user to."""
    findings = [finding for rule in RULES for finding in rule(draft)]
    order = {section.id: index for index, section in enumerate(SECTIONS)}
    return sorted(findings, key=lambda finding: order[finding.section_id])

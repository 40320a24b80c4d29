"""The sections of a memorandum of understanding, in order, with their fields and help.

The wizard, the completeness check and the Word export all use these ids; an MOU's draft
is stored as ``{section id: {field id: value}}``, so the ids never change once released.
Help texts come from the seed documents (000 for the MOU's parts, 001 for the problem
statement, SMARTIE goals and advocacy limits, 003 for measures of success).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FieldKind(StrEnum):
    TEXT = "text"  # several lines
    LINE = "line"  # one line
    DATE = "date"  # ISO date text, "" when not set
    NUMBER = "number"  # whole number, None when not set
    CHOICE = "choice"
    FLAG = "flag"  # yes / no
    PARTIES = "parties"  # rows: name, signatory, title
    ROLES = "roles"  # rows: responsibility, party, due


@dataclass(frozen=True)
class MouField:
    id: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)


@dataclass(frozen=True)
class MouSection:
    id: str
    title: str
    help: str
    fields: tuple[MouField, ...]

    def field(self, field_id: str) -> MouField:
        return next(item for item in self.fields if item.id == field_id)


# Who has the final say (used by the fairness check: all power with one party).
FINAL_SAY_TOGETHER = "together"
FINAL_SAY_EACH_OWN_AREA = "each_own_area"
FINAL_SAY_US = "us"
FINAL_SAY_THEM = "them"

PARTY_ROW_KEYS = ("name", "signatory", "title")
ROLE_ROW_KEYS = ("responsibility", "party", "due")

SECTIONS: tuple[MouSection, ...] = (
    MouSection(
        "parties",
        "Parties and signatories",
        "Who enters this agreement, and who signs for each organization.",
        (
            MouField("parties", "Parties", FieldKind.PARTIES, "One row per organization."),
            MouField(
                "nonprofit_limits",
                "Our organization is a 501(c)(3) or receives public funds",
                FieldKind.FLAG,
                "Such organizations cannot take part in lobbying: letter or phone "
                "campaigns, petition drives, promoting a position on specific legislation, or "
                "endorsing or opposing a candidate. Education on public policy is fine.",
            ),
        ),
    ),
    MouSection(
        "purpose",
        "Purpose and shared vision",
        "Why the partnership exists and what you want to achieve together, so that "
        "everyone is on the same page.",
        (
            MouField(
                "purpose", "Purpose", help="What this partnership is for, in a sentence or two."
            ),
            MouField("vision", "Shared vision", help="What will be different when it works."),
        ),
    ),
    MouSection(
        "problem",
        "Problem statement",
        "Written together, before solutions. Look for the problem, not the solution; keep "
        "the statement to two or three sentences; tell symptoms from the problem itself.",
        (
            MouField(
                "gap",
                "Gap",
                help="The gap between where you are and where you want to be. Sample: "
                "“Patients in the North Country lack reliable transportation to and from the "
                "hospital.”",
            ),
            MouField(
                "trend",
                "Timeframe and trend",
                help="How long the problem has existed, and whether it is getting worse. "
                "Sample: “This has worsened recently.”",
            ),
            MouField(
                "impact",
                "Impact",
                help="Quantify the gap: cost, time, quality, personal. Sample: “Patients "
                "miss appointments or get stuck in the hospital with no way to get home.”",
            ),
            MouField(
                "importance",
                "Importance",
                help="Why it matters. Sample: “Patients do not get the right level of care "
                "on time and cannot get home.”",
            ),
            MouField(
                "statement",
                "Problem statement",
                help="The problem in two to three sentences, drawn from the four answers above.",
            ),
        ),
    ),
    MouSection(
        "goals",
        "Goals (SMARTIE)",
        "SMARTIE goals add inclusion and equity to SMART goals: specific, measurable, "
        "attainable, relevant, time-bound, inclusive and equitable.",
        (
            MouField(
                "goals",
                "Goals",
                help="One goal per paragraph. Who benefits, by how much, by when — and how "
                "the people most affected take part.",
            ),
        ),
    ),
    MouSection(
        "objectives",
        "Objectives",
        "The steps toward each goal.",
        (MouField("objectives", "Objectives", help="One objective per line."),),
    ),
    MouSection(
        "roles",
        "Roles and responsibilities",
        "Define who will be responsible for what, and be as specific as possible.",
        (MouField("roles", "Responsibilities", FieldKind.ROLES, "One row per responsibility."),),
    ),
    MouSection(
        "leadership",
        "Leadership and coordination",
        "Who will be in charge on both sides of the partnership? Who makes which decisions?",
        (
            MouField("leads", "Who is in charge on each side"),
            MouField("who_decides_what", "Who decides what"),
        ),
    ),
    MouSection(
        "decisions",
        "Decision-making and consensus",
        "How decisions are made and how consensus is reached, so power is really shared.",
        (
            MouField(
                "final_say",
                "Who has the final say",
                FieldKind.CHOICE,
                choices=(
                    ("", "Not agreed yet"),
                    (FINAL_SAY_TOGETHER, "We decide together, by consensus"),
                    (FINAL_SAY_EACH_OWN_AREA, "Each decides in its own area, as listed"),
                    (FINAL_SAY_US, "Our organization alone"),
                    (FINAL_SAY_THEM, "The other organization alone"),
                ),
            ),
            MouField(
                "how",
                "How decisions are made",
                help="How consensus is reached, and what happens when it is not.",
            ),
        ),
    ),
    MouSection(
        "conflict",
        "Conflict resolution",
        "How disagreements are raised and settled, before they happen.",
        (
            MouField(
                "process",
                "How we resolve conflicts",
                help="Who talks to whom first, when a neutral facilitator is called in, and "
                "how either party can pause or leave.",
            ),
        ),
    ),
    MouSection(
        "resources",
        "Resource allocation",
        "Who is providing which resources, including staff time, services, equipment or "
        "funding — and who bears which costs.",
        (
            MouField("staff_time", "Staff time"),
            MouField("services", "Services"),
            MouField("equipment", "Equipment and space"),
            MouField("funding", "Funding"),
            MouField("costs", "Who bears which costs"),
            MouField(
                "compensation",
                "Compensation for our staff time",
                help="Community organizations' time is not free; say how it is paid.",
            ),
        ),
    ),
    MouSection(
        "communication",
        "Communication plan",
        "How, how often and what you and your partner will communicate, so both know what "
        "to expect and when.",
        (
            MouField("how", "How"),
            MouField("how_often", "How often", FieldKind.LINE),
            MouField("what", "What"),
        ),
    ),
    MouSection(
        "data",
        "Data sharing, reporting and ownership",
        "Consider whether data-sharing and reporting agreements are needed, especially for "
        "research.",
        (
            MouField("what_is_shared", "What data is shared, and with whom"),
            MouField(
                "ownership",
                "Who owns the data",
                help="The information is about the people you serve: say who owns it and who "
                "must agree before it is used.",
            ),
            MouField("results", "When and how results are shared back"),
            MouField("agreement", "Data use agreement needed?", FieldKind.LINE),
        ),
    ),
    MouSection(
        "monitoring",
        "Monitoring and evaluation",
        "Processes for assessing progress and adapting to changing needs.",
        (
            MouField(
                "measures",
                "How we measure success",
                help="For the people served, for each organization, against measures in the "
                "field, at frequent intervals.",
            ),
            MouField("adapting", "How we adapt the plan"),
        ),
    ),
    MouSection(
        "review",
        "Review and update schedule",
        "An MOU is a living document that needs regular review and updates.",
        (
            MouField(
                "every_months",
                "Review every (months)",
                FieldKind.NUMBER,
                "PartnerDesk reminds you on the Today page when a review is due.",
            ),
            MouField("first_review", "First review on", FieldKind.DATE),
            MouField("how", "How the review is done"),
        ),
    ),
    MouSection(
        "term",
        "Term, sustainability and the end of funding",
        "Consider sustainability early, not at the end — and it is not only about funding.",
        (
            MouField("starts_on", "Starts on", FieldKind.DATE),
            MouField("ends_on", "Ends on", FieldKind.DATE),
            MouField("funding_ends_on", "Funding ends on", FieldKind.DATE),
            MouField(
                "when_funding_ends",
                "What happens when the funding ends",
                help="Who keeps what going, for whom, and how the people you serve are told.",
            ),
            MouField("sustainability", "Sustainability"),
        ),
    ),
    MouSection(
        "signatures",
        "Signatures",
        "Each party's signatory signs and dates; names and titles come from the parties.",
        (MouField("place", "Signed at (optional)", FieldKind.LINE),),
    ),
)

SECTION_BY_ID = {section.id: section for section in SECTIONS}


def section_number(section_id: str) -> int:
    return [section.id for section in SECTIONS].index(section_id) + 1


def is_blank(value: Any) -> bool:
    """True for a value the user has not filled in (tables: no row with any text)."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not any(
            any(str(cell).strip() for cell in row.values())
            for row in value
            if isinstance(row, dict)
        )
    return False


def section_is_blank(draft: dict[str, Any], section_id: str) -> bool:
    values = draft.get(section_id) or {}
    section = SECTION_BY_ID[section_id]
    return all(
        is_blank(values.get(item.id)) for item in section.fields if item.kind is not FieldKind.FLAG
    )

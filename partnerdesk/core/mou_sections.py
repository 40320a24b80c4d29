"""The sections of a memorandum of understanding, in order, with their fields and help.

The wizard, the completeness check and the Word export all use these ids; an MOU's draft
is stored as ``{section id: {field id: value}}``, so the ids never change once released.
Help texts come from the seed documents (000 for the MOU's parts, 001 for the problem
statement, SMARTIE goals and advocacy limits, 003 for scope and measures of success); the
problem-statement samples are a community organization's own example.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
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

# The seven prompts of a SMARTIE goal (seed 001), shown under the goals.
SMARTIE = (
    "S – Specific: what do you want to do?",
    "M – Measurable: how will you track progress?",
    "A – Attainable: how will you do it?",
    "R – Relevant: how is it relevant to each partner's mission?",
    "T – Time-bound: when do you want to do it?",
    "I – Inclusive: what new perspectives could you bring into the project?",
    "E – Equitable: can you change the goal to build in equity and inclusion?",
)

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
                "campaigns, petition drives, taking a position on a specific bill or "
                "ordinance, endorsing or opposing a candidate, or urging officials to vote a "
                "certain way. Education on public policy is allowed. A new MOU takes this "
                "from your organization's record.",
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
                "“Since the bus route was cut, about 40 older households in the Millbrook "
                "apartments can no longer reach our Saturday pantry.”",
            ),
            MouField(
                "trend",
                "Timeframe and trend",
                help="How long the problem has existed, and whether it is getting worse. "
                "Sample: “It began when the route changed last spring, and fewer of them "
                "come each month.”",
            ),
            MouField(
                "impact",
                "Impact",
                help="Quantify the gap: cost, time, quality, personal. Sample: “They skip "
                "meals in the last week of the month; our volunteers drive six hours a week "
                "to deliver food to a few of them.”",
            ),
            MouField(
                "importance",
                "Importance",
                help="Why it matters, and to whom. Sample: “Going hungry worsens their "
                "diabetes and blood pressure, and neighbors who trusted us feel left "
                "behind.”",
            ),
            MouField(
                "statement",
                "Problem statement",
                help="The problem in two to three sentences, drawn from the four answers "
                "above. Sample: “Since the bus route was cut last spring, about 40 older "
                "households in the Millbrook apartments can no longer reach our Saturday "
                "pantry, and fewer come each month. They skip meals at the end of the month, "
                "which worsens their health, and our volunteers cannot deliver to them all.”",
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
                help="One goal per paragraph. Ask of each goal:\n" + "\n".join(SMARTIE),
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
        "scope",
        "What this partnership will and will not do",
        "A well-defined goal and scope keeps the partnership from growing into work nobody "
        "agreed to. Say what it covers, what it does not, and what neither of you can do "
        "alone.",
        (
            MouField(
                "will_do",
                "What it will do",
                help="The work this agreement covers: what, for whom, where and for how long.",
            ),
            MouField(
                "will_not_do",
                "What it will not do",
                help="What is outside this agreement. New work is added only when both "
                "parties agree to it, in writing.",
            ),
            MouField(
                "cannot_do_alone",
                "What neither of us can do alone",
                help="Why you partner at all: what each organization brings that the other "
                "does not have.",
            ),
        ),
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
        "Processes for assessing progress and adapting to changing needs. Measure success "
        "at three levels: for the people served, for the partnership itself, and for each "
        "organization.",
        (
            MouField(
                "measures",
                "Success for the people served",
                help="What changes for the people and the community you serve, measured "
                "against measures in the field, at frequent intervals.",
            ),
            MouField(
                "partnership_measures",
                "Success for the partnership itself",
                help="How you will know the partnership is working: decisions really shared, "
                "promises kept, trust growing. Both parties rate it at each check-up and "
                "compare.",
            ),
            MouField(
                "organization_measures",
                "Success for each organization",
                help="What each organization needs to see to keep going: how the work serves "
                "its own mission, and what it costs it.",
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


SECTIONS_FILE = "mou_sections.yaml"
_SMARTIE_KEYS = (
    "specific",
    "measurable",
    "attainable",
    "relevant",
    "time_bound",
    "inclusive",
    "equitable",
)


@cache
def section_words(language: str) -> dict[str, str]:
    """The sections' words in ``language`` (resources/[LANG/]mou_sections.yaml), by key:
    "SECTION.title", "SECTION.FIELD.label", "SECTION.FIELD.choice.VALUE", ..."""
    import yaml  # only when a document or screen asks for another language: not at start

    from partnerdesk.shipped_files import resource_in

    path = resource_in(language, SECTIONS_FILE)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{path.name} ({language}) should be lines of the form key: text.")
    return {str(key): " ".join(str(text).split()) for key, text in raw.items()}


@cache
def sections_in(language: str) -> tuple[MouSection, ...]:
    """The sections worded in ``language``: the same ids, fields and kinds as ``SECTIONS``
    (English, kept in code for the screens that open at start-up)."""
    if language == "en":
        return SECTIONS
    words = section_words(language)
    smartie = "\n".join(words[f"smartie.{key}"] for key in _SMARTIE_KEYS)

    def field(section: MouSection, item: MouField) -> MouField:
        key = f"{section.id}.{item.id}"
        help_text = words.get(f"{key}.help", "")
        if key == "goals.goals":
            help_text = f"{help_text}\n{smartie}"
        choices = tuple(
            (value, words[f"{key}.choice.{value or 'none'}"]) for value, _label in item.choices
        )
        return replace(item, label=words[f"{key}.label"], help=help_text, choices=choices)

    return tuple(
        replace(
            section,
            title=words[f"{section.id}.title"],
            help=words[f"{section.id}.help"],
            fields=tuple(field(section, item) for item in section.fields),
        )
        for section in SECTIONS
    )


def section_in(language: str, section_id: str) -> MouSection:
    return next(section for section in sections_in(language) if section.id == section_id)


def scope_from_request(ask: str, timeframe: str) -> dict[str, str]:
    """A first "what it will do", from what they asked for and for how long.

    What it will not do, and what neither party can do alone, are for the partners to
    write together: the check asks for them."""
    will_do = "\n".join(part.strip() for part in (ask, timeframe) if part.strip())
    return {"will_do": will_do} if will_do else {}


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

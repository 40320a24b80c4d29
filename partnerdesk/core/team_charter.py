"""The team charter (issue 19): how the partners will work together, in four parts.

The four parts are the toolkit's (seed 001, "develop a team charter": the goal; how goals,
expectations and values are agreed; how challenging situations are handled; expectations
for meetings, minutes and so on). The help and the examples are ours, in plain words, from
the community organization's side. Each part is one free text; the editor saves it as the
user types, and the Word export (on its own, or as an annex of the MOU) prints the parts
that have words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerdesk.core.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CharterPart:
    id: str  # the stored column's name, too
    title: str  # the heading, in the editor and in Word
    help: str  # what to write, shown above the box
    example: str  # one short example, shown under the help


# Marked for lupdate: the editor shows them in the screen's language (issue 21); the
# documents take their titles from the document words ("charter.part.…").
PARTS: tuple[CharterPart, ...] = (
    CharterPart(
        "goal",
        QT_TRANSLATE_NOOP("CharterPart", "The goal of our partnership"),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "What do we want to achieve together, and for whom? Write it so that anyone in "
            "either organization, and anyone in the community, could understand it. Say how we "
            "will know we got there.",
        ),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "Example: Families on the east side can see a nurse close to home. By the end of "
            "next year, 300 parents come to a monthly health evening at our community center.",
        ),
    ),
    CharterPart(
        "agreeing",
        QT_TRANSLATE_NOOP("CharterPart", "How we agree on goals, expectations and values"),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "How will both organizations make decisions together, so that our voice counts as "
            "much as theirs? Who takes part, how do we decide when we do not all agree, and "
            "which values do we hold each other to?",
        ),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "Example: We decide together at our monthly meeting. Each organization has one "
            "voice, and community members on our advisory group speak first. We write down "
            "what we decided in the minutes.",
        ),
    ),
    CharterPart(
        "challenges",
        QT_TRANSLATE_NOOP("CharterPart", "How we deal with challenging situations"),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "Things will go wrong sometimes: a missed deadline, a disagreement, a change of "
            "staff. How do we raise a problem early, and whom do we talk to first? What happens "
            "if we still cannot agree?",
        ),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "Example: Either side can raise a concern at any time, first with the other's "
            "contact person. If it is not settled within two weeks, both directors meet. We "
            "talk about problems face to face, never first by e-mail.",
        ),
    ),
    CharterPart(
        "meetings",
        QT_TRANSLATE_NOOP("CharterPart", "Meetings, minutes and keeping in touch"),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "How often do we meet, where and when, so that community members can come too? "
            "Who writes the minutes and by when are they shared? How do we keep each other "
            "informed between meetings?",
        ),
        QT_TRANSLATE_NOOP(
            "CharterPart",
            "Example: We meet on the first Tuesday of each month at 6 pm, at our center, with "
            "childcare. The hospital's coordinator writes the minutes and sends them to "
            "everyone within a week.",
        ),
    ),
)
PART_BY_ID = {part.id: part for part in PARTS}
PART_IDS = tuple(part.id for part in PARTS)


@dataclass(frozen=True)
class TeamCharter:
    """A request's charter as documents print it: both organizations and the four texts."""

    request_title: str
    our_organization: str
    their_organization: str
    texts: dict[str, str] = field(default_factory=dict)  # part id -> text

    @property
    def title(self) -> str:
        we = self.our_organization or "Our organization"
        they = self.their_organization or "our partner"
        return f"Team charter: {we} and {they}"

    def written_parts(self) -> list[tuple[CharterPart, str]]:
        """The parts that have words, in order, with their text."""
        return [
            (part, self.texts[part.id].strip())
            for part in PARTS
            if self.texts.get(part.id, "").strip()
        ]

    @property
    def is_empty(self) -> bool:
        return not self.written_parts()

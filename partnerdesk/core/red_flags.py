"""Red flags and the readiness summary for a partnership request.

Pure rules over plain facts (no Qt, no SQL): a service gathers :class:`VettingFacts` from the
request, its organization and its answers, and the screens show what comes back.

How the rules read an answer (decided once, used by every rule):

* An answer *counts as answered* when their answer has text. Rules that ask "did they
  answer or explain at all?" use this (data ownership, why now): a poor answer is still an
  answer, and its rating shows up as a concern in the readiness summary instead.
* An answer *counts as a usable plan or statement* when it has text and we did not rate it
  Weak or a Concern. Rules that ask "does the thing exist?" use this (a plan for when the
  funding ends, a values statement): "we will look for more funding", rated Weak, is not a
  plan we can count on.
* Whether they have lived their stated values is read from our rating beside their answer
  to the values question (shown, partly, not shown, don't know), never from whether some
  text was written: "we have not seen them share a decision" is text, and no sign at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from partnerdesk.core.choices import Acknowledgement, ParticipationLevel, Rating, ValuesShown

if TYPE_CHECKING:  # the bank's loader needs PyYAML, which the rules do not
    from partnerdesk.core.question_bank import QuestionBank

# The bank questions each rule looks at (ids from resources/question_bank.yaml).
WHY_NOW = "hard.why-now"
FUNDING_RUNS_OUT = "hard.funding-runs-out"
VALUES_STATEMENT = "hard.values-statement"
AFTER_FUNDING = "sustainability.after-funding"
DATA_OWNERSHIP = "data.ownership"
LEVEL_OFFERED = "participation.level-offered"
HARMS_ACKNOWLEDGED = "history.acknowledged"

# "Within a year": a funding end this many days away or fewer raises the flag.
FUNDING_ENDS_SOON_DAYS = 365
# A first contact longer ago than this is a relationship, not a cold approach.
PRIOR_RELATIONSHIP_DAYS = 365
# Steps on the participation spectrum between what they offer and what we want that make
# a gap worth raising: Consult for Collaborate, Involve for Empower (one step is a detail to
# talk through, not a flag).
PARTICIPATION_GAP_STEPS = 2

_NOT_USABLE = (Rating.WEAK, Rating.CONCERN)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# What each IAP2 level promises the community, in plain words (seed 001's spectrum).
_PROMISE = {
    ParticipationLevel.INFORM: "they keep you informed",
    ParticipationLevel.CONSULT: "they ask for your feedback, then decide on their own",
    ParticipationLevel.INVOLVE: "your concerns shape the options they decide between",
    ParticipationLevel.COLLABORATE: "you shape the solutions and decide together",
    ParticipationLevel.EMPOWER: "the final decision is yours",
}


@dataclass(frozen=True)
class AnswerFacts:
    """What we recorded for one question: their answer, our evidence, our rating."""

    their_answer: str = ""
    our_evidence: str = ""
    rating: Rating = Rating.NOT_ASKED
    # Only for the values question: have they shown those values? None: not rated yet.
    values_shown: ValuesShown | None = None

    @property
    def is_answered(self) -> bool:
        return bool(self.their_answer.strip())

    @property
    def is_usable(self) -> bool:
        return self.is_answered and self.rating not in _NOT_USABLE

    @property
    def is_started(self) -> bool:
        """Anything recorded at all: an answer, evidence, or a rating."""
        recorded = self.is_answered or bool(self.our_evidence.strip())
        rated = self.rating is not Rating.NOT_ASKED or self.values_shown is not None
        return recorded or rated


@dataclass(frozen=True)
class VettingFacts:
    """Everything the rules look at for one request, gathered by the caller."""

    today: date
    funding_ends_on: date | None = None
    plan_when_funding_ends: str = ""
    participation_offered: ParticipationLevel | None = None
    participation_wanted: ParticipationLevel | None = None
    values_statement: str = ""
    has_prior_relationship: bool = False
    # Years the organization has been in our community, to say so in the "why now" flag.
    years_in_community: int | None = None
    answers: Mapping[str, AnswerFacts] = field(default_factory=dict)
    # Titles of history entries whose harm or broken promise is not (fully) acknowledged.
    unacknowledged_harms: Sequence[str] = ()

    def answer(self, question_id: str) -> AnswerFacts:
        return self.answers.get(question_id, AnswerFacts())


@dataclass(frozen=True)
class RedFlag:
    """A reason to slow down, in words a CBO director reads; linked to the question to ask."""

    code: str
    title: str
    explanation: str
    question_id: str | None


def has_prior_relationship(
    history_entries: int, first_contact_on: date | None, today: date
) -> bool:
    """Any shared history, or a first contact more than a year before today."""
    if history_entries > 0:
        return True
    return (
        first_contact_on is not None and (today - first_contact_on).days > PRIOR_RELATIONSHIP_DAYS
    )


def is_unacknowledged_harm(harm_or_broken_promise: str, acknowledgement: Acknowledgement) -> bool:
    """A recorded harm not fully acknowledged, or an entry marked (partly) unacknowledged.

    "Not known" and "Nothing to acknowledge" beside a written harm still count: a harm we
    wrote down and cannot show was acknowledged is worth raising.
    """
    if acknowledgement in (Acknowledgement.NOT_ACKNOWLEDGED, Acknowledgement.PARTLY):
        return True
    return (
        bool(harm_or_broken_promise.strip()) and acknowledgement is not Acknowledgement.ACKNOWLEDGED
    )


def format_date(day: date) -> str:
    """ "20 Aug 2027": unambiguous everywhere, and independent of the system locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# Each flag's code (stable: the screens and tests rely on it), title, and question to ask.
_FLAGS = {
    "no-funding-end-plan": ("No plan for when the funding ends", FUNDING_RUNS_OUT),
    "funding-ends-soon": ("The funding ends within a year", FUNDING_RUNS_OUT),
    "participation-gap": ("They offer far less say than you want", LEVEL_OFFERED),
    "no-data-ownership-answer": ("No answer on who owns the data", DATA_OWNERSHIP),
    "no-values-statement": ("No values statement", VALUES_STATEMENT),
    "values-not-demonstrated": ("No sign their values are lived", VALUES_STATEMENT),
    "no-why-now": ("No explanation of why now", WHY_NOW),
    "unacknowledged-harm": ("Past harm not acknowledged", HARMS_ACKNOWLEDGED),
}


def _flag(code: str, explanation: str) -> RedFlag:
    title, question_id = _FLAGS[code]
    return RedFlag(code, title, explanation, question_id)


def _no_funding_end_plan(facts: VettingFacts) -> RedFlag | None:
    answers = [facts.answer(FUNDING_RUNS_OUT), facts.answer(AFTER_FUNDING)]
    if facts.plan_when_funding_ends.strip() or any(answer.is_usable for answer in answers):
        return None
    if any(answer.is_answered for answer in answers):
        detail = "What they have said so far is rated weak or a concern, so it is not a plan yet."
    else:
        detail = "They have not said what happens when the money stops."
    ask = "Ask what will happen to the work, and to the people you serve, when the money stops."
    return _flag("no-funding-end-plan", f"{detail} {ask}")


def _funding_ends_soon(facts: VettingFacts) -> RedFlag | None:
    if facts.funding_ends_on is None:
        return None
    days_left = (facts.funding_ends_on - facts.today).days
    if days_left > FUNDING_ENDS_SOON_DAYS:
        return None
    when = format_date(facts.funding_ends_on)
    if days_left < 0:
        return _flag(
            "funding-ends-soon",
            f"Their funding ended on {when}. Ask how this work is paid for now, and what "
            "happens to the families you serve if it stops.",
        )
    soon = "today" if days_left == 0 else f"on {when}, less than a year from now"
    return _flag(
        "funding-ends-soon",
        f"Their funding ends {soon}. Ask what happens to the families you serve when it does.",
    )


def _participation_gap(facts: VettingFacts) -> RedFlag | None:
    offered, wanted = facts.participation_offered, facts.participation_wanted
    if offered is None or wanted is None:
        return None  # Without both levels there is no gap to speak of yet.
    if wanted.rank - offered.rank < PARTICIPATION_GAP_STEPS:
        return None
    return _flag(
        "participation-gap",
        f"They offer {offered.label}: {_PROMISE[offered]}. You want {wanted.label}: "
        f"{_PROMISE[wanted]}. Ask whether they will share planning and decisions with you.",
    )


def _no_data_ownership_answer(facts: VettingFacts) -> RedFlag | None:
    if facts.answer(DATA_OWNERSHIP).is_answered:
        return None
    return _flag(
        "no-data-ownership-answer",
        "They have not said who will own the information about the people you serve. "
        "Agree on it in writing before any data is collected or shared.",
    )


def _has_values_statement(facts: VettingFacts) -> bool:
    return bool(facts.values_statement.strip()) or facts.answer(VALUES_STATEMENT).is_usable


def _no_values_statement(facts: VettingFacts) -> RedFlag | None:
    if _has_values_statement(facts):
        return None
    return _flag(
        "no-values-statement",
        "You have no values statement from them. Ask what their organization stands for, "
        "in writing.",
    )


def _values_not_demonstrated(facts: VettingFacts) -> RedFlag | None:
    # Without a statement, "no values statement" already says it; one flag is enough.
    if not _has_values_statement(facts):
        return None
    shown = facts.answer(VALUES_STATEMENT).values_shown
    if shown in (ValuesShown.SHOWN, ValuesShown.PARTLY):
        return None
    if shown is ValuesShown.NOT_SHOWN:
        detail = "They have a values statement, but you have not seen them live it."
    elif shown is ValuesShown.DONT_KNOW:
        detail = "They have a values statement, but you do not know yet whether they live it."
    else:
        detail = (
            "They have a values statement, but you have not yet said whether they have shown "
            "it in what they do (rate it beside their answer)."
        )
    return _flag(
        "values-not-demonstrated",
        f"{detail} Ask for real examples, ideally ones your community has seen for itself.",
    )


def _no_why_now(facts: VettingFacts) -> RedFlag | None:
    if facts.has_prior_relationship or facts.answer(WHY_NOW).is_answered:
        return None
    years = facts.years_in_community
    since = f"They have been in your community for {years} years, but you" if years else "You"
    return _flag(
        "no-why-now",
        f"{since} have no history with them, and they have not explained why they are "
        "reaching out now. Ask them: a new grant deadline is not the same as a commitment.",
    )


def _unacknowledged_harm(facts: VettingFacts) -> RedFlag | None:
    titles = [title.strip() or "untitled" for title in facts.unacknowledged_harms]
    if not titles:
        return None
    listed = "; ".join(f"“{title}”" for title in titles)
    what = f"{len(titles)} past harms or broken promises have"
    if len(titles) == 1:
        what = "A past harm or broken promise has"
    return _flag(
        "unacknowledged-harm",
        f"{what} not been acknowledged: {listed}. Ask them to name it and say what they have "
        "done about it before going further.",
    )


RULES = (
    _no_funding_end_plan,
    _funding_ends_soon,
    _participation_gap,
    _no_data_ownership_answer,
    _no_values_statement,
    _values_not_demonstrated,
    _no_why_now,
    _unacknowledged_harm,
)


def red_flags(facts: VettingFacts) -> list[RedFlag]:
    """Every flag that applies, in a fixed order (money, say, data, values, history)."""
    return [flag for rule in RULES if (flag := rule(facts)) is not None]


class ReadinessState(StrEnum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    ANSWERED = "Answered"
    CONCERNS = "Concerns"


@dataclass(frozen=True)
class CategoryReadiness:
    """Where one category of the bank stands for a request."""

    category_id: str
    title: str
    answered: int
    total: int
    concerns: int
    state: ReadinessState
    explanation: str


def readiness_by_category(
    bank: QuestionBank, answers: Mapping[str, AnswerFacts]
) -> list[CategoryReadiness]:
    """Per category, in bank order: how many questions have anything recorded, and a state.

    A question counts as answered once anything is recorded for it (their answer, our
    evidence or a rating): sometimes what we saw says more than what they said. Any answer
    rated a Concern makes the whole category "Concerns", however many are answered.
    """
    summary: list[CategoryReadiness] = []
    grouped = bank.by_category()
    for category in bank.categories:
        recorded = [answers[q.id] for q in grouped[category.id] if q.id in answers]
        total = len(grouped[category.id])
        answered = sum(1 for answer in recorded if answer.is_started)
        concerns = sum(1 for answer in recorded if answer.rating is Rating.CONCERN)
        state, explanation = _readiness_state(answered, total, concerns)
        summary.append(
            CategoryReadiness(
                category.id, category.title, answered, total, concerns, state, explanation
            )
        )
    return summary


def _readiness_state(answered: int, total: int, concerns: int) -> tuple[ReadinessState, str]:
    progress = f"{answered} of {total} answered"
    if concerns:
        what = "1 answer is" if concerns == 1 else f"{concerns} answers are"
        return (
            ReadinessState.CONCERNS,
            f"{what} rated a concern ({progress}). Talk it through before deciding.",
        )
    if total == 0:
        return ReadinessState.NOT_STARTED, "There are no questions here yet."
    if answered == 0:
        return ReadinessState.NOT_STARTED, f"None of the {total} questions has been asked yet."
    if answered < total:
        return ReadinessState.IN_PROGRESS, f"{progress} so far."
    return ReadinessState.ANSWERED, f"All {total} questions answered, with no concerns."

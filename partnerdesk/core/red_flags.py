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
from functools import cache
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


def format_date(day: date, language: str = "en") -> str:
    """ "20 Aug 2027": unambiguous everywhere, and independent of the system locale; in
    another language as the screen writes its other dates ("1 sept 2027"): the window's
    own date writer (Qt), so the flags agree with the page around them (review #22)."""
    if language != "en":
        from partnerdesk.core.dates import friendly_date

        return friendly_date(day, language)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


FLAGS_FILE = "red_flags.yaml"

# The flags' words in English, kept in code so the vetting screen needs no YAML to show
# them; resources/red_flags.yaml holds the same keys and words (a test keeps them equal),
# and every other language its own file (resources/es/red_flags.yaml). {name} marks what
# the rule puts in.
MESSAGES = {
    "no-funding-end-plan.title": "No plan for when the funding ends",
    "no-funding-end-plan.weak": "What they have said so far is rated weak or a concern, so it "
    "is not a plan yet.",
    "no-funding-end-plan.unanswered": "They have not said what happens when the money stops.",
    "no-funding-end-plan.ask": "Ask what will happen to the work, and to the people you serve, "
    "when the money stops.",
    "funding-ends-soon.title": "The funding ends within a year",
    "funding-ends-soon.ended": "Their funding ended on {when}. Ask how this work is paid for "
    "now, and what happens to the families you serve if it stops.",
    "funding-ends-soon.today": "Their funding ends today. Ask what happens to the families "
    "you serve when it does.",
    "funding-ends-soon.within": "Their funding ends on {when}, less than a year from now. Ask "
    "what happens to the families you serve when it does.",
    "participation-gap.title": "They offer far less say than you want",
    "participation-gap.explanation": "They offer {offered}: {offered_promise}. You want "
    "{wanted}: {wanted_promise}. Ask whether they will share planning and decisions with you.",
    "level.inform": "Inform",
    "level.consult": "Consult",
    "level.involve": "Involve",
    "level.collaborate": "Collaborate",
    "level.empower": "Empower",
    "promise.inform": "they keep you informed",
    "promise.consult": "they ask for your feedback, then decide on their own",
    "promise.involve": "your concerns shape the options they decide between",
    "promise.collaborate": "you shape the solutions and decide together",
    "promise.empower": "the final decision is yours",
    "no-data-ownership-answer.title": "No answer on who owns the data",
    "no-data-ownership-answer.explanation": "They have not said who will own the information "
    "about the people you serve. Agree on it in writing before any data is collected or "
    "shared.",
    "no-values-statement.title": "No values statement",
    "no-values-statement.explanation": "You have no values statement from them. Ask what "
    "their organization stands for, in writing.",
    "values-not-demonstrated.title": "No sign their values are lived",
    "values-not-demonstrated.not-shown": "They have a values statement, but you have not seen "
    "them live it.",
    "values-not-demonstrated.dont-know": "They have a values statement, but you do not know "
    "yet whether they live it.",
    "values-not-demonstrated.not-rated": "They have a values statement, but you have not yet "
    "said whether they have shown it in what they do (rate it beside their answer).",
    "values-not-demonstrated.ask": "Ask for real examples, ideally ones your community has "
    "seen for itself.",
    "no-why-now.title": "No explanation of why now",
    "no-why-now.years": "They have been in your community for {years} years, but you have no "
    "history with them, and they have not explained why they are reaching out now. Ask them: "
    "a new grant deadline is not the same as a commitment.",
    "no-why-now.explanation": "You have no history with them, and they have not explained why "
    "they are reaching out now. Ask them: a new grant deadline is not the same as a "
    "commitment.",
    "unacknowledged-harm.title": "Past harm not acknowledged",
    "unacknowledged-harm.one": "A past harm or broken promise has not been acknowledged: "
    "{listed}. Ask them to name it and say what they have done about it before going further.",
    "unacknowledged-harm.many": "{count} past harms or broken promises have not been "
    "acknowledged: {listed}. Ask them to name it and say what they have done about it before "
    "going further.",
    "unacknowledged-harm.untitled": "untitled",
    "readiness.not-started": "Not started",
    "readiness.in-progress": "In progress",
    "readiness.answered": "Answered",
    "readiness.concerns": "Concerns",
    "readiness.one-concern": "1 answer is rated a concern ({answered} of {total} answered). "
    "Talk it through before deciding.",
    "readiness.many-concerns": "{concerns} answers are rated a concern ({answered} of {total} "
    "answered). Talk it through before deciding.",
    "readiness.no-questions": "There are no questions here yet.",
    "readiness.none-asked": "None of the {total} questions has been asked yet.",
    "readiness.so-far": "{answered} of {total} answered so far.",
    "readiness.all-answered": "All {total} questions answered, with no concerns.",
}


@cache
def flag_words(language: str) -> dict[str, str]:
    """The flags' and readiness words in ``language`` (English from the code, others from
    resources/LANG/red_flags.yaml)."""
    if language == "en":
        return MESSAGES
    import yaml  # only when the flags are asked for in another language

    from partnerdesk.shipped_files import resource_in

    path = resource_in(language, FLAGS_FILE)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{path.name} ({language}) should be lines of the form key: text.")
    return {str(key): " ".join(str(text).split()) for key, text in raw.items()}


class _Words:
    """The words of one language, and the date format that goes with them: on screen the
    short form of the page around them, in a document's running text the long one
    ("December 4, 2026", "4 de diciembre de 2026") as the rest of the document."""

    def __init__(self, language: str, in_document: bool = False) -> None:
        self.language = language
        self.in_document = in_document
        self.words = flag_words(language)

    def __call__(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def quoted(self, text: str) -> str:
        """In the language's quotation marks: “…” in English, «…» in Spanish."""
        return f"«{text}»" if self.language == "es" else f"“{text}”"

    def date(self, day: date) -> str:
        if self.in_document:
            from partnerdesk.core.dates import document_date  # in the document's language

            return document_date(day)
        return format_date(day, self.language)


# The question each flag sends the user to.
_FLAGS = {
    "no-funding-end-plan": FUNDING_RUNS_OUT,
    "funding-ends-soon": FUNDING_RUNS_OUT,
    "participation-gap": LEVEL_OFFERED,
    "no-data-ownership-answer": DATA_OWNERSHIP,
    "no-values-statement": VALUES_STATEMENT,
    "values-not-demonstrated": VALUES_STATEMENT,
    "no-why-now": WHY_NOW,
    "unacknowledged-harm": HARMS_ACKNOWLEDGED,
}


def _flag(say: _Words, code: str, explanation: str) -> RedFlag:
    return RedFlag(code, say(f"{code}.title"), explanation, _FLAGS[code])


def _no_funding_end_plan(facts: VettingFacts, say: _Words) -> RedFlag | None:
    answers = [facts.answer(FUNDING_RUNS_OUT), facts.answer(AFTER_FUNDING)]
    if facts.plan_when_funding_ends.strip() or any(answer.is_usable for answer in answers):
        return None
    if any(answer.is_answered for answer in answers):
        detail = say("no-funding-end-plan.weak")
    else:
        detail = say("no-funding-end-plan.unanswered")
    return _flag(say, "no-funding-end-plan", f"{detail} {say('no-funding-end-plan.ask')}")


def _funding_ends_soon(facts: VettingFacts, say: _Words) -> RedFlag | None:
    if facts.funding_ends_on is None:
        return None
    days_left = (facts.funding_ends_on - facts.today).days
    if days_left > FUNDING_ENDS_SOON_DAYS:
        return None
    when = say.date(facts.funding_ends_on)
    if days_left < 0:
        return _flag(say, "funding-ends-soon", say("funding-ends-soon.ended", when=when))
    if days_left == 0:
        return _flag(say, "funding-ends-soon", say("funding-ends-soon.today"))
    return _flag(say, "funding-ends-soon", say("funding-ends-soon.within", when=when))


def _participation_gap(facts: VettingFacts, say: _Words) -> RedFlag | None:
    offered, wanted = facts.participation_offered, facts.participation_wanted
    if offered is None or wanted is None:
        return None  # Without both levels there is no gap to speak of yet.
    if wanted.rank - offered.rank < PARTICIPATION_GAP_STEPS:
        return None
    return _flag(
        say,
        "participation-gap",
        say(
            "participation-gap.explanation",
            offered=say(f"level.{offered.value}"),
            offered_promise=say(f"promise.{offered.value}"),
            wanted=say(f"level.{wanted.value}"),
            wanted_promise=say(f"promise.{wanted.value}"),
        ),
    )


def _no_data_ownership_answer(facts: VettingFacts, say: _Words) -> RedFlag | None:
    if facts.answer(DATA_OWNERSHIP).is_answered:
        return None
    return _flag(say, "no-data-ownership-answer", say("no-data-ownership-answer.explanation"))


def _has_values_statement(facts: VettingFacts) -> bool:
    return bool(facts.values_statement.strip()) or facts.answer(VALUES_STATEMENT).is_usable


def _no_values_statement(facts: VettingFacts, say: _Words) -> RedFlag | None:
    if _has_values_statement(facts):
        return None
    return _flag(say, "no-values-statement", say("no-values-statement.explanation"))


def _values_not_demonstrated(facts: VettingFacts, say: _Words) -> RedFlag | None:
    # Without a statement, "no values statement" already says it; one flag is enough.
    if not _has_values_statement(facts):
        return None
    shown = facts.answer(VALUES_STATEMENT).values_shown
    if shown in (ValuesShown.SHOWN, ValuesShown.PARTLY):
        return None
    if shown is ValuesShown.NOT_SHOWN:
        detail = say("values-not-demonstrated.not-shown")
    elif shown is ValuesShown.DONT_KNOW:
        detail = say("values-not-demonstrated.dont-know")
    else:
        detail = say("values-not-demonstrated.not-rated")
    ask = say("values-not-demonstrated.ask")
    return _flag(say, "values-not-demonstrated", f"{detail} {ask}")


def _no_why_now(facts: VettingFacts, say: _Words) -> RedFlag | None:
    if facts.has_prior_relationship or facts.answer(WHY_NOW).is_answered:
        return None
    years = facts.years_in_community
    explanation = say("no-why-now.years", years=years) if years else say("no-why-now.explanation")
    return _flag(say, "no-why-now", explanation)


def _unacknowledged_harm(facts: VettingFacts, say: _Words) -> RedFlag | None:
    untitled = say("unacknowledged-harm.untitled")
    titles = [title.strip() or untitled for title in facts.unacknowledged_harms]
    if not titles:
        return None
    listed = "; ".join(say.quoted(title) for title in titles)
    if len(titles) == 1:
        explanation = say("unacknowledged-harm.one", listed=listed)
    else:
        explanation = say("unacknowledged-harm.many", count=len(titles), listed=listed)
    return _flag(say, "unacknowledged-harm", explanation)


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


def red_flags(
    facts: VettingFacts, language: str = "en", *, in_document: bool = False
) -> list[RedFlag]:
    """Every flag that applies, in a fixed order (money, say, data, values, history), in
    the words of ``language``; ``in_document``: for a document being written (inside
    ``writing_in(language)``), its dates spelled out."""
    say = _Words(language, in_document)
    return [flag for rule in RULES if (flag := rule(facts, say)) is not None]


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
    # The state's name in the language asked for ("Inquietudes"), for the screen.
    state_words: str = ""


def readiness_by_category(
    bank: QuestionBank, answers: Mapping[str, AnswerFacts], language: str = "en"
) -> list[CategoryReadiness]:
    """Per category, in bank order: how many questions have anything recorded, and a state.

    A question counts as answered once anything is recorded for it (their answer, our
    evidence or a rating): sometimes what we saw says more than what they said. Any answer
    rated a Concern makes the whole category "Concerns", however many are answered. The
    explanations are in ``language``.
    """
    say = _Words(language)
    summary: list[CategoryReadiness] = []
    grouped = bank.by_category()
    for category in bank.categories:
        recorded = [answers[q.id] for q in grouped[category.id] if q.id in answers]
        total = len(grouped[category.id])
        answered = sum(1 for answer in recorded if answer.is_started)
        concerns = sum(1 for answer in recorded if answer.rating is Rating.CONCERN)
        state, explanation = _readiness_state(answered, total, concerns, say)
        summary.append(
            CategoryReadiness(
                category.id,
                category.title,
                answered,
                total,
                concerns,
                state,
                explanation,
                readiness_words(state, language),
            )
        )
    return summary


def readiness_words(state: ReadinessState, language: str = "en") -> str:
    """The state's name in ``language`` ("Concerns", "Inquietudes")."""
    key = {
        ReadinessState.NOT_STARTED: "readiness.not-started",
        ReadinessState.IN_PROGRESS: "readiness.in-progress",
        ReadinessState.ANSWERED: "readiness.answered",
        ReadinessState.CONCERNS: "readiness.concerns",
    }[state]
    return flag_words(language)[key]


def _readiness_state(
    answered: int, total: int, concerns: int, say: _Words
) -> tuple[ReadinessState, str]:
    if concerns:
        key = "readiness.one-concern" if concerns == 1 else "readiness.many-concerns"
        return (
            ReadinessState.CONCERNS,
            say(key, concerns=concerns, answered=answered, total=total),
        )
    if total == 0:
        return ReadinessState.NOT_STARTED, say("readiness.no-questions")
    if answered == 0:
        return ReadinessState.NOT_STARTED, say("readiness.none-asked", total=total)
    if answered < total:
        return ReadinessState.IN_PROGRESS, say("readiness.so-far", answered=answered, total=total)
    return ReadinessState.ANSWERED, say("readiness.all-answered", total=total)

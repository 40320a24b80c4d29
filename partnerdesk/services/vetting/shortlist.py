"""The questions picked for a request's next conversation: its shortlist.

Until the user picks, the shortlist is the three hard questions (the seed's "000"): they
are what a first conversation must not skip. The user may add any topic or single
question, or take some away. The question form sent to the requester, and the internal
"questions to ask" sheet, follow the shortlist.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partnerdesk.core.forms import QuestionChoice
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.overview import bank_in, shipped_bank, shown_wording
from partnerdesk.services.vetting.questions import ensure_question_bank
from partnerdesk.store.models import ShortlistedQuestion, VettingAnswer, VettingQuestion

# The topic whose questions are on every shortlist until the user picks otherwise.
HARD_TOPIC = "hard"
# The shortlist shows on the vetting screen only, with the answers.
SHORTLIST_CHANGED = Changes.of(Detail.ANSWERS)


@dataclass(frozen=True)
class ShortlistQuestion:
    key: str
    number: int  # the question's number on forms: stable, never reused
    text: str
    answered: bool  # they have answered it already
    chosen: bool


@dataclass(frozen=True)
class ShortlistTopic:
    id: str
    title: str
    questions: tuple[ShortlistQuestion, ...]


@dataclass(frozen=True)
class Shortlist:
    request_id: int
    title: str
    topics: tuple[ShortlistTopic, ...]
    # False while the user has not picked: the hard questions are chosen by default.
    picked: bool

    def chosen(self) -> list[str]:
        return [q.key for topic in self.topics for q in topic.questions if q.chosen]


@dataclass(frozen=True)
class AskedQuestion:
    """A question as the form and the sheet ask it: worded for this organization."""

    key: str
    number: int
    topic: str
    text: str
    help: str
    answered: bool


def read_shortlist(database: Database, request_id: int, language: str = "en") -> Shortlist:
    """Every question in use, by topic, with the ones on the shortlist ticked; the topics
    and the shipped wording in ``language`` (the screen's), the user's own as written."""
    translated = bank_in(language)
    with database.session() as session:
        request = get_request(session, request_id)
        asked = questions_of(session, request_id, QuestionChoice.ALL, language)
        picked = set(picked_questions(session, request_id))
        chosen = picked or {q.key for q in asked if q.topic == HARD_TOPIC}
        topics = []
        for category in shipped_bank().categories:
            if translated is not None:
                category = translated.category(category.id) or category
            lines = tuple(
                ShortlistQuestion(q.key, q.number, q.text, q.answered, q.key in chosen)
                for q in asked
                if q.topic == category.id
            )
            if lines:
                topics.append(ShortlistTopic(category.id, category.title, lines))
        return Shortlist(request_id, request.title, tuple(topics), bool(picked))


def save_shortlist(database: Database, request_id: int, keys: Collection[str]) -> Changes:
    """Keep these questions (by key) as the request's shortlist."""
    if not keys:
        raise InvalidInputError(translate("Refusals", "Tick at least one question for the form."))
    with database.session() as session:
        get_request(session, request_id)
        questions = {
            question.key: question.id
            for question in session.scalars(
                select(VettingQuestion).where(VettingQuestion.key.in_(list(keys)))
            )
        }
        missing = set(keys) - set(questions)
        if missing:
            raise InvalidInputError(
                translate(
                    "Refusals",
                    "Some of these questions are no longer in the question bank. Open the "
                    "list again and choose once more.",
                )
            )
        wanted = set(questions.values())
        current = set(
            session.scalars(
                select(ShortlistedQuestion.question_id).where(
                    ShortlistedQuestion.request_id == request_id
                )
            )
        )
        if wanted == current:
            return Changes()
        session.execute(
            delete(ShortlistedQuestion).where(
                ShortlistedQuestion.request_id == request_id,
                ShortlistedQuestion.question_id.in_(current - wanted),
            )
        )
        for question_id in sorted(wanted - current):
            session.add(ShortlistedQuestion(request_id=request_id, question_id=question_id))
        session.flush()
        return SHORTLIST_CHANGED


def picked_questions(session: Session, request_id: int) -> list[str]:
    """The keys of the questions the user picked for the request (none: not picked yet)."""
    return list(
        session.scalars(
            select(VettingQuestion.key)
            .join(ShortlistedQuestion, ShortlistedQuestion.question_id == VettingQuestion.id)
            .where(ShortlistedQuestion.request_id == request_id)
            .where(VettingQuestion.retired_at.is_(None))
        )
    )


def questions_of(
    session: Session, request_id: int, choice: QuestionChoice, language: str = "en"
) -> list[AskedQuestion]:
    """The questions ``choice`` names for this request, in the bank's order; worded as the
    screen shows them in ``language`` (``overview.shown_wording``)."""
    translated = bank_in(language)
    request = get_request(session, request_id)
    ensure_question_bank(session, shipped_bank())
    organization = request.organization
    record = RecordFacts(
        years_in_community=organization.years_active_in_community if organization else None
    )
    answered = set(
        session.scalars(
            select(VettingAnswer.question_id).where(
                VettingAnswer.request_id == request_id, VettingAnswer.their_answer != ""
            )
        )
    )
    order = {category.id: index for index, category in enumerate(shipped_bank().categories)}
    stored = sorted(
        session.scalars(select(VettingQuestion).where(VettingQuestion.retired_at.is_(None))),
        key=lambda q: (order.get(q.category, len(order)), q.position, q.id),
    )
    asked = []
    for q in stored:
        text, help_text = shown_wording(q, shipped_bank(), translated)
        worded = fill_placeholders(text, record)
        asked.append(AskedQuestion(q.key, q.id, q.category, worded, help_text, q.id in answered))
    if choice is QuestionChoice.ALL:
        return asked
    if choice is QuestionChoice.OPEN:
        return [q for q in asked if not q.answered]
    hard = [q for q in asked if q.topic == HARD_TOPIC]
    if choice is QuestionChoice.HARD:
        return hard
    picked = set(picked_questions(session, request_id))
    return [q for q in asked if q.key in picked] if picked else hard

"""Everything the vetting screen shows for one request, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, ParticipationLevel, RequestStage
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.red_flags import CategoryReadiness, RedFlag, readiness_by_category, red_flags
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.questions import AnswerForm, ensure_question_bank, vetting_facts
from partnerdesk.store.models import VettingAnswer, VettingQuestion

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import BankCategory, QuestionBank


@dataclass(frozen=True)
class QuestionLine:
    key: str
    category: str
    text: str
    help: str
    answer: AnswerForm | None
    # The wording the answer was given to, when the question has been reworded since.
    text_asked: str = ""


@dataclass(frozen=True)
class VettingOverview:
    request_id: int
    title: str
    organization: str
    stage: RequestStage
    received_on: date | None
    funding_ends_on: date | None
    participation_offered: ParticipationLevel | None
    participation_wanted: ParticipationLevel | None
    flags: list[RedFlag]
    readiness: list[CategoryReadiness]
    categories: list[BankCategory]
    questions: dict[str, list[QuestionLine]]
    decision: Decision | None = None
    decision_reasons: str = ""
    decision_conditions: str = ""
    decided_on: date | None = None

    @property
    def answered(self) -> int:
        return sum(item.answered for item in self.readiness)

    @property
    def total(self) -> int:
        return sum(item.total for item in self.readiness)


@cache
def shipped_bank() -> QuestionBank:
    """The shipped bank, read once per run (parsing it takes about a tenth of a second)."""
    from partnerdesk.core.question_bank import load_question_bank

    return load_question_bank()


def stored_bank(session: Session, shipped: QuestionBank) -> QuestionBank:
    """The bank as the user keeps it: shipped categories, the questions in use (own ones too)."""
    from partnerdesk.core.question_bank import BankQuestion, QuestionBank

    ensure_question_bank(session, shipped)
    questions = session.scalars(
        select(VettingQuestion)
        .where(VettingQuestion.retired_at.is_(None))
        .order_by(VettingQuestion.position, VettingQuestion.id)
    )
    return QuestionBank(
        shipped.version,
        shipped.categories,
        tuple(
            BankQuestion(q.key, q.category, q.text, q.help_text, q.source, index)
            for index, q in enumerate(questions)
        ),
    )


def vetting_overview(
    session: Session, request_id: int, today: date | None = None
) -> VettingOverview:
    request = get_request(session, request_id)
    bank = stored_bank(session, shipped_bank())
    facts = vetting_facts(session, request_id, today)
    answers = {
        answer.question_id: answer
        for answer in session.scalars(
            select(VettingAnswer).where(VettingAnswer.request_id == request_id)
        )
    }
    questions: dict[str, list[QuestionLine]] = {category.id: [] for category in bank.categories}
    record = RecordFacts(years_in_community=facts.years_in_community)
    stored = session.scalars(
        select(VettingQuestion)
        .where(VettingQuestion.retired_at.is_(None))
        .order_by(VettingQuestion.position, VettingQuestion.id)
    )
    for question in stored:
        answer = answers.get(question.id)
        questions.setdefault(question.category, []).append(
            QuestionLine(
                question.key,
                question.category,
                # Asked of this organization: "(X) years" reads with their number.
                fill_placeholders(question.text, record),
                question.help_text,
                AnswerForm(
                    answer.their_answer,
                    answer.our_evidence,
                    answer.rating,
                    answer.asked_by,
                    answer.asked_on,
                )
                if answer is not None
                else None,
                fill_placeholders(answer.question_text_asked, record)
                if answer is not None and answer.question_text_asked != question.text
                else "",
            )
        )
    return VettingOverview(
        request_id=request.id,
        title=request.title,
        organization=request.organization.name if request.organization else "",
        stage=request.stage,
        received_on=request.received_on,
        funding_ends_on=request.funding_ends_on,
        participation_offered=request.participation_offered,
        participation_wanted=request.participation_wanted,
        flags=red_flags(facts),
        readiness=readiness_by_category(bank, facts.answers),
        categories=list(bank.categories),
        questions=questions,
        decision=request.decision,
        decision_reasons=request.decision_reasons,
        decision_conditions=request.decision_conditions,
        decided_on=request.decided_on,
    )

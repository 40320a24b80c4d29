"""Everything the vetting screen shows for one request, read in one go."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.red_flags import readiness_by_category, red_flags

# The overview's plain data lives in core (the vetting summary reads it too); the screens
# import it from here, beside the function that reads it.
from partnerdesk.core.vetting_data import QuestionLine as QuestionLine
from partnerdesk.core.vetting_data import VettingOverview as VettingOverview
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.questions import AnswerForm, ensure_question_bank, vetting_facts
from partnerdesk.store.models import VettingAnswer, VettingQuestion

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import QuestionBank


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

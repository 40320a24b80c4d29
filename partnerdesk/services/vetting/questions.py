"""Vetting a partnership request: the question bank in the store, answers, and red flags."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partnerdesk.core.red_flags import (
    AnswerFacts,
    RedFlag,
    VettingFacts,
    has_prior_relationship,
    is_unacknowledged_harm,
    red_flags,
)
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate

# An answer's plain data lives in core (the screens and the vetting summary read it);
# the screens import it from here, beside the functions that save it.
from partnerdesk.core.vetting_data import AnswerForm as AnswerForm
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.concurrency import differences
from partnerdesk.store.errors import ChangedElsewhereError

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import QuestionBank
    from partnerdesk.store.database import Database
from partnerdesk.store.models import (
    PartnerHistoryEntry,
    PartnershipRequest,
    VettingAnswer,
    VettingQuestion,
)

# An answer shows only on its request's vetting screen (and documents): no list shows one.
ANSWER_CHANGED = Changes.of(Detail.ANSWERS)


def ensure_question_bank(session: Session, bank: QuestionBank | None = None) -> int:
    """Bring the shipped questions into the store; returns how many were added or updated.

    Questions whose wording the user changed (``is_custom``) are left as the user wrote
    them; shipped wording changes bump ``wording_revision`` so answers keep what was asked.
    """
    if bank is None:
        # Imported here: PyYAML is needed only when the bank is actually read.
        from partnerdesk.core.question_bank import load_question_bank

        bank = load_question_bank()
    stored = {question.key: question for question in session.scalars(select(VettingQuestion))}
    changed = 0
    for position, shipped in enumerate(bank.questions):
        question = stored.get(shipped.id)
        if question is None:
            session.add(
                VettingQuestion(
                    key=shipped.id,
                    category=shipped.category,
                    text=shipped.text,
                    help_text=shipped.help,
                    source=shipped.source,
                    position=position,
                )
            )
            changed += 1
        elif not question.is_custom and (
            question.text != shipped.text or question.help_text != shipped.help
        ):
            question.text = shipped.text
            question.help_text = shipped.help
            question.wording_revision += 1
            changed += 1
    session.flush()
    return changed


def question_bank_is_loaded(session: Session) -> bool:
    return bool(session.scalar(select(func.count(VettingQuestion.id))))


def same_answer(first: AnswerForm, second: AnswerForm) -> bool:
    """Whether the two hold the same answer once stored (spaces tidied as saving does)."""
    return _content(first) == _content(second)


def save_answer(
    database: Database,
    request_id: int,
    question_key: str,
    form: AnswerForm,
    base: AnswerForm | None = None,
) -> Changes:
    """Record (or update) the answer to one question, in a transaction of its own.

    Refused (ChangedElsewhereError, nothing written) when someone else saved the answer
    since ``base`` was shown; see ``write_answer``.
    """
    try:
        with database.session() as session:
            return write_answer(session, request_id, question_key, form, base)
    except (IntegrityError, ChangedElsewhereError) as error:
        if isinstance(error, ChangedElsewhereError) and error.theirs is not None:
            raise
        if isinstance(error, IntegrityError) and "unique" not in str(error.orig).lower():
            raise
        # Saved at the same moment as a colleague's save of this answer (a shared
        # database): their first answer took the one place for it (the unique key), or
        # their update moved the row on. The same refusal as any other, with their answer.
        with database.session() as session:
            stored = _answer_form(_stored_answer(session, request_id, question_key))
            if base is None:
                return write_answer(session, request_id, question_key, form)
            raise ChangedElsewhereError(
                "answer", differences(session, stored, form), stored
            ) from error


def _stored_answer(session: Session, request_id: int, question_key: str) -> VettingAnswer | None:
    return session.scalar(
        select(VettingAnswer)
        .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
        .where(VettingAnswer.request_id == request_id, VettingQuestion.key == question_key)
    )


def write_answer(
    session: Session,
    request_id: int,
    question_key: str,
    form: AnswerForm,
    base: AnswerForm | None = None,
) -> Changes:
    """Record (or update) the answer to one question; the wording asked is kept with it.

    ``base`` is the answer as the editor showed it before the user typed (an empty
    AnswerForm when there was none). When the stored answer no longer matches it,
    someone else saved meanwhile: ChangedElsewhereError, nothing written. Contents are
    compared rather than a version, so one person's saves in quick succession (the next
    sent before the page reloaded the last) never refuse each other.
    """
    if session.get(PartnershipRequest, request_id) is None:
        raise RecordMissingError(translate("Refusals", "That request is no longer there."))
    question = session.scalar(select(VettingQuestion).where(VettingQuestion.key == question_key))
    if question is None:
        raise RecordMissingError(
            translate("Refusals", "That question is no longer in the question bank.")
        )
    answer = session.scalar(
        select(VettingAnswer).where(
            VettingAnswer.request_id == request_id, VettingAnswer.question_id == question.id
        )
    )
    if base is not None:
        stored = _answer_form(answer)
        if _content(stored) != _content(base):
            raise ChangedElsewhereError("answer", differences(session, stored, form), stored)
    if answer is None:
        answer = VettingAnswer(request_id=request_id, question_id=question.id)
        session.add(answer)
    answer.question_text_asked = question.text
    answer.question_revision_asked = question.wording_revision
    answer.their_answer = clean_multiline(form.their_answer)
    answer.our_evidence = clean_multiline(form.our_evidence)
    answer.rating = form.rating
    answer.asked_by = form.asked_by.strip()
    answer.asked_on = form.asked_on
    answer.values_shown = form.values_shown
    session.flush()
    return ANSWER_CHANGED


def _answer_form(answer: VettingAnswer | None) -> AnswerForm:
    if answer is None:
        return AnswerForm()
    return AnswerForm(
        answer.their_answer,
        answer.our_evidence,
        answer.rating,
        answer.asked_by,
        answer.asked_on,
        answer.values_shown,
    )


def _content(form: AnswerForm) -> tuple[object, ...]:
    """What is stored of a form: compared as saving would write it."""
    return (
        clean_multiline(form.their_answer),
        clean_multiline(form.our_evidence),
        form.rating,
        form.asked_by.strip(),
        form.asked_on,
        form.values_shown,
    )


def answers_by_key(session: Session, request_id: int) -> dict[str, AnswerFacts]:
    rows = session.execute(
        select(
            VettingQuestion.key,
            VettingAnswer.their_answer,
            VettingAnswer.our_evidence,
            VettingAnswer.rating,
            VettingAnswer.values_shown,
        )
        .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
        .where(VettingAnswer.request_id == request_id)
    )
    return {
        key: AnswerFacts(answer, evidence, rating, values_shown)
        for key, answer, evidence, rating, values_shown in rows
    }


def vetting_facts(session: Session, request_id: int, today: date | None = None) -> VettingFacts:
    request = session.get(PartnershipRequest, request_id)
    if request is None:
        raise RecordMissingError(translate("Refusals", "That request is no longer there."))
    today = today or date.today()
    organization = request.organization
    history = (
        list(
            session.scalars(
                select(PartnerHistoryEntry).where(
                    PartnerHistoryEntry.organization_id == organization.id
                )
            )
        )
        if organization is not None
        else []
    )
    return VettingFacts(
        today=today,
        funding_ends_on=request.funding_ends_on,
        plan_when_funding_ends=request.plan_when_funding_ends,
        participation_offered=request.participation_offered,
        participation_wanted=request.participation_wanted,
        values_statement=organization.values_statement if organization else "",
        has_prior_relationship=has_prior_relationship(
            len(history), organization.first_contact_on if organization else None, today
        ),
        years_in_community=organization.years_active_in_community if organization else None,
        answers=answers_by_key(session, request_id),
        unacknowledged_harms=[
            entry.title
            for entry in history
            if is_unacknowledged_harm(entry.harm_or_broken_promise, entry.acknowledgement)
        ],
    )


def request_red_flags(
    session: Session, request_id: int, today: date | None = None
) -> list[RedFlag]:
    return red_flags(vetting_facts(session, request_id, today))

"""The user's own question bank: add questions, change their wording, retire, reset.

Answers keep the wording they were asked in (``question_text_asked``), so changing a
question never rewrites history; ``wording_revision`` counts the changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.text import clean_multiline
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.vetting.questions import ensure_question_bank
from partnerdesk.store.models import VettingQuestion
from partnerdesk.store.models.base import utc_now

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import QuestionBank

OWN_PREFIX = "own."
BANK_CHANGED = Changes(frozenset({RecordKind.REQUEST}))


@dataclass(frozen=True)
class EditableQuestion:
    key: str
    category: str
    text: str
    help: str
    is_own: bool  # added by the user, not shipped
    is_reworded: bool  # shipped, wording changed by the user
    is_retired: bool


def _find(session: Session, key: str) -> VettingQuestion:
    question = session.scalar(select(VettingQuestion).where(VettingQuestion.key == key))
    if question is None:
        raise RecordMissingError("That question is no longer in the question bank.")
    return question


def _checked_text(text: str) -> str:
    # Questions may span lines in the bank file, but are asked as one paragraph.
    cleaned = " ".join(clean_multiline(text).split())
    if not cleaned:
        raise InvalidInputError("Please write the question.")
    return cleaned


def bank_questions(session: Session, bank: QuestionBank) -> list[EditableQuestion]:
    """Every question, retired ones included, in the order the vetting screen shows them."""
    ensure_question_bank(session, bank)
    return [
        EditableQuestion(
            question.key,
            question.category,
            question.text,
            question.help_text,
            question.key.startswith(OWN_PREFIX),
            question.is_custom and not question.key.startswith(OWN_PREFIX),
            question.retired_at is not None,
        )
        for question in session.scalars(
            select(VettingQuestion).order_by(VettingQuestion.position, VettingQuestion.id)
        )
    ]


def add_question(
    session: Session, bank: QuestionBank, category: str, text: str, help_text: str = ""
) -> tuple[str, Changes]:
    if bank.category(category) is None:
        raise InvalidInputError("Please choose the topic the question belongs to.")
    ensure_question_bank(session, bank)
    cleaned = _checked_text(text)
    number = session.scalar(select(func.count(VettingQuestion.id))) or 0
    key = f"{OWN_PREFIX}{category}.{number + 1}"
    while session.scalar(select(VettingQuestion.id).where(VettingQuestion.key == key)):
        number += 1
        key = f"{OWN_PREFIX}{category}.{number + 1}"
    last = session.scalar(select(func.max(VettingQuestion.position))) or 0
    session.add(
        VettingQuestion(
            key=key,
            category=category,
            text=cleaned,
            help_text=clean_multiline(help_text),
            source="Added by us",
            position=last + 1,
            is_custom=True,
        )
    )
    session.flush()
    return key, BANK_CHANGED


def edit_question(session: Session, key: str, text: str, help_text: str) -> Changes:
    question = _find(session, key)
    cleaned = _checked_text(text)
    cleaned_help = clean_multiline(help_text)
    if cleaned == question.text and cleaned_help == question.help_text:
        return Changes()
    if cleaned != question.text:
        question.wording_revision += 1
    question.text = cleaned
    question.help_text = cleaned_help
    # From now on the shipped wording no longer replaces the user's on upgrade.
    question.is_custom = True
    session.flush()
    return BANK_CHANGED


def retire_question(session: Session, key: str, retired: bool = True) -> Changes:
    """Retired questions leave the vetting screen; answers already given are kept."""
    question = _find(session, key)
    question.retired_at = utc_now() if retired else None
    session.flush()
    return BANK_CHANGED


def reset_to_shipped(session: Session, bank: QuestionBank) -> Changes:
    """Shipped wording and help back, every shipped question in use, our own ones retired.

    Nothing is deleted: answers to our own questions stay with their requests, and a
    retired question can be brought back.
    """
    ensure_question_bank(session, bank)
    stored = {question.key: question for question in session.scalars(select(VettingQuestion))}
    for position, shipped in enumerate(bank.questions):
        question = stored.pop(shipped.id)
        if question.text != shipped.text:
            question.wording_revision += 1
        question.text = shipped.text
        question.help_text = shipped.help
        question.category = shipped.category
        question.position = position
        question.is_custom = False
        question.retired_at = None
    now = utc_now()
    for question in stored.values():
        if question.retired_at is None:
            question.retired_at = now
    session.flush()
    return BANK_CHANGED

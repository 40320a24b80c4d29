"""The user's own question bank: add questions, change their wording, retire, reset.

Answers keep the wording they were asked in (``question_text_asked``), so changing a
question never rewrites history; ``wording_revision`` counts the changes.

Each function taking a ``Database`` opens and commits its own transaction. ``bank`` is the
shipped question bank; by default the one PartnerDesk ships (tests pass their own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.vetting.overview import bank_in, shipped_bank, shown_wording
from partnerdesk.services.vetting.questions import ensure_question_bank
from partnerdesk.store.models import VettingQuestion
from partnerdesk.store.models.base import utc_now

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import QuestionBank
    from partnerdesk.store.database import Database

OWN_PREFIX = "own."
# The questions every request's vetting screen asks; no list shows them.
BANK_CHANGED = Changes.of(Detail.QUESTION_BANK)


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
        raise RecordMissingError(
            translate("Refusals", "That question is no longer in the question bank.")
        )
    return question


def _checked_text(text: str) -> str:
    # Questions may span lines in the bank file, but are asked as one paragraph.
    cleaned = " ".join(clean_multiline(text).split())
    if not cleaned:
        raise InvalidInputError(translate("Refusals", "Please write the question."))
    return cleaned


def bank_topics(bank: QuestionBank | None = None, language: str = "en") -> list[tuple[str, str]]:
    """(id, title) of each topic the questions are grouped under, named in ``language``."""
    bank = bank or shipped_bank()
    translated = bank_in(language)
    return [
        (category.id, ((translated and translated.category(category.id)) or category).title)
        for category in bank.categories
    ]


def bank_questions(
    database: Database, bank: QuestionBank | None = None, language: str = "en"
) -> list[EditableQuestion]:
    """Every question, retired ones included, in the order the vetting screen shows them,
    worded as it shows them in ``language`` (see ``overview.shown_wording``)."""
    with database.session() as session:
        return _bank_questions(session, bank or shipped_bank(), language)


def _bank_questions(
    session: Session, bank: QuestionBank, language: str = "en"
) -> list[EditableQuestion]:
    ensure_question_bank(session, bank)
    translated = bank_in(language)
    english = shipped_bank()
    return [
        EditableQuestion(
            question.key,
            question.category,
            *shown_wording(question, english, translated),
            question.key.startswith(OWN_PREFIX),
            question.is_custom and not question.key.startswith(OWN_PREFIX),
            question.retired_at is not None,
        )
        for question in session.scalars(
            select(VettingQuestion).order_by(VettingQuestion.position, VettingQuestion.id)
        )
    ]


def add_question(
    database: Database,
    category: str,
    text: str,
    help_text: str = "",
    bank: QuestionBank | None = None,
) -> tuple[str, Changes]:
    """Add one of our own questions under a topic; returns its key."""
    bank = bank or shipped_bank()
    if bank.category(category) is None:
        raise InvalidInputError(
            translate("Refusals", "Please choose the topic the question belongs to.")
        )
    cleaned = _checked_text(text)
    with database.session() as session:
        ensure_question_bank(session, bank)
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
    return key, BANK_CHANGED


def edit_question(
    database: Database, key: str, text: str, help_text: str, language: str = "en"
) -> Changes:
    """Change a question's wording or help. ``language``: the one the editor showed them
    in; a shipped wording shown in it and left as it was stays the shipped one (kept in
    English in the store, so it follows the screen's language) rather than become the
    user's own."""
    cleaned = _checked_text(text)
    cleaned_help = clean_multiline(help_text)
    with database.session() as session:
        question = _find(session, key)
        cleaned, cleaned_help = _unless_left_as_shown(question, cleaned, cleaned_help, language)
        if cleaned == question.text and cleaned_help == question.help_text:
            return Changes()
        if cleaned != question.text:
            question.wording_revision += 1
        question.text = cleaned
        question.help_text = cleaned_help
        # From now on the shipped wording no longer replaces the user's on upgrade.
        question.is_custom = True
    return BANK_CHANGED


def _unless_left_as_shown(
    question: VettingQuestion, text: str, help_text: str, language: str
) -> tuple[str, str]:
    """The wording and help to store: what the user left as the editor showed it in
    ``language`` (the shipped translation) is the stored one again."""
    translated = bank_in(language)
    if translated is None:
        return text, help_text
    shown_text, shown_help = shown_wording(question, shipped_bank(), translated)
    if text == _checked_text(shown_text):
        text = question.text
    if help_text == clean_multiline(shown_help):
        help_text = question.help_text
    return text, help_text


def retire_question(database: Database, key: str, retired: bool = True) -> Changes:
    """Retired questions leave the vetting screen; answers already given are kept."""
    with database.session() as session:
        question = _find(session, key)
        question.retired_at = utc_now() if retired else None
    return BANK_CHANGED


def reset_to_shipped(database: Database, bank: QuestionBank | None = None) -> Changes:
    """Shipped wording and help back, every shipped question in use, our own ones retired.

    Nothing is deleted: answers to our own questions stay with their requests, and a
    retired question can be brought back.
    """
    with database.session() as session:
        _reset_to_shipped(session, bank or shipped_bank())
    return BANK_CHANGED


def _reset_to_shipped(session: Session, bank: QuestionBank) -> None:
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

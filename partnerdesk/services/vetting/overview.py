"""Everything the vetting screen shows for one request, read in one go — or in parts.

The screen reads it whole when it opens a request (``request_page_data``). After a change
it re-reads only the part the change names: the answers (``request_answers``: questions,
red flags, readiness), the heading (``request_heading``: title, stage, decision), or the
capacity matrix (``capacity_matrix.request_capacity_matrix``). Everything returned is plain
frozen data, read in one transaction of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.red_flags import CategoryReadiness, RedFlag, readiness_by_category, red_flags

# The overview's plain data lives in core (the vetting summary reads it too); the screens
# import it from here, beside the function that reads it.
from partnerdesk.core.vetting_data import QuestionLine as QuestionLine
from partnerdesk.core.vetting_data import VettingOverview as VettingOverview
from partnerdesk.services.records.requests import StageShown, get_request
from partnerdesk.services.vetting.capacity_matrix import CapacityMatrix, capacity_matrix
from partnerdesk.services.vetting.questions import AnswerForm, ensure_question_bank, vetting_facts
from partnerdesk.store.models import PartnershipRequest, VettingAnswer, VettingQuestion

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import BankCategory, QuestionBank
    from partnerdesk.store.database import Database


@cache
def shipped_bank(language: str = "en") -> QuestionBank:
    """The shipped bank in ``language``, read once per run (parsing it takes about a tenth
    of a second)."""
    from partnerdesk.core.question_bank import load_question_bank

    return load_question_bank(language=language)


def bank_in(language: str) -> QuestionBank | None:
    """The shipped bank in ``language``; None for English, or while that language has no
    bank file yet (the questions are then shown as they are kept)."""
    from partnerdesk.core.question_bank import default_bank_path

    if language == "en" or not default_bank_path(language).is_file():
        return None
    return shipped_bank(language)


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
    session: Session, request_id: int, today: date | None = None, language: str = "en"
) -> VettingOverview:
    """The request's vetting; the shipped questions (those not reworded), their topics, the
    red flags and readiness in ``language`` (the screen's, for the vetting screen)."""
    request = get_request(session, request_id)
    heading = _heading(request)
    answers = _answers(session, request_id, today, language)
    return VettingOverview(
        request_id=heading.request_id,
        title=heading.title,
        organization=heading.organization,
        stage=heading.stage,
        received_on=heading.received_on,
        funding_ends_on=heading.funding_ends_on,
        participation_offered=request.participation_offered,
        participation_wanted=request.participation_wanted,
        flags=answers.flags,
        readiness=answers.readiness,
        categories=answers.categories,
        questions=answers.questions,
        decision=heading.decision,
        decision_reasons=heading.decision_reasons,
        decision_conditions=heading.decision_conditions,
        decided_on=heading.decided_on,
        row_version=heading.row_version,
    )


def _heading(request: PartnershipRequest) -> RequestHeading:
    return RequestHeading(
        request_id=request.id,
        title=request.title,
        organization=request.organization.name if request.organization else "",
        stage=request.stage,
        received_on=request.received_on,
        funding_ends_on=request.funding_ends_on,
        decision=request.decision,
        decision_reasons=request.decision_reasons,
        decision_conditions=request.decision_conditions,
        decided_on=request.decided_on,
        row_version=request.row_version,
    )


def _answers(
    session: Session, request_id: int, today: date | None, language: str = "en"
) -> VettingAnswers:
    english = shipped_bank()
    bank = stored_bank(session, english)
    translated = bank_in(language)
    if translated is not None:
        from partnerdesk.core.question_bank import QuestionBank

        bank = QuestionBank(
            bank.version,
            tuple(translated.category(c.id) or c for c in bank.categories),
            bank.questions,
        )
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
        text, help_text = shown_wording(question, english, translated)
        questions.setdefault(question.category, []).append(
            QuestionLine(
                question.key,
                question.category,
                # Asked of this organization: "(X) years" reads with their number.
                fill_placeholders(text, record),
                help_text,
                AnswerForm(
                    answer.their_answer,
                    answer.our_evidence,
                    answer.rating,
                    answer.asked_by,
                    answer.asked_on,
                    answer.values_shown,
                )
                if answer is not None
                else None,
                fill_placeholders(answer.question_text_asked, record)
                if answer is not None and answer.question_text_asked != question.text
                else "",
            )
        )
    return VettingAnswers(
        request_id=request_id,
        flags=red_flags(facts, language),
        readiness=readiness_by_category(bank, facts.answers, language),
        categories=list(bank.categories),
        questions=questions,
    )


def shown_wording(
    question: VettingQuestion, english: QuestionBank, translated: QuestionBank | None
) -> tuple[str, str]:
    """The question's wording and help as the screen shows them.

    The store keeps the shipped English wording (the bank's sync puts it back on every
    question not reworded), so the language is chosen here, as it is shown: a wording still
    the shipped English one is shown as shipped in the screen's language; one the user
    wrote (a question reworded, or one of their own) is shown as they wrote it. The
    wording and the help are looked at each on its own: a user may reword only the help.
    """
    text, help_text = question.text, question.help_text
    shipped = english.get(question.key)
    worded = translated.get(question.key) if translated is not None else None
    if shipped is None or worded is None:
        return text, help_text
    return (
        worded.text if text == shipped.text else text,
        worded.help if help_text == shipped.help else help_text,
    )


# The vetting screen's reads, each in a transaction of its own -----------------
@dataclass(frozen=True)
class RequestHeading:
    """The top of the vetting screen: the request, its stage and the decision so far."""

    request_id: int
    title: str
    organization: str
    stage: RequestStage
    received_on: date | None
    funding_ends_on: date | None
    decision: Decision | None = None
    decision_reasons: str = ""
    decision_conditions: str = ""
    decided_on: date | None = None
    # The request's version when read: a stage move from the page checks it.
    row_version: int | None = None

    @property
    def shown(self) -> StageShown | None:
        """The request as the page shows it, for a stage move to check against."""
        if self.row_version is None:
            return None
        return StageShown(self.row_version, self.stage, self.decision)


@dataclass(frozen=True)
class VettingAnswers:
    """The questions with their answers, and what follows from them: flags, readiness."""

    request_id: int
    flags: list[RedFlag]
    readiness: list[CategoryReadiness]
    categories: list[BankCategory]
    questions: dict[str, list[QuestionLine]]

    @property
    def answered(self) -> int:
        return sum(item.answered for item in self.readiness)

    @property
    def total(self) -> int:
        return sum(item.total for item in self.readiness)


@dataclass(frozen=True)
class RequestPageData:
    """What the vetting screen shows when it opens a request, read in one transaction."""

    overview: VettingOverview
    matrix: CapacityMatrix


def request_page_data(database: Database, request_id: int, language: str = "en") -> RequestPageData:
    """``language``: the screen's, for the shipped questions, flags, readiness and
    capacities."""
    with database.session() as session:
        return RequestPageData(
            vetting_overview(session, request_id, language=language),
            capacity_matrix(session, request_id, language),
        )


def ready_first_opening(database: Database, language: str = "en") -> None:
    """Make the first request page opened as quick to read as the next (the window calls
    this on the database worker once it has started): parse the shipped bank (and the
    screen's ``language``'s), and read one request's page so SQLAlchemy compiles the
    page's statements once and keeps them (the first read took about 90 ms, later ones
    about 12 ms, on the benchmark data)."""
    shipped_bank()
    with database.session() as session:
        request_id = session.scalar(
            select(PartnershipRequest.id).order_by(PartnershipRequest.id).limit(1)
        )
    if request_id is not None:
        request_page_data(database, request_id, language)


def request_answers(
    database: Database, request_id: int, today: date | None = None, language: str = "en"
) -> VettingAnswers:
    """The questions, answers, red flags and readiness (after an answer or the bank changed),
    the shipped ones in ``language``."""
    with database.session() as session:
        return _answers(session, request_id, today, language)


def request_heading(database: Database, request_id: int) -> RequestHeading:
    """Title, stage and decision (after a decision)."""
    with database.session() as session:
        return _heading(get_request(session, request_id))


def heading_of(overview: VettingOverview) -> RequestHeading:
    """The heading part of a whole overview (the page shows the parts one by one)."""
    return RequestHeading(
        overview.request_id,
        overview.title,
        overview.organization,
        overview.stage,
        overview.received_on,
        overview.funding_ends_on,
        overview.decision,
        overview.decision_reasons,
        overview.decision_conditions,
        overview.decided_on,
        overview.row_version,
    )


def answers_of(overview: VettingOverview) -> VettingAnswers:
    """The answers part of a whole overview."""
    return VettingAnswers(
        overview.request_id,
        overview.flags,
        overview.readiness,
        overview.categories,
        overview.questions,
    )

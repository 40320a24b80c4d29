"""A request's vetting as plain data: answers, the overview the screen shows, decisions,
and the report the Word documents are written from.

services/vetting reads these from the store; the screens and exports/vetting_docx.py
read them, never a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from partnerdesk.core.capacity_matrix import CapacityMatrix
from partnerdesk.core.choices import Decision, ParticipationLevel, Rating, RequestStage, ValuesShown
from partnerdesk.core.red_flags import CategoryReadiness, RedFlag

if TYPE_CHECKING:
    from partnerdesk.core.question_bank import BankCategory


@dataclass(frozen=True)
class AnswerForm:
    their_answer: str = ""
    our_evidence: str = ""
    rating: Rating = Rating.NOT_ASKED
    asked_by: str = ""
    asked_on: date | None = None
    # Only for the values question: have they shown those values? None: not rated yet.
    values_shown: ValuesShown | None = None

    @property
    def given(self) -> bool:
        """Whether anything of the answer itself was written down (not only who asked)."""
        return bool(self.their_answer.strip() or self.our_evidence.strip())


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
    # The request's version when read: a stage move from the page checks it.
    row_version: int | None = None

    @property
    def answered(self) -> int:
        return sum(item.answered for item in self.readiness)

    @property
    def total(self) -> int:
        return sum(item.total for item in self.readiness)


@dataclass(frozen=True)
class DecisionRecord:
    decision: Decision
    reasons: str
    conditions: str
    decided_on: date
    decided_by: str


@dataclass(frozen=True)
class VettingReport:
    """Everything the vetting summary and the meeting questions need, read in one go."""

    overview: VettingOverview
    details: list[tuple[str, str]]  # (label, value) of the request, in the form's order
    contact: str
    matrix: CapacityMatrix
    decisions: list[DecisionRecord]
    our_organization: str
    prepared_on: date
    # The questions picked for the next conversation (keys); empty when none were picked,
    # and the questions to ask are then every one not answered yet.
    shortlist: frozenset[str] = frozenset()

"""The sample request's vetting so far: some questions asked, some answers weak, some not
asked yet, so a new user sees the vetting screen and its red flags working at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from partnerdesk.core.choices import CapacityStatus, Rating
from partnerdesk.services.vetting.capacity_matrix import CellValue, capacity_matrix, write_cell
from partnerdesk.services.vetting.questions import AnswerForm, ensure_question_bank, write_answer

ASKED_BY = "Marisol Ortega"

# question id, days from today it was asked, their answer, our evidence, our rating
_ANSWERS: list[tuple[str, int, str, str, Rating]] = [
    (
        "hard.why-now",
        -17,
        "Angela said new federal rules ask hospitals to screen patients for food insecurity, "
        "and the grant is the first money they have had for it.",
        "An honest answer, but it is about their requirements, not about our neighbors. "
        "Nobody mentioned the 2019 pilot until we did.",
        Rating.WEAK,
    ),
    (
        "hard.funding-runs-out",
        -17,
        'They are "working on sustainability" and hope to fold it into the community '
        "benefit budget, but there is no plan yet.",
        "No written plan and no name of who would decide. Families referred in month eleven "
        "would be left with us and no support.",
        Rating.CONCERN,
    ),
    (
        "alignment.goals",
        -10,
        "Fewer patients with diabetes or high blood pressure going hungry; shorter waits for "
        "food help after a hospital visit.",
        "This matches what neighbors tell us at Saturday distribution.",
        Rating.ADEQUATE,
    ),
    (
        "alignment.expressed-need",
        -8,
        "The county's last three health assessments named food insecurity a top need on the "
        "Eastside.",
        "José at the county confirmed the numbers; Riverside Flats is highest.",
        Rating.STRONG,
    ),
    (
        "history.acknowledged",
        -10,
        "Angela had not heard of the 2019 pilot and said she would ask.",
        "Still waiting. The follow-up is overdue.",
        Rating.CONCERN,
    ),
    (
        "participation.level-offered",
        -17,
        "They would share a monthly report with us and ask for feedback once a year.",
        "That is Consult at best. We want a seat where decisions are made (Collaborate).",
        Rating.WEAK,
    ),
]


def add_sample_vetting(session: Session, request_id: int, day: Callable[[int], date]) -> int:
    """Load the question bank and record the sample answers; returns how many."""
    ensure_question_bank(session)
    for question_id, asked, answer, evidence, rating in _ANSWERS:
        write_answer(
            session,
            request_id,
            question_id,
            AnswerForm(answer, evidence, rating, ASKED_BY, day(asked)),
        )
    return len(_ANSWERS)


# capacity, who ("us" or "them"), has or needs, note
_CAPACITIES: list[tuple[str, str, CapacityStatus, str]] = [
    ("Lived experience", "us", CapacityStatus.HAS, "Volunteers and board members are neighbors."),
    ("Relationships with communities", "us", CapacityStatus.HAS, "Twelve years on the Eastside."),
    ("Linguistic competence", "us", CapacityStatus.HAS, "Spanish, Haitian Creole, Portuguese."),
    ("Funding", "us", CapacityStatus.NEEDS, "Staff time for referrals is not covered."),
    ("Expanded staff and volunteers", "us", CapacityStatus.NEEDS, ""),
    ("Clinical expertise", "them", CapacityStatus.HAS, ""),
    ("Funding", "them", CapacityStatus.HAS, "One-year grant only."),
    ("Data sharing, collection and analysis", "them", CapacityStatus.HAS, ""),
    ("Lived experience", "them", CapacityStatus.NEEDS, "No neighbors on their planning team."),
    ("Cultural understanding", "them", CapacityStatus.NEEDS, ""),
]


def add_sample_capacities(session: Session, request_id: int, ours: int, theirs: int) -> None:
    """Part of the capacity matrix: what each side brings and lacks."""
    matrix = capacity_matrix(session, request_id)
    ids = {capacity.name: capacity.id for capacity in matrix.capacities}
    for name, who, status, note in _CAPACITIES:
        organization_id = ours if who == "us" else theirs
        write_cell(session, request_id, ids[name], organization_id, CellValue(status, note))

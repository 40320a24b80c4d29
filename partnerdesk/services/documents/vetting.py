"""A request's vetting as Word: the vetting summary and the questions to ask.

Everything both documents need is gathered in one read (``vetting_report``); the writers
(``exports/vetting_docx.py``) take that plain data, never a session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import ENGLISH, choice_words, say, writing_in
from partnerdesk.core.question_bank import BankQuestion, QuestionBank
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.red_flags import readiness_by_category, red_flags
from partnerdesk.core.vetting_data import VettingReport
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import capacity_matrix, our_organization
from partnerdesk.services.vetting.decisions import decision_history
from partnerdesk.services.vetting.overview import bank_in as shipped_bank_in
from partnerdesk.services.vetting.overview import shipped_bank, vetting_overview
from partnerdesk.services.vetting.questions import vetting_facts
from partnerdesk.services.vetting.shortlist import picked_questions
from partnerdesk.store.models import VettingQuestion

if TYPE_CHECKING:
    from partnerdesk.core.vetting_data import QuestionLine


def export_vetting(
    database: Database,
    request_id: int,
    path: Path,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenDocument:
    """Write the request's vetting summary: details, red flags, readiness, every answer,
    the capacity matrix and the decisions, in ``language``."""
    from partnerdesk.exports.vetting_docx import write_vetting_summary

    with writing_in(language):
        return _export(database, request_id, Path(path), write_vetting_summary, today, language)


def export_questions(
    database: Database,
    request_id: int,
    path: Path,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenDocument:
    """Write the questions not answered yet, by topic, with room for notes at the meeting,
    in ``language``: the shipped questions in that language's bank, the ones the user
    wrote or reworded as they are."""
    from partnerdesk.exports.vetting_docx import write_meeting_questions

    with writing_in(language):
        return _export(database, request_id, Path(path), write_meeting_questions, today, language)


def request_title(database: Database, request_id: int) -> str:
    """The request's title, for the file name the save dialog suggests."""
    with database.session() as session:
        return get_request(session, request_id).title


def _export(
    database: Database,
    request_id: int,
    target: Path,
    write: Callable[[VettingReport, Path], None],
    today: date | None,
    language: str = ENGLISH,
) -> WrittenDocument:
    check_docx_target(target)
    with database.session() as session:
        report = vetting_report(session, request_id, today)
        if language != ENGLISH:
            report = in_document_language(session, report, language, today)
    # Written once the read has ended: to a hidden file beside the target, then moved.
    write(report, target)
    return WrittenDocument(target, report.overview.title)


def vetting_report(session: Session, request_id: int, today: date | None = None) -> VettingReport:
    today = today or date.today()
    request = get_request(session, request_id)
    overview = vetting_overview(session, request_id, today)

    def day(value: date | None) -> str:
        return document_date(value) if value else ""

    def level(value: StrEnum | None) -> str:
        return choice_words(value) if value is not None else ""

    contact = ""
    if request.contact is not None:
        contact = request.contact.full_name
        if request.contact.role_title:
            contact += f", {request.contact.role_title}"
    details = [
        (say("detail.asked_by"), overview.organization),
        (say("detail.contact"), contact),
        (say("detail.received"), day(request.received_on)),
        (say("detail.stage"), choice_words(request.stage)),
        (say("detail.ask"), request.ask),
        (say("detail.purpose"), request.stated_purpose),
        (say("detail.need"), request.community_need),
        (say("detail.funding_source"), request.funding_source),
        (say("detail.funding_ends"), day(request.funding_ends_on)),
        (say("detail.plan"), request.plan_when_funding_ends),
        (say("detail.timeframe"), request.proposed_timeframe),
        (say("detail.offered"), level(request.participation_offered)),
        (say("detail.wanted"), level(request.participation_wanted)),
    ]
    ours = our_organization(session)
    return VettingReport(
        overview=overview,
        # A blank says something too ("no plan when the funding ends"): shown, not hidden.
        details=[(label, value or say("detail.not_stated")) for label, value in details],
        contact=contact,
        matrix=capacity_matrix(session, request_id),
        decisions=decision_history(session, request_id),
        our_organization=ours.name if ours is not None else "",
        prepared_on=today,
        shortlist=frozenset(picked_questions(session, request_id)),
    )


def bank_in(language: str) -> QuestionBank | None:
    """The shipped bank in ``language``; None while that language has no bank yet (its
    questions are then written as they are kept)."""
    return shipped_bank_in(language)


def in_bank_language(
    session: Session, report: VettingReport, language: str, today: date | None = None
) -> VettingReport:
    """The report with the shipped questions and topics worded as ``language``'s bank
    words them. A question the user reworded, or wrote, keeps the user's words: they are
    what the organization chose to ask."""
    translated = bank_in(language)
    if translated is None:
        return report
    # The shipped questions whose wording the user has not changed.
    shipped_wording = set(
        session.scalars(select(VettingQuestion.key).where(VettingQuestion.is_custom.is_(False)))
    )
    record = RecordFacts(
        years_in_community=vetting_facts(
            session, report.overview.request_id, today
        ).years_in_community
    )

    def worded(line: QuestionLine) -> QuestionLine:
        other = translated.get(line.key)
        if other is None or line.key not in shipped_wording:
            return line
        return replace(line, text=fill_placeholders(other.text, record), help=other.help)

    overview = report.overview
    categories = [translated.category(c.id) or c for c in overview.categories]
    questions = {
        category: [worded(line) for line in lines] for category, lines in overview.questions.items()
    }
    return replace(report, overview=replace(overview, categories=categories, questions=questions))


def in_document_language(
    session: Session, report: VettingReport, language: str, today: date | None = None
) -> VettingReport:
    """The report in ``language``: the bank's wording (``in_bank_language``), and the red
    flags and readiness said in that language."""
    worded = in_bank_language(session, report, language, today)
    facts = vetting_facts(session, report.overview.request_id, today)
    bank = QuestionBank(
        shipped_bank().version,
        tuple(worded.overview.categories),
        tuple(
            BankQuestion(line.key, line.category, line.text, line.help, "", index)
            for index, line in enumerate(
                line for lines in worded.overview.questions.values() for line in lines
            )
        ),
    )
    overview = replace(
        worded.overview,
        flags=red_flags(facts, language, in_document=True),
        readiness=readiness_by_category(bank, facts.answers, language),
    )
    # The shipped capacities named in that language too (the user's own as written).
    matrix = capacity_matrix(session, report.overview.request_id, language)
    return replace(worded, overview=overview, matrix=matrix)

"""Forms the other side fills in, as Word: a request's questions, a blank partner profile.

Both go out on our letterhead, in our voice, with nothing internal in them (no coaching
notes, ratings or evidence). What comes back is read by services/vetting/form_answers.py
and services/profiles/profile_form.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.document_language import ENGLISH, say, writing_in
from partnerdesk.core.forms import (
    FormContent,
    FormQuestion,
    FormTopic,
    QuestionChoice,
    form_topic_title,
)
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import check_docx_target
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.profiles.answers import prompts_in
from partnerdesk.services.records.organizations import get_organization
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.services.vetting.overview import shipped_bank
from partnerdesk.services.vetting.shortlist import questions_of
from partnerdesk.store.models import VettingQuestion


@dataclass(frozen=True)
class WrittenForm:
    path: Path
    subject: str  # the request's title, or the organization's name
    questions: int
    letterhead_warning: str


def export_question_form(
    database: Database,
    request_id: int,
    path: Path,
    choice: QuestionChoice = QuestionChoice.SHORTLIST,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenForm:
    """Write the form of the request's questions (``choice``) for the requester to fill in,
    in ``language``; read back, it is known in that language."""
    with writing_in(language):
        return _export_question_form(database, request_id, Path(path), choice, today, language)


def _export_question_form(
    database: Database,
    request_id: int,
    target: Path,
    choice: QuestionChoice,
    today: date | None,
    language: str,
) -> WrittenForm:
    from partnerdesk.exports.form_docx import write_form

    check_docx_target(target)
    with database.session() as session:
        content = question_form_content(session, request_id, choice, today, language)
        subject = get_request(session, request_id).title
    if not content.question_count:
        raise InvalidInputError(
            "Every question has been answered: there is nothing left to ask on a form."
            if choice is QuestionChoice.OPEN
            else "There are no questions to put on the form."
        )
    warning = write_form(content, target, database.location.data_dir)
    return WrittenForm(target, subject, content.question_count, warning)


def question_form_content(
    session: Session,
    request_id: int,
    choice: QuestionChoice,
    today: date | None = None,
    language: str = ENGLISH,
) -> FormContent:
    """The form's words in ``language``: the shipped questions as that language's bank
    words them (a question the user reworded keeps the user's words)."""
    request = get_request(session, request_id)
    ours = our_organization(session)
    we = ours.name if ours is not None else ""
    asked = questions_of(session, request_id, choice)
    wording = question_wording(session, request_id, language)
    topics = tuple(
        FormTopic(
            form_topic_title(category.id, category.title, language),
            tuple(
                FormQuestion(q.number, q.key, wording.get(q.key, q.text))
                for q in asked
                if q.topic == category.id
            ),
        )
        for category in shipped_bank().categories
        if any(q.topic == category.id for q in asked)
    )
    with writing_in(language):
        title = say("form.questions_title", title=request.title)
        introduction = (
            say("form.questions_intro", we=we or say("form.us")),
            say("form.questions_how"),
        )
    return FormContent(
        title=title,
        introduction=introduction,
        topics=topics,
        our_organization=we,
        prepared_on=today or date.today(),
    )


def question_wording(session: Session, request_id: int, language: str) -> dict[str, str]:
    """{question key: its wording in ``language``} for the shipped questions the user has
    not reworded, their "(X) years" filled in; empty for English, or while ``language`` has
    no bank yet."""
    from partnerdesk.services.documents.vetting import bank_in

    translated = bank_in(language)
    if translated is None:
        return {}
    request = get_request(session, request_id)
    organization = request.organization
    record = RecordFacts(
        years_in_community=organization.years_active_in_community if organization else None
    )
    shipped_wording = set(
        session.scalars(select(VettingQuestion.key).where(VettingQuestion.is_custom.is_(False)))
    )
    return {
        question.id: fill_placeholders(question.text, record)
        for question in translated.questions
        if question.id in shipped_wording
    }


def export_profile_form(
    database: Database,
    organization_id: int,
    path: Path,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenForm:
    """Write a blank partner profile form, with the prompts of each part, for the
    organization to fill in, in ``language``."""
    from partnerdesk.exports.form_docx import write_form

    target = Path(path)
    check_docx_target(target)
    with writing_in(language), database.session() as session:
        content = profile_form_content(session, organization_id, today, language)
        name = get_organization(session, organization_id).name
    with writing_in(language):
        warning = write_form(content, target, database.location.data_dir)
    return WrittenForm(target, name, content.question_count, warning)


def profile_form_questions(language: str = ENGLISH) -> tuple[FormTopic, ...]:
    """The profile's parts and prompts as form topics, numbered in the prompts' order (the
    same in every language), worded in ``language``."""
    topics: list[FormTopic] = []
    number = 0
    for part in prompts_in(language).parts:
        questions = []
        for field in part.fields:
            number += 1
            questions.append(FormQuestion(number, field.id, field.label, field.help))
        topics.append(FormTopic(part.title, tuple(questions)))
    return tuple(topics)


def profile_form_content(
    session: Session, organization_id: int, today: date | None = None, language: str = ENGLISH
) -> FormContent:
    organization = get_organization(session, organization_id)
    ours = our_organization(session)
    we = ours.name if ours is not None else ""
    with writing_in(language):
        title = say("form.profile_title", name=organization.name)
        if organization.is_ours:
            opening = say("form.profile_ours")
        else:
            opening = say("form.profile_theirs", we=we or say("form.we"), name=organization.name)
        how = say("form.profile_how")
    return FormContent(
        title=title,
        introduction=(opening, how),
        topics=profile_form_questions(language),
        our_organization=we,
        prepared_on=today or date.today(),
    )


def organizations_for_forms(database: Database) -> list[tuple[int, str]]:
    """Every organization not in the Trash, by name: whom a profile form may be for."""
    from partnerdesk.services.records.organizations import organization_choices

    with database.session() as session:
        return organization_choices(session)


def organization_name(database: Database, organization_id: int) -> str:
    """The organization's name, for the file name the save dialog suggests."""
    with database.session() as session:
        return get_organization(session, organization_id).name

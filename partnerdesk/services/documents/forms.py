"""Forms the other side fills in, as Word: a request's questions, a blank partner profile.

Both go out on our letterhead, in our voice, with nothing internal in them (no coaching
notes, ratings or evidence). What comes back is read by services/vetting/form_answers.py
and services/profiles/profile_form.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.forms import (
    FormContent,
    FormQuestion,
    FormTopic,
    QuestionChoice,
    form_topic_title,
)
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import check_docx_target
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.profiles.answers import shipped_prompts
from partnerdesk.services.records.organizations import get_organization
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.services.vetting.overview import shipped_bank
from partnerdesk.services.vetting.shortlist import questions_of


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
) -> WrittenForm:
    """Write the form of the request's questions (``choice``) for the requester to fill in."""
    from partnerdesk.exports.form_docx import write_form

    target = Path(path)
    check_docx_target(target)
    with database.session() as session:
        content = question_form_content(session, request_id, choice, today)
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
    session: Session, request_id: int, choice: QuestionChoice, today: date | None = None
) -> FormContent:
    request = get_request(session, request_id)
    ours = our_organization(session)
    we = ours.name if ours is not None else ""
    asked = questions_of(session, request_id, choice)
    topics = tuple(
        FormTopic(
            form_topic_title(category.id, category.title),
            tuple(FormQuestion(q.number, q.key, q.text) for q in asked if q.topic == category.id),
        )
        for category in shipped_bank().categories
        if any(q.topic == category.id for q in asked)
    )
    return FormContent(
        title=f"Questions about “{request.title}”",
        introduction=(
            f"Thank you for asking {we or 'us'} to work with you. Before we decide, we would "
            "like to understand your plans better. Please answer the questions below in your "
            "own words. Short answers are fine, and so is “not decided yet”.",
            "Write each answer in the “Your answer” column: the box grows as you type. "
            "Please keep the numbers in the first column, so that we can match your answers "
            "to our questions, and send the file back to us as a Word document (.docx).",
        ),
        topics=topics,
        our_organization=we,
        prepared_on=today or date.today(),
    )


def export_profile_form(
    database: Database, organization_id: int, path: Path, today: date | None = None
) -> WrittenForm:
    """Write a blank partner profile form, with the prompts of each part, for the
    organization to fill in."""
    from partnerdesk.exports.form_docx import write_form

    target = Path(path)
    check_docx_target(target)
    with database.session() as session:
        content = profile_form_content(session, organization_id, today)
        name = get_organization(session, organization_id).name
    warning = write_form(content, target, database.location.data_dir)
    return WrittenForm(target, name, content.question_count, warning)


def profile_form_questions() -> tuple[FormTopic, ...]:
    """The profile's parts and prompts as form topics, numbered in the prompts' order."""
    topics: list[FormTopic] = []
    number = 0
    for part in shipped_prompts().parts:
        questions = []
        for field in part.fields:
            number += 1
            questions.append(FormQuestion(number, field.id, field.label, field.help))
        topics.append(FormTopic(part.title, tuple(questions)))
    return tuple(topics)


def profile_form_content(
    session: Session, organization_id: int, today: date | None = None
) -> FormContent:
    organization = get_organization(session, organization_id)
    ours = our_organization(session)
    we = ours.name if ours is not None else ""
    return FormContent(
        title=f"Partner profile: {organization.name}",
        introduction=(
            (
                "Our partner profile, to fill in together: whom we serve, what we do and "
                "why, and what we hope a partnership brings."
                if organization.is_ours
                else f"{we or 'We'} would like to get to know {organization.name} before we "
                "work together. Please tell us about your organization in your own words: "
                "whom you serve, what you do and why, and what you hope a partnership brings."
            ),
            "Write each answer in the “Your answer” column: the box grows as you type. "
            "Please keep the numbers in the first column, and send the file back to us as a "
            "Word document (.docx).",
        ),
        topics=profile_form_questions(),
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

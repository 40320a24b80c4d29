"""Reading a returned question form into "Their answer" of each question of a request.

First a look (``read_returned_form``): which answers are new, which differ from what is
stored, which rows could not be matched — nothing is changed. Then the user's choice is
written (``take_answers``): only "Their answer", never our evidence, rating, who asked or
when, and only for questions of that request.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.document_language import ENGLISH, say, writing_in
from partnerdesk.core.forms import FormQuestion, FormReading, form_topic_title, match_rows, tidy
from partnerdesk.core.question_text import RecordFacts, fill_placeholders
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import check_docx_target
from partnerdesk.services.errors import InvalidInputError, UnreadableFileError
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.overview import shipped_bank
from partnerdesk.store.models import VettingAnswer, VettingQuestion

ANSWERS_TAKEN = Changes.of(Detail.ANSWERS)


def read_returned_form(database: Database, request_id: int, path: Path) -> FormReading:
    """The returned form compared with the request's answers; nothing is written.

    UnreadableFileError (its message for the user) when the file cannot be read.
    """
    from partnerdesk.core.forms import QuestionChoice
    from partnerdesk.imports.docx_forms import UnreadableFormError, read_form
    from partnerdesk.services.documents.forms import question_form_content

    target = Path(path)
    check_docx_target(target)
    try:
        returned = read_form(target)
    except UnreadableFormError as error:
        raise UnreadableFileError(str(error)) from error
    # The form is read in the language it went out in (its tables' headings say which).
    language = returned.language
    with database.session() as session:
        questions = _every_question(session, request_id, language)
        stored = _their_answers(session, request_id)
        # The form's own title, "prepared by" line and introduction, as it would be now.
        own_words = question_form_content(
            session, request_id, QuestionChoice.HARD, language=language
        ).own_words()
    with writing_in(language):
        closing = say("form.closing")
    ours_outside = [
        *own_words,
        *(
            form_topic_title(category.id, category.title, language)
            for category in shipped_bank().categories
        ),
        closing,
    ]
    return match_rows(returned.rows, questions, stored, returned.loose, ours_outside)


def take_answers(
    database: Database,
    request_id: int,
    answers: Mapping[str, str],
    seen: Mapping[str, str] | None = None,
) -> Changes:
    """Store ``answers`` (question key -> their answer) as "Their answer", in one
    transaction; everything else of each answer stays as it is.

    ``seen``: "Their answer" of each as the preview showed it. When one was changed since
    (by someone else, or on the vetting screen), nothing is written and the user is told
    to read the form again, rather than overwrite an answer they never saw.
    """
    if not answers:
        return Changes()
    with database.session() as session:
        get_request(session, request_id)
        questions = {
            question.key: question
            for question in session.scalars(
                select(VettingQuestion).where(VettingQuestion.key.in_(list(answers)))
            )
        }
        if set(answers) - set(questions):
            raise InvalidInputError(
                translate(
                    "Refusals",
                    "Some of these questions are no longer in the question bank: read the "
                    "form again.",
                )
            )
        stored = {
            answer.question_id: answer
            for answer in session.scalars(
                select(VettingAnswer).where(VettingAnswer.request_id == request_id)
            )
        }
        if seen is not None:
            for key in answers:
                answer = stored.get(questions[key].id)
                now = tidy(answer.their_answer) if answer is not None else ""
                if now != tidy(seen.get(key, "")):
                    raise InvalidInputError(
                        translate(
                            "Refusals",
                            "Some of these answers were changed since the form was read. "
                            "Nothing was read in: read the form again to see them.",
                        )
                    )
        for key, text in answers.items():
            question = questions[key]
            answer = stored.get(question.id)
            if answer is None:
                answer = VettingAnswer(request_id=request_id, question_id=question.id)
                session.add(answer)
                # What was asked is kept with a new answer, as the vetting screen does.
                answer.question_text_asked = question.text
                answer.question_revision_asked = question.wording_revision
            answer.their_answer = clean_multiline(text)
        session.flush()
        return ANSWERS_TAKEN


def _every_question(
    session: Session, request_id: int, language: str = ENGLISH
) -> list[FormQuestion]:
    """Every question a returned form may hold, retired ones too: a form can come back
    after the question bank changed. Worded as the form in ``language`` words them."""
    from partnerdesk.services.documents.forms import question_wording

    request = get_request(session, request_id)
    organization = request.organization
    record = RecordFacts(
        years_in_community=organization.years_active_in_community if organization else None
    )
    wording = question_wording(session, request_id, language)
    return [
        FormQuestion(
            question.id,
            question.key,
            wording.get(question.key) or fill_placeholders(question.text, record),
        )
        for question in session.scalars(select(VettingQuestion).order_by(VettingQuestion.id))
    ]


def _their_answers(session: Session, request_id: int) -> dict[str, str]:
    rows = session.execute(
        select(VettingQuestion.key, VettingAnswer.their_answer)
        .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
        .where(VettingAnswer.request_id == request_id)
    )
    return {key: answer for key, answer in rows}

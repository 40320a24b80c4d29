"""Reading a returned partner profile form into that organization's profile.

As for the question form: first a look at what would change (``read_profile_form``),
nothing written; then the answers the user chose are stored (``take_profile_answers``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from partnerdesk.core.document_language import say, writing_in
from partnerdesk.core.forms import FormReading, match_rows, tidy
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import check_docx_target
from partnerdesk.services.errors import InvalidInputError, UnreadableFileError
from partnerdesk.services.profiles.answers import load_profile, save_profile, shipped_prompts
from partnerdesk.services.transactions import transaction


def read_profile_form(database: Database, organization_id: int, path: Path) -> FormReading:
    """The returned profile form compared with the organization's profile; nothing is
    written. UnreadableFileError (its message for the user) when the file cannot be read."""
    from partnerdesk.imports.docx_forms import UnreadableFormError, read_form
    from partnerdesk.services.documents.forms import profile_form_content, profile_form_questions

    target = Path(path)
    check_docx_target(target)
    try:
        returned = read_form(target)
    except UnreadableFormError as error:
        raise UnreadableFileError(str(error)) from error
    # The form is read in the language it went out in (its tables' headings say which).
    language = returned.language
    with transaction(database) as session:
        stored = load_profile(session, organization_id).answers
        # The form's own title, "prepared by" line and introduction, as it would be now.
        own_words = profile_form_content(session, organization_id, language=language).own_words()
    topics = profile_form_questions(language)
    questions = [question for topic in topics for question in topic.questions]
    prompts = shipped_prompts()
    with writing_in(language):
        closing = say("form.closing")

    def as_stored(key: str, text: str) -> str:
        prompt = prompts.field(key)
        return prompt.clean(text) if prompt is not None else text

    ours_outside = [*own_words, closing]
    return match_rows(
        returned.rows, questions, stored, returned.loose, ours_outside, clean=as_stored
    )


def take_profile_answers(
    database: Database,
    organization_id: int,
    answers: Mapping[str, str],
    seen: Mapping[str, str] | None = None,
) -> Changes:
    """Store these answers (prompt id -> text) in the organization's profile.

    ``seen``: each answer as the preview showed it. When one was saved since (by a
    colleague, or in the profile wizard), nothing is written and the user is told to read
    the form again, rather than overwrite an answer they never saw.
    """
    if not answers:
        return Changes()
    with transaction(database) as session:
        if seen is not None:
            # Compared as the preview showed them (tidied), not as stored: spacing aside.
            current = load_profile(session, organization_id).answers
            if any(tidy(current.get(key, "")) != tidy(seen.get(key, "")) for key in answers):
                raise InvalidInputError(
                    translate(
                        "Refusals",
                        "Some of these answers were changed since the form was read. Nothing was "
                        "read in: read the form again to see them.",
                    )
                )
        return save_profile(session, organization_id, answers)

"""The partner profile form: blank with the prompts of each part, read back into the
organization's profile (issue 18)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from partnerdesk.core.forms import AnswerStatus
from partnerdesk.services.changes import Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.forms import export_profile_form, profile_form_questions
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.profiles.answers import read_profile, save_profile_answers
from partnerdesk.services.profiles.profile_form import read_profile_form, take_profile_answers
from partnerdesk.services.records.editing import save_organization_edits
from partnerdesk.services.records.organizations import OrganizationForm
from tests.exports.word_readers import all_text, libreoffice_convert
from tests.services.forms import form_editing


@pytest.fixture
def harbor(database: Database) -> int:
    organization_id, _changes = save_organization_edits(
        database, OrganizationForm(name="Harbor View Clinic")
    )
    return organization_id


def _numbers() -> dict[str, int]:
    return {q.key: q.number for topic in profile_form_questions() for q in topic.questions}


def test_the_blank_form_has_every_part_and_prompt(
    database: Database, harbor: int, tmp_path: Path
) -> None:
    save_profile_answers(database, harbor, {next(iter(_numbers())): "Already known."})
    target = tmp_path / "profile.docx"
    written = export_profile_form(database, harbor, target)
    assert written.subject == "Harbor View Clinic"
    topics = profile_form_questions()
    assert written.questions == sum(len(topic.questions) for topic in topics)
    text = all_text(target)
    for topic in topics:
        assert topic.title in text
        for question in topic.questions:
            assert question.text in text
    assert "Already known." not in text  # blank: for them to fill in
    tables = form_editing.form_tables(docx.Document(str(target)))
    assert len(tables) == len(topics)


def test_a_filled_in_profile_saved_by_libreoffice_reads_into_the_profile(
    database: Database, harbor: int, tmp_path: Path
) -> None:
    keys = list(_numbers())
    save_profile_answers(database, harbor, {keys[1]: "What we had."})
    edited = tmp_path / "edited" / "profile.docx"
    edited.parent.mkdir()
    export_profile_form(database, harbor, edited)
    number = _numbers()
    form_editing.answer(
        edited,
        {
            number[keys[0]]: "Families on the Eastside.\nAnd their neighbors.",
            number[keys[1]]: "What we do now.",
        },
    )
    saved = libreoffice_convert(edited, tmp_path, "docx:MS Word 2007 XML", "docx")
    reading = read_profile_form(database, harbor, saved)
    statuses = {answer.key: answer.status for answer in reading.answers}
    assert statuses == {keys[0]: AnswerStatus.NEW, keys[1]: AnswerStatus.CHANGED}
    assert reading.unmatched == ()
    # Keep ours for the changed one.
    changes = take_profile_answers(database, harbor, reading.to_write(take_theirs=set()))
    assert changes.names(Detail.PROFILE)
    answers = read_profile(database, harbor).answers
    assert answers[keys[1]] == "What we had."
    assert answers[keys[0]].startswith("Families on the Eastside.")
    again = read_profile_form(database, harbor, saved)
    assert [answer.status for answer in again.answers if answer.key == keys[0]] == [
        AnswerStatus.SAME
    ]


def test_an_answer_saved_after_the_profile_form_was_read_is_not_overwritten(
    database: Database, harbor: int, tmp_path: Path
) -> None:
    keys = list(_numbers())
    target = tmp_path / "profile.docx"
    export_profile_form(database, harbor, target)
    form_editing.answer(target, {_numbers()[keys[0]]: "Families on the Eastside."})
    reading = read_profile_form(database, harbor, target)
    seen = {answer.key: answer.ours for answer in reading.answers}
    # A colleague fills in the same answer in the profile wizard meanwhile.
    save_profile_answers(database, harbor, {keys[0]: "Typed by a colleague."})
    with pytest.raises(InvalidInputError, match="read the form again"):
        take_profile_answers(database, harbor, reading.to_write(), seen)
    assert read_profile(database, harbor).answers[keys[0]] == "Typed by a colleague."
    # Read again, what is shown now is taken.
    again = read_profile_form(database, harbor, target)
    seen = {answer.key: answer.ours for answer in again.answers}
    assert take_profile_answers(database, harbor, again.to_write(), seen).names(Detail.PROFILE)
    assert read_profile(database, harbor).answers[keys[0]] == "Families on the Eastside."

"""The user's own question bank: add, reword (answers keep what was asked), retire, reset."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import Rating
from partnerdesk.core.question_bank import load_question_bank
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.vetting.overview import vetting_overview
from partnerdesk.services.vetting.question_editing import (
    add_question,
    bank_questions,
    edit_question,
    reset_to_shipped,
    retire_question,
)
from partnerdesk.services.vetting.questions import AnswerForm, ensure_question_bank, save_answer
from partnerdesk.services.vetting.shortlist import read_shortlist
from partnerdesk.store.database import Database


@pytest.fixture
def request_id(database: Database) -> int:
    with database.session() as session:
        new_id, _ = save_request(session, RequestForm(title="Diabetes classes"))
    return new_id


def _hard(overview: object) -> list[str]:
    return [line.text for line in overview.questions["hard"]]  # type: ignore[attr-defined]


def test_an_added_question_is_asked_and_counted(database: Database, request_id: int) -> None:
    bank = load_question_bank()
    with pytest.raises(InvalidInputError):
        add_question(database, "no-such-topic", "Who pays?", bank=bank)
    with pytest.raises(InvalidInputError):
        add_question(database, "hard", " \n ", bank=bank)
    key, _ = add_question(database, "hard", "Who at your hospital\ncan say yes?", bank=bank)
    with database.session() as session:
        overview = vetting_overview(session, request_id)
    assert _hard(overview)[-1] == "Who at your hospital can say yes?"
    hard = next(item for item in overview.readiness if item.category_id == "hard")
    assert hard.total == 4
    save_answer(database, request_id, key, AnswerForm("The CEO", rating=Rating.ADEQUATE))
    with database.session() as session:
        overview = vetting_overview(session, request_id)
    hard = next(item for item in overview.readiness if item.category_id == "hard")
    assert hard.answered == 1


def test_rewording_keeps_the_wording_an_answer_was_given_to(
    database: Database, request_id: int
) -> None:
    bank = load_question_bank()
    shipped = bank.get("hard.why-now")
    assert shipped is not None
    with database.session() as session:
        ensure_question_bank(session, bank)
    save_answer(database, request_id, "hard.why-now", AnswerForm("New federal rules"))
    edit_question(database, "hard.why-now", "Why come to us now, after all these years?", "")
    with database.session() as session:
        overview = vetting_overview(session, request_id)
        line = next(line for line in overview.questions["hard"] if line.key == "hard.why-now")
        assert line.text == "Why come to us now, after all these years?"
        # (As asked of this organization: no years on its record, so plainly, without "(X)".)
        assert line.text_asked == shipped.text.replace("(X) years", "years")
    listed = {q.key: q for q in bank_questions(database, bank)}
    assert listed["hard.why-now"].is_reworded
    assert not listed["hard.why-now"].is_own


def test_retiring_and_resetting(database: Database, request_id: int) -> None:
    bank = load_question_bank()
    own, _ = add_question(database, "data", "Will you publish results in Spanish too?", bank=bank)
    retire_question(database, "hard.values-statement")
    edit_question(database, "hard.why-now", "Why now?", "Ask it kindly.")
    with database.session() as session:
        overview = vetting_overview(session, request_id)
        assert len(overview.questions["hard"]) == 2
    reset_to_shipped(database, bank)
    with database.session() as session:
        overview = vetting_overview(session, request_id)
        # (Asked of an organization with no years on record: "(X) years" reads "years".)
        shipped = [q.text.replace("(X) years", "years") for q in bank.by_category()["hard"]]
        assert _hard(overview) == shipped
    listed = {q.key: q for q in bank_questions(database, bank)}
    assert listed[own].is_retired
    assert not listed["hard.why-now"].is_reworded
    assert all(not q.is_retired for q in listed.values() if not q.is_own)


def test_in_spanish_the_shipped_wording_is_shown_in_spanish_and_the_users_as_written(
    database: Database, request_id: int
) -> None:
    """The store keeps the shipped wording in English; the screen's language is applied
    as it is shown, and a wording left as the editor showed it stays the shipped one."""
    bank, spanish = load_question_bank(), load_question_bank(language="es")
    with database.session() as session:
        ensure_question_bank(session, bank)
    edit_question(database, "hard.why-now", "¿Por qué ahora, después de tantos años?", "")
    listed = {q.key: q for q in bank_questions(database, bank, language="es")}
    values = spanish.get("hard.values-statement")
    assert values is not None
    assert listed["hard.values-statement"].text == values.text
    assert listed["hard.why-now"].text == "¿Por qué ahora, después de tantos años?"
    # Only the help changed in the editor: the wording shown in Spanish stays shipped.
    edit_question(
        database, "hard.values-statement", values.text, "Pregunte con calma.", language="es"
    )
    with database.session() as session:
        overview = vetting_overview(session, request_id, language="es")
        shown = {line.key: line for line in overview.questions["hard"]}
        assert shown["hard.values-statement"].text == values.text
        assert shown["hard.values-statement"].help == "Pregunte con calma."
        assert shown["hard.why-now"].text == "¿Por qué ahora, después de tantos años?"
        english = vetting_overview(session, request_id)
    kept = {line.key: line for line in english.questions["hard"]}
    assert kept["hard.values-statement"].text == bank.get("hard.values-statement").text  # type: ignore[union-attr]
    # "Questions for the form…" lists them as the vetting screen shows them.
    shortlist = read_shortlist(database, request_id, "es")
    hard = next(topic for topic in shortlist.topics if topic.id == "hard")
    assert hard.title == spanish.category("hard").title  # type: ignore[union-attr]
    listed = {q.key: q.text for q in hard.questions}
    assert listed["hard.values-statement"] == values.text
    assert listed["hard.why-now"] == "¿Por qué ahora, después de tantos años?"

"""Matching a returned form's rows to our questions (core/forms.py)."""

from __future__ import annotations

from datetime import date

from partnerdesk.core.forms import (
    AnswerStatus,
    FormContent,
    FormQuestion,
    FormRow,
    FormTopic,
    match_rows,
)

QUESTIONS = [
    FormQuestion(5, "hard.why-now", "Why haven't you reached out to us until now?"),
    FormQuestion(6, "hard.funding", "Do you plan to fund this work through a grant?"),
    FormQuestion(7, "hard.values", "Does your organization have a values statement?"),
]


def _row(number: str, question: str, answer: str, table: int = 1, row: int = 1) -> FormRow:
    return FormRow(f"table {table}, row {row}", number, question, answer, table)


def test_rows_find_their_question_by_number_even_with_the_wording_edited() -> None:
    rows = [
        _row("No.", "Question", "Your answer"),  # a heading row, skipped
        _row("5", "Why did you not reach out to us until now?", "Our new director."),
        _row("6", "", "A two-year grant."),  # the question cell emptied: the number decides
    ]
    reading = match_rows(rows, QUESTIONS, {"hard.funding": "A grant."})
    assert [(a.key, a.status) for a in reading.answers] == [
        ("hard.why-now", AnswerStatus.NEW),
        ("hard.funding", AnswerStatus.CHANGED),
    ]
    assert reading.summary() == "2 answers read: 1 new, 1 changed, 0 unmatched"


def test_a_wrong_or_lost_number_falls_back_on_the_wording() -> None:
    rows = [
        # The number of another question: its wording wins.
        _row("5", "Does your organisation have a values statement?", "Yes, since 2019."),
        # No number at all, the wording a little edited.
        _row("", "Do you plan to fund this work with a grant?", "Yes."),
        _row("", "What colour is the sky?", "Blue."),
    ]
    reading = match_rows(rows, QUESTIONS, {})
    assert {a.key: a.theirs for a in reading.answers} == {
        "hard.values": "Yes, since 2019.",
        "hard.funding": "Yes.",
    }
    assert [(u.where, u.reason) for u in reading.unmatched] == [
        ("table 1, row 1", "no question of ours reads like it")
    ]


def test_an_added_row_continues_the_answer_above_and_duplicates_are_unmatched() -> None:
    rows = [
        _row("7", "Does your organization have a values statement?", "Yes.", row=2),
        _row("", "", "It is on our website.", row=3),  # a row added under it
        _row("7", "Does your organization have a values statement?", "Again", row=4),
        _row("", "", "", row=5),  # an empty added row: nothing to say
    ]
    reading = match_rows(rows, QUESTIONS, {"hard.values": "Yes.\nIt is on our website."})
    assert [(a.key, a.theirs, a.status) for a in reading.answers] == [
        ("hard.values", "Yes.\nIt is on our website.", AnswerStatus.SAME)
    ]
    assert [u.reason for u in reading.unmatched] == [
        "question 7 is answered already in table 1, row 2"
    ]
    assert reading.to_write() == {}


def test_text_outside_the_tables_is_unmatched_unless_it_is_ours() -> None:
    reading = match_rows(
        [],
        QUESTIONS,
        {},
        loose=[("after table 1", "Data and results"), ("after table 1", "See our letter.")],
        ours_outside=["Data and results"],
    )
    assert [(u.where, u.text) for u in reading.unmatched] == [("after table 1", "See our letter.")]
    assert reading.summary() == "1 answer read: 0 new, 0 changed, 1 unmatched"


def test_keep_ours_or_take_theirs_per_answer() -> None:
    rows = [_row("5", "", "New"), _row("6", "", "Theirs"), _row("7", "", "Also theirs")]
    stored = {"hard.funding": "Ours", "hard.values": "Ours too"}
    reading = match_rows(rows, QUESTIONS, stored)
    assert reading.to_write({"hard.values"}) == {
        "hard.why-now": "New",
        "hard.values": "Also theirs",
    }
    assert reading.to_write() == {
        "hard.why-now": "New",
        "hard.funding": "Theirs",
        "hard.values": "Also theirs",
    }


# Three questions alike enough that a number pointing at the wrong one still reads
# somewhat like the row (issue 18: a renumbered "No." column).
PARTNERSHIP = [
    FormQuestion(
        1, "goals.achieve", "What does your organization hope to achieve through this partnership?"
    ),
    FormQuestion(
        2,
        "goals.gains",
        "What does your organization hope the community gains from this partnership?",
    ),
    FormQuestion(
        3, "goals.measure", "How will your organization measure the success of this partnership?"
    ),
]


def test_a_renumbered_form_keeps_each_answer_under_the_question_it_answers() -> None:
    # The form held questions 2 and 3; the partner renumbered the column 1, 2, 3…
    rows = [
        _row("1", PARTNERSHIP[1].text, "Fewer missed appointments.", row=2),
        _row("2", PARTNERSHIP[2].text, "A survey every spring.", row=3),
    ]
    reading = match_rows(rows, PARTNERSHIP, {})
    assert {a.key: a.theirs for a in reading.answers} == {
        "goals.gains": "Fewer missed appointments.",
        "goals.measure": "A survey every spring.",
    }
    assert reading.unmatched == ()


def test_a_number_and_wording_that_disagree_with_no_clear_question_stay_unmatched() -> None:
    # Number 1, but the row reads a little more like question 2, and not clearly like any.
    rows = [_row("1", "Who decides how the money is spent?", "The board.", row=2)]
    reading = match_rows(rows, PARTNERSHIP, {})
    assert reading.answers == ()
    assert [(u.where, u.reason) for u in reading.unmatched] == [
        (
            "table 1, row 2",
            "its number is that of question 1, but its wording reads like another question",
        )
    ]


def test_a_question_twice_takes_the_row_with_an_answer_over_a_blank_one() -> None:
    rows = [
        _row("7", "Does your organization have a values statement?", "", row=2),
        _row("6", "Do you plan to fund this work through a grant?", "Yes.", row=3),
        _row("7", "Does your organization have a values statement?", "Yes, since 2019.", row=4),
        _row("7", "Does your organization have a values statement?", "Again", row=5),
    ]
    reading = match_rows(rows, QUESTIONS, {})
    assert {a.key: a.theirs for a in reading.answers} == {
        "hard.funding": "Yes.",
        "hard.values": "Yes, since 2019.",
    }
    assert [u.reason for u in reading.unmatched] == [
        "question 7 is answered already in table 1, row 4"
    ]


def test_the_forms_own_words_are_known_whatever_date_it_was_written_on() -> None:
    content = FormContent(
        title="Questions about “Diabetes outreach”",
        introduction=("Please answer in your own words.",),
        topics=(FormTopic("Trust and respect", tuple(QUESTIONS)),),
        our_organization="Eastside Neighbors",
        prepared_on=date(2026, 12, 4),
    )
    loose = [
        ("before table 1", "Questions about “Diabetes outreach”"),
        ("before table 1", "Eastside Neighbors, 14 November 2026"),  # written a while ago
        ("before table 1", "Eastside Neighbors, November 14, 2026"),
        ("before table 1", "Please answer in your own words."),
        ("before table 1", "Ana Lima, November 14, 2026"),  # not ours
        ("before table 1", "Call Ana first."),
    ]
    reading = match_rows([], QUESTIONS, {}, loose, content.own_words())
    assert [u.text for u in reading.unmatched] == ["Ana Lima, November 14, 2026", "Call Ana first."]

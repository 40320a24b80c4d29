"""Each red-flag rule at its boundaries, and the readiness summary per category."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from partnerdesk.core.choices import Acknowledgement, ParticipationLevel, Rating, ValuesShown
from partnerdesk.core.question_bank import (
    BankCategory,
    BankQuestion,
    QuestionBank,
    load_question_bank,
)
from partnerdesk.core.red_flags import (
    AnswerFacts,
    ReadinessState,
    VettingFacts,
    format_date,
    has_prior_relationship,
    is_unacknowledged_harm,
    readiness_by_category,
    red_flags,
)

TODAY = date(2026, 9, 1)
P = ParticipationLevel
GOOD = Rating.ADEQUATE

# A request with nothing to worry about; each test spoils one thing.
CLEAN = VettingFacts(
    today=TODAY,
    funding_ends_on=TODAY + timedelta(days=800),
    plan_when_funding_ends="Our operating budget keeps the navigators on.",
    participation_offered=P.COLLABORATE,
    participation_wanted=P.COLLABORATE,
    values_statement="Equity, dignity, accountability.",
    has_prior_relationship=True,
    answers={
        "data.ownership": AnswerFacts("The community keeps ownership.", "", GOOD),
        "hard.values-statement": AnswerFacts(
            "We paid community members for their time on the 2023 needs assessment.",
            "Neighbors on that panel confirmed it.",
            GOOD,
            ValuesShown.SHOWN,
        ),
    },
)
# The values answer of CLEAN, without its rating.
VALUES = replace(CLEAN.answers["hard.values-statement"], values_shown=None)


def codes(facts: VettingFacts) -> list[str]:
    return [flag.code for flag in red_flags(facts)]


def with_answer(facts: VettingFacts, question_id: str, answer: AnswerFacts) -> VettingFacts:
    return replace(facts, answers={**facts.answers, question_id: answer})


def test_a_clean_request_raises_no_flag() -> None:
    assert red_flags(CLEAN) == []


def test_a_request_with_nothing_recorded_raises_what_is_missing() -> None:
    assert codes(VettingFacts(today=TODAY)) == [
        "no-funding-end-plan",
        "no-data-ownership-answer",
        "no-values-statement",
        "no-why-now",
    ]


def test_every_flag_points_to_a_question_in_the_shipped_bank() -> None:
    bank = load_question_bank()
    worst = VettingFacts(
        today=TODAY,
        funding_ends_on=TODAY,
        participation_offered=P.INFORM,
        participation_wanted=P.EMPOWER,
        unacknowledged_harms=["Clinic closed without notice"],
    )
    only_statement = replace(worst, values_statement="We value people.")
    flags = red_flags(worst) + red_flags(only_statement)
    assert {flag.code for flag in flags} == {
        "no-funding-end-plan",
        "funding-ends-soon",
        "participation-gap",
        "no-data-ownership-answer",
        "no-values-statement",
        "values-not-demonstrated",
        "no-why-now",
        "unacknowledged-harm",
    }
    for flag in flags:
        assert flag.question_id is not None and bank.get(flag.question_id) is not None
        assert flag.title and flag.explanation.endswith(".")


# No plan for when the funding ends --------------------------------------------------------


def test_no_plan_fires_when_field_and_answers_are_empty() -> None:
    facts = replace(CLEAN, plan_when_funding_ends="   ")
    assert codes(facts) == ["no-funding-end-plan"]
    assert "not said what happens" in red_flags(facts)[0].explanation


@pytest.mark.parametrize("question_id", ["hard.funding-runs-out", "sustainability.after-funding"])
def test_a_plan_in_the_answer_but_not_in_the_field_counts(question_id: str) -> None:
    facts = replace(CLEAN, plan_when_funding_ends="")
    plan = AnswerFacts("The county takes over the program in 2028.", "", GOOD)
    assert codes(with_answer(facts, question_id, plan)) == []


def test_an_answer_not_rated_yet_still_counts_as_a_plan() -> None:
    facts = replace(CLEAN, plan_when_funding_ends="")
    plan = AnswerFacts("The county takes over.", "", Rating.NOT_ASKED)
    assert codes(with_answer(facts, "hard.funding-runs-out", plan)) == []


@pytest.mark.parametrize("rating", [Rating.WEAK, Rating.CONCERN])
def test_an_answer_rated_weak_or_concern_is_not_a_plan(rating: Rating) -> None:
    facts = replace(CLEAN, plan_when_funding_ends="")
    vague = AnswerFacts("We will look for more funding.", "", rating)
    flags = red_flags(with_answer(facts, "hard.funding-runs-out", vague))
    assert [flag.code for flag in flags] == ["no-funding-end-plan"]
    assert "rated weak or a concern" in flags[0].explanation


def test_evidence_alone_is_not_their_plan() -> None:
    facts = replace(CLEAN, plan_when_funding_ends="")
    seen = AnswerFacts("", "Their grant ends in June.", GOOD)
    assert codes(with_answer(facts, "hard.funding-runs-out", seen)) == ["no-funding-end-plan"]


# Funding ends within a year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "fires"),
    [(366, False), (365, True), (364, True), (1, True), (0, True), (-30, True)],
)
def test_funding_ends_soon_boundaries(days_left: int, fires: bool) -> None:
    facts = replace(CLEAN, funding_ends_on=TODAY + timedelta(days=days_left))
    assert codes(facts) == (["funding-ends-soon"] if fires else [])


def test_no_end_date_means_no_funding_flag() -> None:
    assert codes(replace(CLEAN, funding_ends_on=None)) == []


def test_funding_explanations_are_plain() -> None:
    soon = red_flags(replace(CLEAN, funding_ends_on=date(2027, 8, 20)))[0]
    assert soon.explanation == (
        "Their funding ends on 20 Aug 2027, less than a year from now. "
        "Ask what happens to the families you serve when it does."
    )
    ended = red_flags(replace(CLEAN, funding_ends_on=date(2026, 3, 3)))[0]
    assert ended.explanation.startswith("Their funding ended on 3 Mar 2026.")
    today = red_flags(replace(CLEAN, funding_ends_on=TODAY))[0]
    assert today.explanation.startswith("Their funding ends today.")
    assert format_date(date(2027, 12, 1)) == "1 Dec 2027"


# Participation gap ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offered", "wanted", "fires"),
    [
        (P.CONSULT, P.COLLABORATE, True),
        (P.INFORM, P.COLLABORATE, True),
        (P.CONSULT, P.EMPOWER, True),
        (P.INFORM, P.EMPOWER, True),
        (P.INVOLVE, P.COLLABORATE, False),
        # Any gap of two steps or more: Involve offered, Empower wanted, too.
        (P.INVOLVE, P.EMPOWER, True),
        (P.INFORM, P.INVOLVE, True),
        (P.CONSULT, P.INVOLVE, False),
        (P.INFORM, P.CONSULT, False),
        (P.COLLABORATE, P.EMPOWER, False),
        (None, P.EMPOWER, False),
        (P.INFORM, None, False),
    ],
)
def test_participation_gap(
    offered: ParticipationLevel | None, wanted: ParticipationLevel | None, fires: bool
) -> None:
    facts = replace(CLEAN, participation_offered=offered, participation_wanted=wanted)
    assert codes(facts) == (["participation-gap"] if fires else [])


def test_participation_gap_names_both_levels() -> None:
    facts = replace(CLEAN, participation_offered=P.CONSULT, participation_wanted=P.COLLABORATE)
    explanation = red_flags(facts)[0].explanation
    assert "They offer Consult" in explanation and "You want Collaborate" in explanation


# Data ownership ---------------------------------------------------------------------------


def test_no_data_ownership_answer() -> None:
    no_answer = replace(
        CLEAN, answers={"hard.values-statement": CLEAN.answers["hard.values-statement"]}
    )
    assert codes(no_answer) == ["no-data-ownership-answer"]
    blank = AnswerFacts("  \n ", "They avoided the question.", Rating.CONCERN)
    assert codes(with_answer(CLEAN, "data.ownership", blank)) == ["no-data-ownership-answer"]


def test_a_worrying_answer_on_data_ownership_is_still_an_answer() -> None:
    worrying = AnswerFacts("The hospital owns all data.", "", Rating.CONCERN)
    assert codes(with_answer(CLEAN, "data.ownership", worrying)) == []


# Values -----------------------------------------------------------------------------------


def test_no_values_statement_raises_only_that_flag() -> None:
    facts = replace(CLEAN, values_statement="")
    facts = with_answer(facts, "hard.values-statement", AnswerFacts())
    assert codes(facts) == ["no-values-statement"]


def test_a_values_statement_given_as_an_answer_counts() -> None:
    facts = replace(CLEAN, values_statement="")
    stated = AnswerFacts("Yes: respect, equity and partnership.", "", GOOD)
    assert codes(with_answer(facts, "hard.values-statement", stated)) == ["values-not-demonstrated"]
    shown = replace(stated, values_shown=ValuesShown.SHOWN)
    assert codes(with_answer(facts, "hard.values-statement", shown)) == []


def test_a_values_answer_rated_a_concern_is_no_statement() -> None:
    facts = replace(CLEAN, values_statement="")
    doubtful = AnswerFacts("Not as such.", "Nothing on their website.", Rating.CONCERN)
    assert codes(with_answer(facts, "hard.values-statement", doubtful)) == ["no-values-statement"]


@pytest.mark.parametrize(
    ("shown", "fires"),
    [
        (ValuesShown.SHOWN, False),
        (ValuesShown.PARTLY, False),
        (ValuesShown.NOT_SHOWN, True),
        (ValuesShown.DONT_KNOW, True),
        (None, True),  # not rated yet: nobody has said they were shown
    ],
)
def test_values_not_demonstrated_follows_the_rating(shown: ValuesShown | None, fires: bool) -> None:
    facts = with_answer(CLEAN, "hard.values-statement", replace(VALUES, values_shown=shown))
    assert codes(facts) == (["values-not-demonstrated"] if fires else [])


def test_text_alone_does_not_silence_values_not_demonstrated() -> None:
    # Seed 000's hard question asks how they have demonstrated their values; writing down
    # that they have not is an answer, but no sign at all.
    said = AnswerFacts("We have not seen them share a decision.", "Nothing we saw.", GOOD)
    facts = with_answer(CLEAN, "hard.values-statement", said)
    assert codes(facts) == ["values-not-demonstrated"]
    flag = red_flags(facts)[0]
    assert "rate it beside their answer" in flag.explanation
    not_shown = replace(said, values_shown=ValuesShown.NOT_SHOWN)
    facts = with_answer(CLEAN, "hard.values-statement", not_shown)
    assert "you have not seen them live it" in red_flags(facts)[0].explanation
    # And no text at all, rated shown from what the community saw, raises nothing.
    shown_only = AnswerFacts(values_shown=ValuesShown.SHOWN)
    assert codes(with_answer(CLEAN, "hard.values-statement", shown_only)) == []


# Why now ----------------------------------------------------------------------------------


def test_no_why_now_without_relationship_or_answer() -> None:
    facts = replace(CLEAN, has_prior_relationship=False, years_in_community=40)
    flags = red_flags(facts)
    assert [flag.code for flag in flags] == ["no-why-now"]
    assert "in your community for 40 years" in flags[0].explanation


def test_why_now_is_answered_or_not_needed() -> None:
    facts = replace(CLEAN, has_prior_relationship=False)
    reason = AnswerFacts("A new grant requires a community partner.", "", Rating.WEAK)
    assert codes(with_answer(facts, "hard.why-now", reason)) == []
    assert codes(replace(facts, has_prior_relationship=True)) == []


@pytest.mark.parametrize(
    ("entries", "first_contact_days_ago", "expected"),
    [
        (0, None, False),
        (0, 365, False),
        (0, 366, True),
        (0, -10, False),
        (1, None, True),
        (2, 3, True),
    ],
)
def test_prior_relationship(
    entries: int, first_contact_days_ago: int | None, expected: bool
) -> None:
    first = None if first_contact_days_ago is None else TODAY - timedelta(first_contact_days_ago)
    assert has_prior_relationship(entries, first, TODAY) is expected


# Unacknowledged harm ----------------------------------------------------------------------

A = Acknowledgement


@pytest.mark.parametrize(
    ("harm", "acknowledgement", "expected"),
    [
        ("Closed the clinic without notice", A.NOT_ACKNOWLEDGED, True),
        ("Closed the clinic without notice", A.PARTLY, True),
        ("Closed the clinic without notice", A.UNKNOWN, True),
        ("Closed the clinic without notice", A.NOT_APPLICABLE, True),
        ("Closed the clinic without notice", A.ACKNOWLEDGED, False),
        ("", A.NOT_ACKNOWLEDGED, True),
        ("", A.PARTLY, True),
        ("  ", A.UNKNOWN, False),
        ("", A.NOT_APPLICABLE, False),
    ],
)
def test_which_harms_are_unacknowledged(
    harm: str, acknowledgement: Acknowledgement, expected: bool
) -> None:
    assert is_unacknowledged_harm(harm, acknowledgement) is expected


def test_unacknowledged_harm_flag_names_each_harm() -> None:
    assert codes(replace(CLEAN, unacknowledged_harms=[])) == []
    one = red_flags(replace(CLEAN, unacknowledged_harms=["2015 study never reported back"]))
    assert [flag.code for flag in one] == ["unacknowledged-harm"]
    assert "“2015 study never reported back”" in one[0].explanation
    two = red_flags(replace(CLEAN, unacknowledged_harms=["Study", "Clinic closure"]))
    assert two[0].explanation.startswith("2 past harms or broken promises have not been")
    # Spanish quotation marks in Spanish (review #34).
    spanish = red_flags(replace(CLEAN, unacknowledged_harms=["Estudio de 2015"]), "es")
    assert "«Estudio de 2015»" in spanish[0].explanation


# Readiness per category -------------------------------------------------------------------


def _bank() -> QuestionBank:
    categories = [BankCategory(c, c.title(), "") for c in ("a", "b", "c", "d", "e")]
    ids = ["a.1", "a.2", "b.1", "b.2", "c.1", "c.2", "d.1"]
    questions = [
        BankQuestion(qid, qid.split(".")[0], f"{qid}?", "", "000.txt", n)
        for n, qid in enumerate(ids)
    ]
    return QuestionBank(1, tuple(categories), tuple(questions))


def test_readiness_states() -> None:
    answers = {
        "a.1": AnswerFacts("Yes.", "", GOOD),
        "b.1": AnswerFacts("Yes.", "", GOOD),
        "b.2": AnswerFacts("", "We saw it ourselves.", Rating.NOT_ASKED),
        "c.1": AnswerFacts("Yes.", "", Rating.STRONG),
        "c.2": AnswerFacts("", "", Rating.CONCERN),
        "d.1": AnswerFacts("", "", Rating.NOT_ASKED),  # Opened, nothing recorded yet.
        "zz.9": AnswerFacts("A question no longer in the bank.", "", GOOD),
    }
    summary = {r.category_id: r for r in readiness_by_category(_bank(), answers)}
    assert list(summary) == ["a", "b", "c", "d", "e"]
    assert (summary["a"].state, summary["a"].answered, summary["a"].total) == (
        ReadinessState.IN_PROGRESS,
        1,
        2,
    )
    assert summary["a"].explanation == "1 of 2 answered so far."
    assert summary["b"].state is ReadinessState.ANSWERED
    assert summary["c"].state is ReadinessState.CONCERNS
    assert (summary["c"].answered, summary["c"].concerns) == (2, 1)
    assert "1 answer is rated a concern" in summary["c"].explanation
    assert summary["d"].state is ReadinessState.NOT_STARTED
    assert summary["e"].state is ReadinessState.NOT_STARTED
    assert summary["e"].total == 0


def test_a_concern_outweighs_progress() -> None:
    answers = {"a.1": AnswerFacts("No.", "", Rating.CONCERN)}
    first = readiness_by_category(_bank(), answers)[0]
    assert first.state is ReadinessState.CONCERNS
    assert first.state == "Concerns"


def test_shipped_bank_starts_with_every_category_not_started() -> None:
    summary = readiness_by_category(load_question_bank(), {})
    assert len(summary) == 11
    assert {r.state for r in summary} == {ReadinessState.NOT_STARTED}
    assert summary[1].title == "The hard questions"
    assert summary[1].explanation == "None of the 3 questions has been asked yet."

"""The Spanish domain data (resources/es/) has exactly the keys of the English data.

Answers, ratings and clauses are kept under these ids, so a language that lacks one, or has
one the English does not, would lose or invent data when a person switches language. Each
file is read with the same loader the app uses, so it is also checked to be valid.
"""

from __future__ import annotations

import pytest

from partnerdesk.core.checkups import CheckupStatements, load_checkup_statements
from partnerdesk.core.mou_clauses import load_clauses
from partnerdesk.core.profile_prompts import ProfilePrompts, load_profile_prompts
from partnerdesk.core.question_bank import load_question_bank
from partnerdesk.services.vetting import capacity_matrix
from partnerdesk.shipped_files import resource

LANGUAGES = ["es"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_question_bank_has_the_english_categories_and_questions(language: str) -> None:
    english = load_question_bank(resource("question_bank.yaml"))
    translated = load_question_bank(resource(language, "question_bank.yaml"))

    assert [c.id for c in translated.categories] == [c.id for c in english.categories]
    # Same question, same category, same seed document, in the same order.
    assert [(q.id, q.category, q.source) for q in translated.questions] == [
        (q.id, q.category, q.source) for q in english.questions
    ]
    assert translated.version == english.version
    # The years placeholder the hard question is filled with must survive translation.
    assert (
        "(X)"
        in translated.questions[[q.id for q in translated.questions].index("hard.why-now")].text
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_profile_prompts_have_the_english_parts_and_questions(language: str) -> None:
    english = load_profile_prompts(resource("profile_prompts.yaml"))
    translated = load_profile_prompts(resource(language, "profile_prompts.yaml"))

    def shape(prompts: ProfilePrompts) -> list[tuple[str, str, list[tuple[str, bool, str]]]]:
        return [
            (part.id, part.source, [(f.id, f.multiline, f.source) for f in part.fields])
            for part in prompts.parts
        ]

    assert shape(translated) == shape(english)
    assert translated.version == english.version


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mou_clauses_have_the_english_keys(language: str) -> None:
    english = load_clauses(resource("mou_clauses.yaml"))
    translated = load_clauses(resource(language, "mou_clauses.yaml"))

    assert list(translated) == list(english)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checkup_statements_have_the_english_domains_and_statements(language: str) -> None:
    english = load_checkup_statements(resource("checkup_statements.yaml"))
    translated = load_checkup_statements(resource(language, "checkup_statements.yaml"))

    def shape(statements: CheckupStatements) -> list[tuple[str, list[str]]]:
        return [(d.id, [s.id for s in d.statements]) for d in statements.domains]

    assert shape(translated) == shape(english)
    assert translated.version == english.version


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_capacities_are_the_english_ones_line_for_line(language: str) -> None:
    english = capacity_matrix.shipped_capacities()
    # Read as the app reads the shipped list, from the language's folder.
    translated = capacity_matrix.shipped_capacities(language)

    assert len(translated) == len(english)
    # Names are unique in the matrix whatever their case.
    assert len({name.casefold() for name in translated}) == len(translated)
    # Same order and comment lines too, so line N names the same capacity in each language.
    english_lines = resource("capacities.txt").read_text(encoding="utf-8").splitlines()
    lines = resource(language, "capacities.txt").read_text(encoding="utf-8").splitlines()
    assert [line.startswith("#") for line in lines] == [
        line.startswith("#") for line in english_lines
    ]

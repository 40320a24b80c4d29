"""The shipped question bank, and the errors a hand-broken bank file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerdesk.core.question_bank import QuestionBank, QuestionBankError, load_question_bank
from tests.seeds import SEEDS_DIR, seed_text

# The seed documents live outside the project; the checks against their text are skipped
# where they are absent, and the facts they need are copied here instead.
SEED_000 = "000_32165e766a75a9f3.txt"
SEED_001 = "001_1e96e0aeeda054e5.txt"
SEED_FILES = {SEED_000, SEED_001, "002_f91cecd6d770001d.txt", "003_ade189019c1c7868.txt"}

CATEGORY_IDS = [
    "alignment",
    "hard",
    "history",
    "principles",
    "trust",
    "participation",
    "engagement",
    "power",
    "data",
    "sustainability",
    "readiness",
]

HARD_QUESTIONS = {
    "hard.why-now": (
        "Why haven't you reached out to us until now, when your organization has been "
        "around for (X) years?"
    ),
    "hard.funding-runs-out": (
        "Do you plan to fund this work through a grant, and if so, what will you do when "
        "the funding runs out?"
    ),
    "hard.values-statement": (
        "Does your organization have a values statement? How have they demonstrated those values?"
    ),
}

KEY_PRINCIPLES = [
    "Share a common vision, mission, goals, and values",
    "Have genuine interest in, and commitment to, the community",
    "Show mutual trust and respect for partners",
    "Recognize the strengths and contributions of all partners",
    "Share leadership, decision-making power, resources, and credit among partners",
    "Ensure that each member of the partnership is treated equally",
    "Foster a safe environment for clear and open communication that values feedback from "
    "all partners",
    "Value the knowledge and expertise of all partners",
    "Gain community input",
    "Value diversity",
    "Understand that relationships take time to develop and that they change over time",
]

TRUST_PRINCIPLES = [
    "The community is already educated; that's why it doesn't trust you.",
    "You are not the only expert.",
    "Without action, your organizational pledge is only performance.",
    "An office of community engagement is insufficient.",
    "It doesn't start or end with a community advisory board.",
    "Diversity is more than skin-deep.",
    'There\'s more than one gay bar and "Black church" in your community.',
    "Show your work.",
    "If you're gonna do it, take your time, and do it right.",
    "The project may be over, but the work is not.",
]

IAP2_PROMISES = [
    "We will keep you informed.",
    "We will look to you for advice and innovation in formulating solutions",
    "We will implement what you decide.",
]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_question_bank()


def _seed_text(name: str) -> str:
    return seed_text(name)


# The shipped bank -------------------------------------------------------------------------


def test_shipped_bank_has_the_eleven_categories_in_order_none_empty(bank: QuestionBank) -> None:
    assert bank.version == 1
    assert [category.id for category in bank.categories] == CATEGORY_IDS
    grouped = bank.by_category()
    assert list(grouped) == CATEGORY_IDS
    assert all(grouped[category_id] for category_id in CATEGORY_IDS)
    hard = bank.category("hard")
    assert hard is not None
    assert hard.title == "The hard questions"


def test_question_ids_are_unique_and_start_with_their_category(bank: QuestionBank) -> None:
    ids = [question.id for question in bank.questions]
    assert len(ids) == len(set(ids))
    for question in bank.questions:
        assert question.id.split(".")[0] == question.category, question.id
        assert question.text and question.help
    assert [question.position for question in bank.questions] == list(range(len(ids)))


def test_every_question_names_a_seed_document(bank: QuestionBank) -> None:
    assert {question.source for question in bank.questions} <= SEED_FILES
    if SEEDS_DIR.is_dir():
        assert SEED_FILES.issubset(path.name for path in SEEDS_DIR.iterdir())


def test_hard_questions_are_quoted_word_for_word(bank: QuestionBank) -> None:
    for question_id, wording in HARD_QUESTIONS.items():
        question = bank.get(question_id)
        assert question is not None
        assert question.text == wording
        assert question.category == "hard"
        assert question.source == SEED_000
    assert len(bank.by_category()["hard"]) == 3


def test_they_are_asked_whether_the_request_comes_from_their_chna_or_chip(
    bank: QuestionBank,
) -> None:
    # Seed 001 asks hospitals to define the problem from their data and to check their
    # latest community health needs assessment and improvement plan.
    question = bank.get("alignment.needs-assessment")
    assert question is not None and question.category == "alignment"
    assert "community health needs assessment (CHNA)" in question.text
    assert "community health improvement plan (CHIP)" in question.text
    assert "data" in question.text
    assert question.source == "001_1e96e0aeeda054e5.txt"
    assert "Community Health Needs Assessment" in _seed_text(question.source)


def test_hard_questions_match_the_seed_document() -> None:
    seed = _seed_text(SEED_000)
    for wording in HARD_QUESTIONS.values():
        assert f'"{wording}"' in seed


def test_eleven_key_principles_each_quoted_in_order(bank: QuestionBank) -> None:
    principles = bank.by_category()["principles"]
    assert [q.id for q in principles] == [f"principles.{n:02}" for n in range(1, 12)]
    for question, principle in zip(principles, KEY_PRINCIPLES, strict=True):
        assert principle in question.help
        assert question.source == SEED_000
        assert question.text.endswith("?")


def test_ten_principles_of_trustworthiness_each_quoted_in_order(bank: QuestionBank) -> None:
    trust = bank.by_category()["trust"]
    assert [q.id for q in trust] == [f"trust.{n:02}" for n in range(1, 11)]
    for question, principle in zip(trust, TRUST_PRINCIPLES, strict=True):
        assert principle in question.help
        assert question.source == SEED_001
        assert question.text.endswith("?")


def test_principles_match_the_seed_documents() -> None:
    seed_000, seed_001 = _seed_text(SEED_000), _seed_text(SEED_001)
    for principle in KEY_PRINCIPLES:
        assert f"- {principle}\n" in seed_000
    for number, principle in enumerate(TRUST_PRINCIPLES, start=1):
        assert f"{number}. {principle}" in seed_001


def test_participation_asks_where_it_sits_where_we_want_it_and_outreach(
    bank: QuestionBank,
) -> None:
    offered = bank.get("participation.level-offered")
    assert offered is not None
    for promise in IAP2_PROMISES:
        assert promise in offered.help
    assert bank.get("participation.level-wanted") is not None
    outreach = bank.get("participation.outreach-or-engagement")
    assert outreach is not None
    assert "outreach" in outreach.text and "engagement" in outreach.text


def test_named_questions_exist(bank: QuestionBank) -> None:
    for question_id in ("alignment.goals", "data.ownership", "sustainability.after-funding"):
        assert bank.get(question_id) is not None
    assert bank.get("no.such-question") is None


# Broken banks -----------------------------------------------------------------------------

VALID = """\
version: 1
categories:
  - id: data
    title: Our community's data
    help: Information about the people we serve.
questions:
  - id: data.ownership
    category: data
    text: Who will own the data?
    help: Agree before anything is collected.
    source: 000_32165e766a75a9f3.txt
  - id: data.results
    category: data
    text: When will results be shared?
    help: Results should come back to the community first.
    source: 001_1e96e0aeeda054e5.txt
"""


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "question_bank.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    """1-based number of the line holding the n-th occurrence of snippet."""
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if snippet in line]
    return lines[occurrence - 1]


def _error(tmp_path: Path, text: str | bytes) -> QuestionBankError:
    with pytest.raises(QuestionBankError) as caught:
        load_question_bank(_write(tmp_path, text))
    return caught.value


def _assert_names_line(error: QuestionBankError, line: int, *words: str) -> None:
    assert error.line == line
    assert str(error).startswith(f"question_bank.yaml, line {line}: ")
    for word in words:
        assert word in str(error)


def test_a_valid_small_bank_loads(tmp_path: Path) -> None:
    bank = load_question_bank(_write(tmp_path, VALID))
    assert [q.id for q in bank.questions] == ["data.ownership", "data.results"]
    results = bank.get("data.results")
    assert results is not None
    assert results.text == "When will results be shared?"


@pytest.mark.parametrize(
    ("broken", "snippet"),
    [
        ("    text: Who owns: the data?", "Who owns"),
        ("    text: 'Who will own the data?", "Who will own"),
        ("   text: Who will own the data?", "Who will own"),
        ("    text Who will own the data?", "Who will own"),
        ("    text: Who will own the data?\n\thelp: tab", "tab"),
    ],
)
def test_bad_yaml_names_the_line(tmp_path: Path, broken: str, snippet: str) -> None:
    text = VALID.replace("    text: Who will own the data?", broken)
    error = _error(tmp_path, text)
    assert error.line is not None
    assert error.line == _line_of(text, snippet)
    assert "not valid YAML" in str(error)


def test_missing_text_is_reported_on_the_question_line(tmp_path: Path) -> None:
    text = VALID.replace("    text: When will results be shared?\n", "")
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "- id: data.results"), "'data.results' has no text")


@pytest.mark.parametrize("empty", ["    text:", '    text: ""', "    text: '   '"])
def test_empty_text_is_reported_on_its_own_line(tmp_path: Path, empty: str) -> None:
    text = VALID.replace("    text: Who will own the data?", empty)
    error = _error(tmp_path, text)
    _assert_names_line(error, 9, "the question 'data.ownership' has no text")


def test_unknown_category(tmp_path: Path) -> None:
    text = VALID.replace("    category: data\n    text: When", "    category: dta\n    text: When")
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "category: dta"), "'dta'", "'data.results'")


def test_duplicate_question_id_names_both_lines(tmp_path: Path) -> None:
    text = VALID.replace("- id: data.results", "- id: data.ownership")
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "- id: data.ownership", 2), "used twice")
    assert f"first on line {_line_of(text, '- id: data.ownership')}" in str(error)


def test_duplicate_category_id(tmp_path: Path) -> None:
    extra = "  - id: data\n    title: Again\n    help: Again.\nquestions:\n"
    text = VALID.replace("questions:\n", extra)
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "- id: data", 2), "category id 'data' is used twice")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("42", "should be text, but it is a number"),
        ("yes", "should be text, but it is a yes/no value"),
        ("2024-01-01", "should be text, but it is a date"),
        ("[Who, owns]", "should be text, not a list"),
        ("{who: owns}", "should be text, not a set of fields"),
        # A tag asking YAML to run code is only ever read as a wrong type, never run.
        ("!!python/object/apply:os.system ['echo owned']", "should be text, not a list"),
    ],
)
def test_wrong_type_is_reported_on_its_line(tmp_path: Path, value: str, words: str) -> None:
    text = VALID.replace("    text: Who will own the data?", f"    text: {value}")
    error = _error(tmp_path, text)
    _assert_names_line(error, 9, words, "the text of the question 'data.ownership'")


def test_questions_that_are_not_a_list(tmp_path: Path) -> None:
    text = VALID[: VALID.index("questions:")] + "questions: none yet\n"
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "questions:"), "should be a list")


def test_unknown_and_repeated_fields_are_typos(tmp_path: Path) -> None:
    typo = VALID.replace("    help: Agree", "    hlep: Agree")
    _assert_names_line(_error(tmp_path, typo), _line_of(typo, "hlep"), "'hlep'")
    twice = VALID.replace("    source: 000", "    text: Again?\n    source: 000")
    _assert_names_line(_error(tmp_path, twice), _line_of(twice, "Again?"), "'text' twice")


def test_bad_id_and_unsupported_version(tmp_path: Path) -> None:
    bad_id = VALID.replace("- id: data.results", "- id: Data Results")
    _assert_names_line(_error(tmp_path, bad_id), _line_of(bad_id, "Data Results"), "lowercase")
    version = VALID.replace("version: 1", "version: 2")
    _assert_names_line(_error(tmp_path, version), 1, "reads version 1")


def test_whole_file_problems(tmp_path: Path) -> None:
    _assert_names_line(_error(tmp_path, ""), 1, "empty")
    _assert_names_line(_error(tmp_path, "- just\n- a list\n"), 1, "set of fields")
    no_questions = VALID[: VALID.index("questions:")]
    _assert_names_line(_error(tmp_path, no_questions), 1, "has no questions")
    not_utf8 = VALID.replace("Who will own", "Who will \udcff own").encode(
        "utf-8", "surrogateescape"
    )
    _assert_names_line(_error(tmp_path, not_utf8), 9, "UTF-8")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionBankError) as caught:
        load_question_bank(tmp_path / "question_bank.yaml")
    assert str(caught.value).startswith("question_bank.yaml: ")
    assert caught.value.line is None

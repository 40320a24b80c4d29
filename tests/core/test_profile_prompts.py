"""The shipped partner-profile prompts, and the errors a hand-broken prompts file gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk.core.profile_prompts import (
    ProfilePrompts,
    ProfilePromptsError,
    load_profile_prompts,
)
from tests.seeds import seed_text

SEED_001 = "001_1e96e0aeeda054e5.txt"
SEED_003 = "003_ade189019c1c7868.txt"

PART_IDS = ["serve", "do", "why", "how", "contributions", "partnership", "success"]

# The prompts of seed 001's "Develop your partner profile", word for word, by part.
SEED_001_PROMPTS = {
    "serve": [
        "What's your role/mission?",
        "Where do you operate?",
        "Whom do you serve? (socioeconomically, demographically, by health status, social "
        "need, payer)",
    ],
    "do": ["Purpose?", "Timeframe?"],
    "why": [
        "What need are you fulfilling?",
        "How does it support your organization's strategic goals?",
    ],
    "how": [
        "Deliver services?",
        "Operating/leadership structure?",
        "Key operational terms and definitions?",
    ],
    "contributions": ["Technical?", "Relational?", "Clinical?", "Other?"],
    "partnership": [
        "What need are you fulfilling?",
        "How do you know this is a need?",
        "How does this partnership goal support your organization's strategic priorities?",
        "What are the revenue/funding opportunities that factor into this partnership?",
    ],
}
# Seed 003's "take stock" bullets the profile quotes.
SEED_003_PROMPTS = {
    "do": ["Delivery/business model", "Legal/statutory requirements", "Funding sources and cycles"],
    "why": ["Business viability"],
    "success": [
        "For your population(s)",
        "As an organization",
        "Against health care field measures",
        "At frequent intervals",
    ],
}


@pytest.fixture(scope="module")
def prompts() -> ProfilePrompts:
    return load_profile_prompts()


def _seed_text(name: str) -> str:
    return seed_text(name)


# The shipped prompts ----------------------------------------------------------------------


def test_the_seven_parts_in_order_each_with_questions(prompts: ProfilePrompts) -> None:
    assert prompts.version == 1
    assert [part.id for part in prompts.parts] == PART_IDS
    for part in prompts.parts:
        assert part.title.endswith("?") and part.intro and part.fields
        for field in part.fields:
            assert field.id.split(".")[0] == part.id, field.id
            assert field.label and field.help
    ids = [field.id for part in prompts.parts for field in part.fields]
    assert len(ids) == len(set(ids)) == prompts.field_count


def test_every_seed_prompt_is_quoted_as_help(prompts: ProfilePrompts) -> None:
    for quoted, seed in ((SEED_001_PROMPTS, SEED_001), (SEED_003_PROMPTS, SEED_003)):
        for part_id, wordings in quoted.items():
            part = prompts.part(part_id)
            assert part is not None
            helps = {field.help: field for field in part.fields}
            for wording in wordings:
                assert wording in helps, f"{part_id}: {wording!r} is not quoted"
                assert helps[wording].source == seed


def test_the_quoted_prompts_match_the_seed_documents() -> None:
    seed_001 = _seed_text(SEED_001)
    for wordings in SEED_001_PROMPTS.values():
        for wording in wordings:
            assert f"• {wording}" in seed_001, wording
    seed_003 = _seed_text(SEED_003)
    for wordings in SEED_003_PROMPTS.values():
        for wording in wordings:
            assert wording in seed_003, wording


def test_lookups_and_cleaning(prompts: ProfilePrompts) -> None:
    timeframe = prompts.field("do.timeframe")
    mission = prompts.field("serve.mission")
    assert timeframe is not None and mission is not None
    assert not timeframe.multiline and mission.multiline
    assert timeframe.clean("  Every Saturday\nsince 2009 ") == "Every Saturday since 2009"
    assert mission.clean("Line one\r\nLine\x07 two  ") == "Line one\nLine two"
    assert prompts.field("no.such") is None and prompts.part("nope") is None


def test_importing_the_prompt_classes_does_not_load_yaml() -> None:
    code = "import sys\nimport partnerdesk.core.profile_prompts\nprint('yaml' in sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# Broken files -----------------------------------------------------------------------------

VALID = """\
version: 1
parts:
  - id: serve
    title: Whom do you serve?
    intro: Start with the people you serve.
    source: 001_1e96e0aeeda054e5.txt
    fields:
      - id: serve.mission
        label: Your role and mission
        help: What's your role/mission?
      - id: serve.when
        label: Timeframe
        help: Timeframe?
        multiline: false
"""


def _error(tmp_path: Path, text: str) -> ProfilePromptsError:
    path = tmp_path / "profile_prompts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfilePromptsError) as caught:
        load_profile_prompts(path)
    return caught.value


def _line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if snippet in line]
    return lines[occurrence - 1]


def _assert_names_line(error: ProfilePromptsError, line: int, *words: str) -> None:
    assert error.line == line
    assert str(error).startswith(f"profile_prompts.yaml, line {line}: ")
    for word in words:
        assert word in str(error), str(error)


def test_a_valid_small_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "profile_prompts.yaml"
    path.write_text(VALID, encoding="utf-8")
    prompts = load_profile_prompts(path)
    when = prompts.field("serve.when")
    assert when is not None and not when.multiline and when.source.startswith("001_")


def test_a_colon_in_text_names_its_line(tmp_path: Path) -> None:
    text = VALID.replace("help: Timeframe?", "help: Timeframe: how long?")
    _assert_names_line(
        _error(tmp_path, text), _line_of(text, "how long"), "not valid YAML", "quotes"
    )


def test_missing_label_is_reported_on_the_question(tmp_path: Path) -> None:
    text = VALID.replace("        label: Timeframe\n", "")
    _assert_names_line(
        _error(tmp_path, text), _line_of(text, "- id: serve.when"), "'serve.when' has no label"
    )


def test_duplicate_question_id_names_both_lines(tmp_path: Path) -> None:
    text = VALID.replace("- id: serve.when", "- id: serve.mission")
    error = _error(tmp_path, text)
    _assert_names_line(error, _line_of(text, "- id: serve.mission", 2), "used twice")
    assert f"first on line {_line_of(text, '- id: serve.mission')}" in str(error)


def test_multiline_must_be_true_or_false(tmp_path: Path) -> None:
    text = VALID.replace("multiline: false", "multiline: 'no'")
    _assert_names_line(_error(tmp_path, text), _line_of(text, "multiline"), "true or false")


def test_typo_in_a_field_name_and_a_wrong_version(tmp_path: Path) -> None:
    typo = VALID.replace("    intro:", "    intor:")
    _assert_names_line(_error(tmp_path, typo), _line_of(typo, "intor"), "'intor'", "intro")
    version = VALID.replace("version: 1", "version: 3")
    _assert_names_line(_error(tmp_path, version), 1, "version 1 of the profile prompts")


def test_whole_file_problems(tmp_path: Path) -> None:
    _assert_names_line(_error(tmp_path, ""), 1, "empty")
    no_parts = VALID[: VALID.index("parts:")]
    _assert_names_line(_error(tmp_path, no_parts), 1, "has no parts")
    no_fields = VALID[: VALID.index("    fields:")]
    _assert_names_line(_error(tmp_path, no_fields), 3, "'serve' has no fields")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ProfilePromptsError) as caught:
        load_profile_prompts(tmp_path / "profile_prompts.yaml")
    assert str(caught.value).startswith("profile_prompts.yaml: ")
    assert caught.value.line is None

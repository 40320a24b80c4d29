"""Every language's data has exactly the keys of the English data (issue 21).

English files are at the top of resources/, every other language's in resources/LANG/
with the same names. A translated file must hold every key the English one has, and none
that English lacks; its {places} must be the ones English fills in. The test runs over
every language folder present, and over every data file each one holds: a language
being translated is checked file by file as its files arrive.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerdesk.core.checkups import load_checkup_statements
from partnerdesk.core.document_language import DOCUMENT_LANGUAGES, ENGLISH, document_words
from partnerdesk.core.mou_checks import MESSAGES, check_words
from partnerdesk.core.mou_clauses import load_clauses
from partnerdesk.core.mou_sections import SECTIONS, SMARTIE, section_words, sections_in
from partnerdesk.core.profile_prompts import load_profile_prompts
from partnerdesk.core.question_bank import load_question_bank
from partnerdesk.core.red_flags import MESSAGES as FLAG_MESSAGES
from partnerdesk.core.red_flags import flag_words
from partnerdesk.shipped_files import resource_in, resources_dir

Keys = dict[str, str]  # key: its text (or "" where only the key counts)


def _bank(path: Path) -> Keys:
    bank = load_question_bank(path)
    keys = {
        f"category {c.id} {part}": getattr(c, part)
        for c in bank.categories
        for part in ("title", "help")
    }
    for q in bank.questions:
        keys[f"question {q.id} in {q.category}"] = ""
        keys[f"question {q.id} text"] = q.text
        keys[f"question {q.id} help"] = q.help
    return keys


def _prompts(path: Path) -> Keys:
    prompts = load_profile_prompts(path)
    keys = {
        f"part {p.id} {part}": getattr(p, part)
        for p in prompts.parts
        for part in ("title", "intro")
    }
    for part in prompts.parts:
        for item in part.fields:
            keys[f"field {item.id} in {part.id}"] = ""
            keys[f"field {item.id} label"] = item.label
            keys[f"field {item.id} help"] = item.help
    return keys


def _statements(path: Path) -> Keys:
    statements = load_checkup_statements(path)
    keys: Keys = {}
    for domain in statements.domains:
        keys[f"domain {domain.id} title"] = domain.title
        for statement in domain.statements:
            keys[f"statement {statement.id} in {domain.id}"] = statement.text
    return keys


def _clauses(path: Path) -> Keys:
    return {f"{section}.{field}": text for (section, field), text in load_clauses(path).items()}


def _capacities(path: Path) -> Keys:
    # No ids: a capacity is known by its place in the list, the same in every language.
    lines = path.read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return {f"capacity {number}": name for number, name in enumerate(names, start=1)}


def _flat(path: Path) -> Keys:
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys: Keys = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            keys.update({f"{key} ({form})": str(text) for form, text in value.items()})
        else:
            keys[str(key)] = str(value)
    return keys


DATA_FILES: dict[str, Callable[[Path], Keys]] = {
    "question_bank.yaml": _bank,
    "profile_prompts.yaml": _prompts,
    "checkup_statements.yaml": _statements,
    "mou_clauses.yaml": _clauses,
    "capacities.txt": _capacities,
    "mou_sections.yaml": _flat,
    "mou_checks.yaml": _flat,
    "red_flags.yaml": _flat,
    "kickoff.yaml": _flat,
    "document_words.yaml": _flat,
}
# What a document needs in a language it can be written in.
DOCUMENT_FILES = (
    "document_words.yaml",
    "mou_sections.yaml",
    "mou_checks.yaml",
    "red_flags.yaml",
    "kickoff.yaml",
)


def _languages() -> list[str]:
    """Every folder of resources/ holding at least one of the data files."""
    return sorted(
        folder.name
        for folder in resources_dir().iterdir()
        if folder.is_dir() and any((folder / name).is_file() for name in DATA_FILES)
    )


def _places(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


TRANSLATED = [
    (language, name)
    for language in _languages()
    for name in DATA_FILES
    if resource_in(language, name).is_file()
]


def test_spanish_is_a_language_folder() -> None:
    assert "es" in _languages()


@pytest.mark.parametrize(
    ("language", "name"), TRANSLATED, ids=[f"{lang}/{name}" for lang, name in TRANSLATED]
)
def test_a_translated_file_has_the_keys_of_the_english_one(language: str, name: str) -> None:
    read = DATA_FILES[name]
    english = read(resource_in(ENGLISH, name))
    translated = read(resource_in(language, name))
    missing = sorted(set(english) - set(translated))
    extra = sorted(set(translated) - set(english))
    assert not missing, f"{language}/{name} lacks: {missing}"
    assert not extra, f"{language}/{name} has keys English lacks: {extra}"
    wrong_places = [
        key for key, text in english.items() if _places(text) != _places(translated[key])
    ]
    assert not wrong_places, f"{language}/{name}: other {{places}} than English in {wrong_places}"
    if name != "capacities.txt":
        untranslated_help = [
            key
            for key, text in english.items()
            if len(text) > 40 and text == translated[key] and not re.search(r"\d{3}_", text)
        ]
        assert not untranslated_help, f"{language}/{name} still English in {untranslated_help}"


@pytest.mark.parametrize("language", sorted(DOCUMENT_LANGUAGES))
def test_a_document_language_has_every_document_file(language: str) -> None:
    for name in DOCUMENT_FILES:
        assert resource_in(language, name).is_file(), f"{language} has no {name}"
    assert document_words(language)
    assert len(sections_in(language)) == len(SECTIONS)
    assert check_words(language).keys() == MESSAGES.keys()


def test_the_english_files_say_what_the_code_says() -> None:
    """The sections and checks are in code for the screens (no YAML at start-up) and in
    resources/ for the translators: the two must not drift apart."""
    words = section_words(ENGLISH)
    for section in SECTIONS:
        assert words[f"{section.id}.title"] == section.title
        assert words[f"{section.id}.help"] == " ".join(section.help.split())
        for item in section.fields:
            assert words[f"{section.id}.{item.id}.label"] == item.label
            if item.help and section.id != "goals":
                assert words[f"{section.id}.{item.id}.help"] == " ".join(item.help.split())
            for value, label in item.choices:
                assert words[f"{section.id}.{item.id}.choice.{value or 'none'}"] == label
    assert [text for key, text in words.items() if key.startswith("smartie.")] == list(SMARTIE)
    assert (
        _flat(resource_in(ENGLISH, "mou_checks.yaml"))
        == {key: " ".join(text.split()) for key, text in MESSAGES.items()}
        == {key: " ".join(text.split()) for key, text in check_words(ENGLISH).items()}
    )
    assert _flat(resource_in(ENGLISH, "red_flags.yaml")) == {
        key: " ".join(text.split()) for key, text in FLAG_MESSAGES.items()
    }
    for language in DOCUMENT_LANGUAGES:
        assert flag_words(language).keys() == FLAG_MESSAGES.keys()
    # The chosen values' names in English documents are the screens' labels.
    from partnerdesk.core.capacity_matrix import PartyRole
    from partnerdesk.core.choices import Decision, ParticipationLevel, Rating, RequestStage

    words = document_words(ENGLISH)
    for kind in (RequestStage, Decision, Rating, ParticipationLevel):
        for choice in kind:
            assert words[f"choice.{kind.__name__}.{choice.value}"] == choice.label
    for role in PartyRole:
        assert words[f"choice.PartyRole.{role.value}"] == role.value
    from partnerdesk.core.kickoff import english_words, kickoff_words

    assert _flat(resource_in(ENGLISH, "kickoff.yaml")) == english_words()
    for language in DOCUMENT_LANGUAGES:
        assert kickoff_words(language).keys() == english_words().keys()


def test_the_charter_headings_in_english_documents_are_the_editors() -> None:
    """The team charter's four parts are in code for its editor and in the document words
    for the documents: in English, the same headings."""
    from partnerdesk.core.team_charter import PARTS

    words = document_words(ENGLISH)
    assert [words[f"charter.part.{part.id}"] for part in PARTS] == [part.title for part in PARTS]

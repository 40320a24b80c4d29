"""The commands' translation without Qt: the .ts read as Qt's translator reads the .qm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.core import translation
from partnerdesk.core.translation import (
    Catalog,
    Messages,
    language_setting,
    resolve_language,
    translate,
    use_language,
)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <source>Saved {title}.</source>
        <translation>Se guardó {title}.</translation>
    </message>
    <message>
        <source>Not finished yet.</source>
        <translation type="unfinished">A medias</translation>
    </message>
    <message>
        <source>Saved.</source>
        <comment>a file</comment>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>Se exportó %n contacto.</numerusform>
            <numerusform>Se exportaron %n contactos.</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    use_language("en")


def test_finished_translations_are_found_by_context_text_and_comment(tmp_path: Path) -> None:
    (tmp_path / "es.ts").write_text(TS, encoding="utf-8")
    catalog = Catalog.read(tmp_path / "es.ts", "es")
    assert catalog.translate("Commands", "Saved {title}.").format(title="X") == "Se guardó X."
    assert catalog.translate("Commands", "Saved.", "a file") == "Guardado."
    # Unfinished, unknown, or in another context: the English text, as Qt does.
    assert catalog.translate("Commands", "Not finished yet.") == "Not finished yet."
    assert catalog.translate("Other", "Saved {title}.") == "Saved {title}."
    assert catalog.translate("Commands", "Saved.") == "Saved."


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "Se exportaron 0 contactos."),
        (1, "Se exportó 1 contacto."),
        (2, "Se exportaron 2 contactos."),
        (21, "Se exportaron 21 contactos."),
    ],
)
def test_spanish_plural_forms(tmp_path: Path, n: int, expected: str) -> None:
    (tmp_path / "es.ts").write_text(TS, encoding="utf-8")
    catalog = Catalog.read(tmp_path / "es.ts", "es")
    assert catalog.translate("Commands", "%n contact(s) exported.", None, n) == expected


def test_english_fills_in_the_count() -> None:
    assert Messages("Commands").tr("%n contact(s) exported.", "", 3) == "3 contacts exported."
    assert translate("Commands", "100%") == "100%"


def test_a_missing_or_damaged_translation_leaves_english(tmp_path: Path) -> None:
    (tmp_path / "es.ts").write_text("<TS><context>", encoding="utf-8")
    assert Catalog.read(tmp_path / "es.ts", "es").messages == {}
    assert Catalog.read(tmp_path / "none.ts", "es").messages == {}


def test_the_shipped_spanish_is_used_by_the_commands() -> None:
    assert use_language("es") == "es"
    assert translate("Commands", "Stopped.") == "Detenido."
    assert translation.current_language() == "es"
    assert use_language("fr") == "en", "no French yet: English"
    assert translate("Commands", "Stopped.") == "Stopped."


def test_the_language_setting_is_read_from_the_file_qt_writes(tmp_path: Path) -> None:
    assert language_setting(tmp_path) == "system"
    (tmp_path / "settings.ini").write_text(
        "[General]\nx=@ByteArray(\\0%)\n\n[interface]\nlanguage=es\n\n[window]\npage=today\n",
        encoding="utf-8",
    )
    assert language_setting(tmp_path) == "es"
    (tmp_path / "settings.ini").write_text("[interface]\nlanguage=klingon\n", encoding="utf-8")
    assert language_setting(tmp_path) == "system"
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe not an ini")
    assert language_setting(tmp_path) == "system"


@pytest.mark.parametrize(
    ("chosen", "system", "expected"),
    [
        ("es", ["en"], "es"),
        ("en", ["es"], "en"),
        ("system", ["es", "en"], "es"),
        ("system", ["fr", "es"], "es"),
        ("system", ["fr", "de"], "en"),
        ("system", ["c"], "en"),
        (None, [], "en"),
        ("xx", ["es"], "en"),
    ],
)
def test_which_language_is_shown(chosen: str | None, system: list[str], expected: str) -> None:
    assert resolve_language(chosen, system) == expected


def test_system_languages_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "es_MX:en")
    assert translation.system_languages() == ["es", "en"]
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    assert translation.system_languages() == ["es"]


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n day(s) late", 1, "1 day late"),
        ("%n day(s) late", 3, "3 days late"),
        ("%Ln organization(s)", 12000, "12,000 organizations"),
        ("%Ln person(s)", 1, "1 person"),
        ("%Ln person(s)", 0, "0 people"),
    ],
)
def test_english_plurals_need_no_translation_loaded(text: str, n: int, expected: str) -> None:
    assert Messages("today_page").tr(text, "", n) == expected

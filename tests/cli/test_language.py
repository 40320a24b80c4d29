"""``--language`` and Settings → Language for the commands' messages (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.commands import EXIT_USAGE
from partnerdesk.core.translation import use_language
from tests.cli.test_commands import run_cli

ENGLISH = "--due-within is for commitments only."
SPANISH = "--due-within solo sirve para los compromisos."


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    use_language("en")


def _misused_list(data_dir: Path, *options: str) -> list[str]:
    return ["--data-dir", str(data_dir), *options, "list", "organizations", "--due-within", "3"]


def test_language_option_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_misused_list(tmp_path, "--language", "es")) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == SPANISH
    assert main(_misused_list(tmp_path)) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == ENGLISH


def test_language_option_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_misused_list(tmp_path), "--language", "es"]) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == SPANISH


def test_the_setting_chosen_in_the_window_applies_and_the_option_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "settings.ini").write_text("[interface]\nlanguage=es\n", encoding="utf-8")
    assert main(_misused_list(tmp_path)) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == SPANISH
    assert main(_misused_list(tmp_path, "--language", "en")) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == ENGLISH


def test_following_the_system(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "es_US:en")
    assert main(_misused_list(tmp_path)) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == SPANISH


def test_help_in_spanish(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "--language", "es", "--help")
    assert result.returncode == 0
    assert "dónde están los datos" in result.stdout
    assert "revisa el archivo de datos" in result.stdout

"""``partnerdesk search TEXT [--json]``: the search box's results, a contract for scripts.

In-process on both backends (the ``location`` fixture), one run of the real program.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.paths import DataLocation
from partnerdesk.services.records.search import MATCH_END, MATCH_START
from tests.cli.test_commands import run_cli

KEYS = {"kind", "id", "title", "snippet"}


def _where(location: DataLocation) -> list[str]:
    arguments = ["--data-dir", str(location.data_dir)]
    if location.database_url:
        arguments += ["--database-url", location.database_url]
    return arguments


@pytest.fixture
def demo(location: DataLocation, capsys: pytest.CaptureFixture[str]) -> list[str]:
    where = _where(location)
    assert main([*where, "demo"]) == 0
    capsys.readouterr()
    return where


def test_plain_output_is_one_result_per_line(
    demo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*demo, "search", "riverbend"]) == 0
    lines = capsys.readouterr().out.splitlines()
    fields = [line.split("\t") for line in lines]
    assert fields and all(len(line) == 4 for line in fields), lines
    assert ["organization", "Riverbend Health System"] in [[f[0], f[2]] for f in fields]
    kinds = [line[0] for line in fields]
    # Kind by kind, in the search box's order.
    assert kinds == sorted(kinds, key=["organization", "contact", "note", "request"].index)


def test_json_gives_exactly_kind_id_title_snippet(
    demo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*demo, "search", "jose", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results and all(set(result) == KEYS for result in results)
    assert all(isinstance(result["id"], int) for result in results)
    # Accents folded, as in the search box; no highlighting marks in the text.
    jose = [r for r in results if r["kind"] == "contact" and r["title"] == "José Ramírez"]
    assert jose and "José" in jose[0]["snippet"]
    assert not any(MATCH_START in r["snippet"] or MATCH_END in r["snippet"] for r in results)


def test_nothing_found_is_not_a_failure(
    demo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*demo, "search", "zzyzx"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and "Nothing found" in said.err
    assert main([*demo, "search", "zzyzx", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_text_without_a_word_is_a_usage_error(
    demo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*demo, "search", " ?! "]) == 2
    assert "Type a word" in capsys.readouterr().err


@pytest.mark.sqlite_only  # the real program once; no server needed
def test_the_program_searches_and_explains_an_unreachable_server(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    found = run_cli("--data-dir", str(data_dir), "search", "food", "--json")
    assert found.returncode == 0, found.stderr
    assert {result["kind"] for result in json.loads(found.stdout)} >= {"organization", "note"}
    capsys.readouterr()
    unreachable = "postgresql://nobody@127.0.0.1:1/partners"
    assert main(["--data-dir", str(data_dir), "--database-url", unreachable, "search", "x"]) == 1
    said = capsys.readouterr().err
    assert said and "Traceback" not in said

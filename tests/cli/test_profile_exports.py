"""``export profile``: the Word file and the messages are a contract."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.test_import_export import run_cli


def _demo_organizations(data_dir: Path) -> dict[str, int]:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    listed = run_cli("--data-dir", str(data_dir), "list", "organizations", "--json")
    return {record["name"]: record["id"] for record in json.loads(listed.stdout)}


def test_export_profile_writes_a_word_file(data_dir: Path, tmp_path: Path) -> None:
    organizations = _demo_organizations(data_dir)
    ours = organizations["Eastside Community Food Collective"]
    result = run_cli(
        "--data-dir", str(data_dir), "export", "profile", str(ours), "profile.docx", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Wrote the profile of Eastside Community Food Collective to profile.docx\n"
    )
    document = docx.Document(str(tmp_path / "profile.docx"))
    assert document.paragraphs[0].text == "Partner profile: Eastside Community Food Collective"
    texts = [p.text for p in document.paragraphs]
    assert "Whom do you serve?" in texts
    assert "Every Saturday since 2009; Wednesday evenings since 2018." in texts  # sample answer


def test_export_profile_refuses_missing_organizations_and_other_formats(
    data_dir: Path, tmp_path: Path
) -> None:
    _demo_organizations(data_dir)
    missing = run_cli(
        "--data-dir", str(data_dir), "export", "profile", "999", "x.docx", cwd=tmp_path
    )
    assert missing.returncode == 1
    assert "There is no organization 999" in missing.stderr
    wrong = run_cli("--data-dir", str(data_dir), "export", "profile", "1", "x.pdf", cwd=tmp_path)
    assert wrong.returncode == 2
    assert "ending in .docx" in wrong.stderr
    not_a_number = run_cli("--data-dir", str(data_dir), "export", "profile", "one", "x.docx")
    assert not_a_number.returncode == 2
    assert not list(tmp_path.glob("x.*"))

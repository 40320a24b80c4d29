"""``export mou`` and ``check-mou``: output lines, JSON and exit codes are a contract."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.test_import_export import run_cli


def _demo(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0


def test_check_mou_prints_findings_as_lines_and_json(data_dir: Path) -> None:
    _demo(data_dir)
    lines = run_cli("--data-dir", str(data_dir), "check-mou", "1")
    assert lines.returncode == 0, lines.stderr
    assert "Conflict resolution: No way to resolve conflicts — " in lines.stdout
    as_json = run_cli("--data-dir", str(data_dir), "check-mou", "1", "--json")
    findings = json.loads(as_json.stdout)
    assert {"code", "section", "title", "message"} == set(findings[0])
    codes = {finding["code"] for finding in findings}
    assert {"no-conflict-resolution", "one-party-decides", "roles-one-party"} <= codes
    missing = run_cli("--data-dir", str(data_dir), "check-mou", "2")
    assert missing.returncode == 1 and "Request 2 has no MOU yet" in missing.stderr


def test_export_mou_writes_a_version_each_time(data_dir: Path, tmp_path: Path) -> None:
    _demo(data_dir)
    for version in (1, 2):
        result = run_cli(
            "--data-dir", str(data_dir), "export", "mou", "1", f"v{version}.docx", cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        first = result.stdout.splitlines()[0]
        assert first == f"Wrote version {version} of the MOU for request 1 to v{version}.docx"
        assert "  open: No way to resolve conflicts" in result.stdout
        header = docx.Document(str(tmp_path / f"v{version}.docx")).sections[0].header
        assert f"DRAFT — version {version}" in header.paragraphs[0].text


def test_export_mou_refuses_other_formats_and_missing_mous(data_dir: Path, tmp_path: Path) -> None:
    _demo(data_dir)
    wrong = run_cli("--data-dir", str(data_dir), "export", "mou", "1", "mou.pdf", cwd=tmp_path)
    assert wrong.returncode == 2 and ".docx" in wrong.stderr
    none = run_cli("--data-dir", str(data_dir), "export", "mou", "2", "mou.docx", cwd=tmp_path)
    assert none.returncode == 1 and "no MOU yet" in none.stderr
    assert not list(tmp_path.glob("mou.*"))

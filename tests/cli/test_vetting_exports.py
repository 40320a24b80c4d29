"""``export vetting`` and ``export questions``: the Word files and the messages are a contract."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.test_import_export import run_cli


def _demo(data_dir: Path) -> int:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    listed = run_cli("--data-dir", str(data_dir), "list", "requests", "--json")
    requests = json.loads(listed.stdout)
    vetting = next(request for request in requests if request["stage"] == "vetting")
    assert len(vetting["red_flags"]) >= 2
    return vetting["id"]


def test_export_vetting_and_questions_write_word_files(data_dir: Path, tmp_path: Path) -> None:
    request_id = _demo(data_dir)
    for what, noun, heading in (
        ("vetting", "the vetting summary", "Vetting summary: "),
        ("questions", "the questions to ask", "Questions to ask: "),
    ):
        name = f"{what}.docx"
        result = run_cli(
            "--data-dir", str(data_dir), "export", what, str(request_id), name, cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"Wrote {noun} for request {request_id} to {name}\n"
        document = docx.Document(str(tmp_path / name))
        assert document.paragraphs[0].text.startswith(heading)


def test_export_vetting_refuses_missing_requests_and_other_formats(
    data_dir: Path, tmp_path: Path
) -> None:
    _demo(data_dir)
    missing = run_cli(
        "--data-dir", str(data_dir), "export", "vetting", "999", "x.docx", cwd=tmp_path
    )
    assert missing.returncode == 1
    assert "There is no request 999" in missing.stderr
    wrong = run_cli("--data-dir", str(data_dir), "export", "questions", "1", "x.pdf", cwd=tmp_path)
    assert wrong.returncode == 2
    assert "ending in .docx" in wrong.stderr
    not_a_number = run_cli("--data-dir", str(data_dir), "export", "vetting", "one", "x.docx")
    assert not_a_number.returncode == 2
    assert not list(tmp_path.glob("x.*"))

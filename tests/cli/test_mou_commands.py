"""``export mou`` and ``check-mou``: output lines, JSON and exit codes are a contract."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from partnerdesk.paths import DataLocation
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
    assert {"no-conflict-resolution", "one-party-decides", "scope-unstated"} <= codes
    # The sample's roles table gives work to both organizations (its dated rows are the
    # sample's commitments), so "one party does everything" is not among them.
    assert "roles-one-party" not in codes
    missing = run_cli("--data-dir", str(data_dir), "check-mou", "2")
    assert missing.returncode == 1 and "Request 2 has no MOU yet" in missing.stderr


def test_export_mou_writes_a_version_each_time(data_dir: Path, tmp_path: Path) -> None:
    _demo(data_dir)
    # Version 1 with its open points in a cover note beside it (the default), version 2
    # with them in the MOU, said to both parties.
    printed = {}
    for version, where in ((1, []), (2, ["--open-points", "in-mou"])):
        result = run_cli(
            "--data-dir",
            str(data_dir),
            "export",
            "mou",
            "1",
            f"v{version}.docx",
            *where,
            cwd=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        first = result.stdout.splitlines()[0]
        assert first == f"Wrote version {version} of the MOU for request 1 to v{version}.docx"
        assert "  open: No way to resolve conflicts" in result.stdout
        written = docx.Document(str(tmp_path / f"v{version}.docx"))
        header = written.sections[0].header
        assert f"DRAFT — version {version}" in header.paragraphs[0].text
        headings = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
        assert ("Open points" in headings) == bool(where)
        printed[version] = result.stdout.splitlines()
    assert printed[1][1] == "Wrote the cover note to v1 (cover note).docx"
    assert not any("cover note" in line for line in printed[2])
    note = docx.Document(str(tmp_path / "v1 (cover note).docx"))
    assert any("No way to resolve conflicts" in p.text for p in note.paragraphs)
    assert not (tmp_path / "v2 (cover note).docx").exists()


def test_export_mou_refuses_other_formats_and_missing_mous(data_dir: Path, tmp_path: Path) -> None:
    _demo(data_dir)
    wrong = run_cli("--data-dir", str(data_dir), "export", "mou", "1", "mou.pdf", cwd=tmp_path)
    assert wrong.returncode == 2 and ".docx" in wrong.stderr
    none = run_cli("--data-dir", str(data_dir), "export", "mou", "2", "mou.docx", cwd=tmp_path)
    assert none.returncode == 1 and "no MOU yet" in none.stderr
    assert not list(tmp_path.glob("mou.*"))


def test_export_mou_with_an_email_draft_outlook_opens_unsent(
    data_dir: Path, tmp_path: Path
) -> None:
    import email
    import email.policy

    _demo(data_dir)
    result = run_cli(
        "--data-dir",
        str(data_dir),
        "export",
        "mou",
        "1",
        "mou.docx",
        "--eml",
        "mou.eml",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "Wrote version 1 of the MOU for request 1 to mou.docx",
        "Wrote the e-mail draft to mou.eml",
    ]
    message = email.message_from_bytes(
        (tmp_path / "mou.eml").read_bytes(), policy=email.policy.default
    )
    assert message["X-Unsent"] == "1"
    assert "angela.brooks@" in str(message["To"]) and "Angela Brooks" in str(message["To"])
    assert message["Subject"] == "MOU: Community health worker referrals — draft version 1"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().startswith("Dear Angela,")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "mou.docx"
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert attachment.get_content() == (tmp_path / "mou.docx").read_bytes()
    wrong = run_cli(
        "--data-dir",
        str(data_dir),
        "export",
        "mou",
        "1",
        "b.docx",
        "--eml",
        "b.txt",
        cwd=tmp_path,
    )
    assert wrong.returncode == 2 and ".eml" in wrong.stderr


def test_export_mou_in_spanish_with_its_email(data_dir: Path, tmp_path: Path) -> None:
    """``--document-language es``: the MOU, its cover note and its e-mail draft in Spanish,
    the command's own lines as before."""
    _demo(data_dir)
    result = run_cli(
        "--data-dir",
        str(data_dir),
        "export",
        "mou",
        "1",
        "memorando.docx",
        "--eml",
        "memorando.eml",
        "--document-language",
        "es",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.splitlines()[0]
        == "Wrote version 1 of the MOU for request 1 to memorando.docx"
    )
    assert "  open: No way to resolve conflicts" in result.stdout  # the command's own words
    written = docx.Document(str(tmp_path / "memorando.docx"))
    assert written.sections[0].header.paragraphs[0].text.startswith("BORRADOR — versión 1 — ")
    headings = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["1. Partes y firmantes", "2. Propósito y visión compartida"]
    assert (tmp_path / "memorando (nota de presentación).docx").is_file()
    assert "borrador" in (tmp_path / "memorando.eml").read_text(encoding="utf-8", errors="replace")


def test_check_mou_in_spanish_with_a_lobbying_promise_written_in_spanish(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--language es``: the findings and section names in Spanish (issue 21), and
    lobbying written in Spanish is found; the JSON stays as scripts know it."""
    from partnerdesk.cli import main
    from partnerdesk.core.translation import use_language
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.documents.mou import request_mou
    from partnerdesk.services.mou.drafts import read_draft, save_section

    _demo(data_dir)
    database = open_database(DataLocation(data_dir))
    try:
        mou_id = request_mou(database, 1)
        assert mou_id is not None
        objectives = dict(read_draft(database, mou_id).sections.get("objectives") or {})
        objectives["objectives"] = "Organizar una campaña de cartas a los legisladores."
        with database.session() as session:
            save_section(session, mou_id, "objectives", objectives)
    finally:
        database.close()
    try:
        assert main(["--data-dir", str(data_dir), "check-mou", "1", "--language", "es"]) == 0
        printed = capsys.readouterr().out
        assert "Resolución de conflictos: No hay forma de resolver conflictos — " in printed
        assert "Cabildeo en el memorando de una organización 501(c)(3)" in printed
        assert "una campaña de cartas o llamadas" in printed
        assert "No way to resolve conflicts" not in printed
        # What scripts parse is the same in every language.
        main(["--data-dir", str(data_dir), "check-mou", "1", "--json", "--language", "es"])
        [lobbying] = [
            f for f in json.loads(capsys.readouterr().out) if f["code"] == "lobbying-501c3"
        ]
        assert lobbying["title"] == "Lobbying listed for a 501(c)(3)"
    finally:
        use_language("en")

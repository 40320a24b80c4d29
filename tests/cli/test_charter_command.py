"""``partnerdesk export charter REQUEST_ID FILE.docx [--document-language es]``: output and
exit codes are a contract (issue 19). In-process."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from partnerdesk.cli import main


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    return data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_charter_is_written_and_every_refusal_has_its_exit_code(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(demo), "export", "charter")
    target = tmp_path / "charter.docx"
    code, out, err = _run(capsys, *base, "3", str(target))
    assert (code, err) == (0, "")
    assert out == f"Wrote the team charter for request 3 to {target}\n"
    title = docx.Document(str(target)).paragraphs[0].text
    assert title.startswith("Team charter: Eastside Community Food Collective and")
    # The sample request in vetting has no charter yet: said plainly, no file written.
    code, out, err = _run(capsys, *base, "1", str(tmp_path / "empty.docx"))
    assert (code, out) == (1, "") and "still empty, so there is nothing to export" in err
    code, out, err = _run(capsys, *base, "999", str(tmp_path / "none.docx"))
    assert (code, out) == (1, "") and "There is no request 999." in err
    code, out, err = _run(capsys, *base, "3", str(tmp_path / "charter.odt"))
    assert (code, out) == (2, "") and ".docx" in err
    assert sorted(path.name for path in tmp_path.glob("*.*")) == ["charter.docx"]
    # --document-language es (issue 21): the document in Spanish, the command's line as before.
    spanish = tmp_path / "acuerdo.docx"
    code, out, err = _run(capsys, *base, "3", str(spanish), "--document-language", "es")
    assert (code, err) == (0, "")
    assert out == f"Wrote the team charter for request 3 to {spanish}\n"
    written = docx.Document(str(spanish))
    assert written.paragraphs[0].text.startswith("Acuerdo de trabajo del equipo: ")
    headings = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "La meta de nuestra alianza"

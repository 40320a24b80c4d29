"""``partnerdesk export report REQUEST_ID FILE.docx``: output and exit codes are a contract
(issue 19)."""

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


def test_the_results_report_of_a_partnership_is_written(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.docx"
    code, out, err = _run(capsys, "--data-dir", str(demo), "export", "report", "3", str(target))
    assert (code, err) == (0, "")
    assert out == f"Wrote the results report for request 3 to {target}\n"
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == (
        "Results report: Summer meals for children at the Eastside WIC clinic"
    )
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert any(cell.startswith("2,140 lunches (as of ") for cell in cells)
    # --document-language es (issue 21): the document in Spanish, the command's line as before.
    spanish = tmp_path / "informe.docx"
    code, out, err = _run(
        capsys,
        "--data-dir",
        str(demo),
        "export",
        "report",
        "3",
        str(spanish),
        "--document-language",
        "es",
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the results report for request 3 to {spanish}\n"
    document = docx.Document(str(spanish))
    assert document.paragraphs[0].text.startswith("Informe de resultados: ")
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert cells[:2] == ["Medida de éxito", "Logrado hasta ahora"]
    assert any(cell.startswith("2,140 lunches (al ") and " de 20" in cell for cell in cells)


def test_no_such_request_or_not_a_partnership_exits_1_and_a_wrong_name_exits_2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(demo), "export", "report")
    code, out, err = _run(capsys, *base, "999", str(tmp_path / "a.docx"))
    assert (code, out) == (1, "") and "There is no request 999." in err
    code, out, err = _run(capsys, *base, "2", str(tmp_path / "a.docx"))
    assert (code, out) == (1, "") and "is not a partnership yet" in err
    code, out, err = _run(capsys, *base, "3", str(tmp_path / "a.odt"))
    assert (code, out) == (2, "") and ".docx" in err
    assert list(tmp_path.glob("a.*")) == []

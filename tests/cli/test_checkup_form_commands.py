"""``partnerdesk export checkup-form`` and ``import checkup``: output and exit codes are a
contract (issue 19). The form the command writes is filled in as a person types, then read
back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from partnerdesk.cli import main
from partnerdesk.core.checkups import shipped_statements
from tests.imports.test_checkup_form import fill

MEALS = "3"  # the sample partnership with the signed MOU, and two check-ups
EVERY = [item for domain in shipped_statements().domains for item in domain.statements]


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    return data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _latest_theirs(demo: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, float | None]:
    code, out, _err = _run(capsys, "--data-dir", str(demo), "checkups", MEALS, "--json")
    assert code == 0
    latest = json.loads(out)[-1]
    return {domain["domain"]: domain["theirs"] for domain in latest["domains"]}


def _latest_held(demo: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The date of the latest check-up not planned ahead: the one a form goes into."""
    _code, out, _err = _run(capsys, "--data-dir", str(demo), "checkups", MEALS, "--json")
    held = [item["date"] for item in json.loads(out) if item["date"] <= date.today().isoformat()]
    return held[-1]


def test_the_form_goes_out_and_their_filled_form_comes_back(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "Check-up form.docx"
    code, out, err = _run(
        capsys, "--data-dir", str(demo), "export", "checkup-form", MEALS, str(blank)
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the check-up form for request {MEALS} to {blank}\n"
    text = "\n".join(p.text for p in docx.Document(str(blank)).paragraphs)
    assert "Harlow County Public Health Department" in text
    filled = fill(
        blank,
        {
            EVERY[0].id: ("5", "The menu was planned together"),
            EVERY[1].id: ("Agree", ""),
            EVERY[2].id: ("maybe", ""),
            EVERY[3].id: ("3", ""),
        },
        tmp_path / "Harlow answers.docx",
    )
    before = _latest_theirs(demo, capsys)
    base = ("--data-dir", str(demo), "import", "checkup", MEALS, str(filled))
    code, out, err = _run(capsys, *base, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    held = _latest_held(demo, capsys)
    assert lines[0] == (
        "Harlow answers.docx: 3 statements rated, 20 not rated, 1 problem; "
        f"for the check-up of {held}"
    )
    assert lines[1].startswith("  ") and "“maybe”" in lines[1]
    assert lines[2] == "Nothing was saved (--dry-run)."
    assert len(lines) == 3
    assert _latest_theirs(demo, capsys) == before

    code, out, err = _run(capsys, *base)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].endswith(f"; into the check-up of {held}")
    assert "Nothing was saved" not in out
    theirs = _latest_theirs(demo, capsys)
    # Their earlier answers on that check-up are replaced by this form's.
    assert theirs[EVERY[0].domain_id] == 4.5  # 5 and "Agree"; "maybe" not read
    assert theirs[EVERY[3].domain_id] == 3
    assert [value for value in theirs.values() if value is not None] == [4.5, 3]


def test_import_checkup_refuses_plainly(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(demo))
    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Thank you for the summer.")
    document.save(str(letter))
    code, out, err = _run(capsys, *base, "import", "checkup", "999", str(letter))
    assert (code, out) == (1, "") and "There is no request 999." in err
    code, out, err = _run(capsys, *base, "import", "checkup", MEALS, str(letter))
    assert (code, out) == (1, "") and "not a PartnerDesk check-up form" in err
    assert "Traceback" not in err
    missing = tmp_path / "missing.docx"
    code, out, err = _run(capsys, *base, "import", "checkup", MEALS, str(missing))
    assert (code, out) == (1, "") and "missing.docx" in err
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = _run(capsys, *base, "import", "checkup", MEALS, str(damaged))
    assert (code, out) == (1, "") and "Traceback" not in err
    code, out, err = _run(capsys, *base, "import", "checkup", MEALS, str(tmp_path / "a.odt"))
    assert (code, out) == (2, "") and ".docx" in err
    code, out, err = _run(
        capsys, *base, "export", "checkup-form", "999", str(tmp_path / "form.docx")
    )
    assert (code, out) == (1, "") and "There is no request 999." in err
    code, out, err = _run(capsys, *base, "export", "checkup-form", MEALS, str(tmp_path / "f.pdf"))
    assert (code, out) == (2, "") and ".docx" in err


def test_the_form_in_spanish_goes_out_and_comes_back(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spanish = shipped_statements("es")
    blank = tmp_path / "Formulario de revisión.docx"
    code, out, err = _run(
        capsys,
        *("--data-dir", str(demo), "export", "checkup-form", MEALS, str(blank)),
        *("--document-language", "es"),
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the check-up form for request {MEALS} to {blank}\n"
    text = "\n".join(p.text for p in docx.Document(str(blank)).paragraphs)
    assert "¿Cómo va nuestra alianza?" in text
    assert "Estimados colegas de Harlow County Public Health Department:" in text
    assert spanish.domains[0].title in text and "Dear" not in text
    filled = fill(
        blank,
        {EVERY[0].id: ("Totalmente", "Planeamos el menú juntos"), EVERY[3].id: ("en parte", "")},
        tmp_path / "Respuestas de Harlow.docx",
        spanish,
    )
    base = ("--data-dir", str(demo), "import", "checkup", MEALS, str(filled))
    code, out, err = _run(capsys, *base)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith(
        "Respuestas de Harlow.docx: 2 statements rated, 22 not rated, 0 problems; into the"
    )
    theirs = _latest_theirs(demo, capsys)
    assert theirs[EVERY[0].domain_id] == 5 and theirs[EVERY[3].domain_id] == 3

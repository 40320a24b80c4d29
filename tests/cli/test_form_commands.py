"""``export question-form``, ``import answers``, ``export profile-form``, ``import profile``:
their output and exit codes are a contract (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest

from partnerdesk.cli import main
from tests.cli.test_import_export import run_cli
from tests.services.forms import form_editing


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    return data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_question_form_goes_out_and_its_answers_come_back(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = tmp_path / "form.docx"
    code, out, err = _run(
        capsys, "--data-dir", str(demo), "export", "question-form", "1", str(form)
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the question form for request 1 (3 questions) to {form}\n"
    document = docx.Document(str(form))
    numbers = [row.cells[0].text for row in form_editing.form_tables(document)[0].rows[1:]]
    form_editing.answer(
        form,
        {int(numbers[0]): "Our new director asked.", int(numbers[2]): "Yes, since 2019."},
    )
    document = docx.Document(str(form))
    form_editing.type_beside(document, "Ana will call.")
    document.save(str(form))

    args = ["--data-dir", str(demo), "import", "answers", "1", str(form)]
    code, out, err = _run(capsys, *args, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "3 answers read: 1 new, 1 changed, 1 unmatched",
        "  after table 1: Ana will call. (it is written outside the tables)",
    ]
    code, out, _err = _run(capsys, *args)
    assert code == 0 and out.startswith("3 answers read: 1 new, 1 changed, 1 unmatched\n")
    # Taken: read again, nothing is new or changed any more.
    code, out, _err = _run(capsys, *args, "--dry-run")
    assert out.startswith("3 answers read: 0 new, 0 changed, 1 unmatched\n")


def test_form_commands_refuse_plainly(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(demo)]
    code, _out, err = _run(
        capsys, *base, "export", "question-form", "999", str(tmp_path / "x.docx")
    )
    assert code == 1 and "There is no request 999" in err
    code, _out, err = _run(capsys, *base, "export", "question-form", "1", str(tmp_path / "x.pdf"))
    assert code == 2 and "ending in .docx" in err
    code, _out, err = _run(capsys, *base, "import", "answers", "1", str(tmp_path / "x.txt"))
    assert code == 2 and "ending in .docx" in err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    code, _out, err = _run(capsys, *base, "import", "answers", "1", str(broken))
    # A file that cannot be read exits 2, as the contacts import does (issue 18).
    assert code == 2 and "not a Word document" in err
    code, _out, err = _run(capsys, *base, "import", "profile", "1", str(broken))
    assert code == 2 and "not a Word document" in err
    code, _out, err = _run(capsys, *base, "import", "answers", "1", str(tmp_path / "gone.docx"))
    assert code == 2 and "There is no file" in err
    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear Eastside, thank you.")
    document.save(str(letter))
    code, _out, err = _run(capsys, *base, "import", "answers", "1", str(letter))
    assert code == 2 and "not one of our forms" in err
    # No such organization (a readable form): still 1.
    form = tmp_path / "profile.docx"
    assert _run(capsys, *base, "export", "profile-form", "1", str(form))[0] == 0
    code, _out, err = _run(capsys, *base, "import", "profile", "999", str(form))
    assert code == 1 and "There is no organization 999" in err
    with pytest.raises(SystemExit) as exited:
        main([*base, "import", "answers", "one", str(broken)])
    assert exited.value.code == 2
    assert not list(tmp_path.glob("x.*"))


def test_a_profile_form_goes_out_blank_and_comes_back_into_the_profile(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(demo)]
    code, out, _err = _run(capsys, *base, "list", "organizations", "--json")
    riverbend = next(o["id"] for o in json.loads(out) if o["name"].startswith("Riverbend"))
    form = tmp_path / "profile.docx"
    code, out, err = _run(capsys, *base, "export", "profile-form", str(riverbend), str(form))
    assert code == 0, err
    assert out == f"Wrote the profile form for Riverbend Health System to {form}\n"
    document = docx.Document(str(form))
    first = form_editing.form_tables(document)[0].rows[1]
    assert first.cells[2].text == ""  # blank: for them to fill in
    form_editing.answer(form, {1: "Families on the Eastside.", 2: "Care close to home."})
    args = [*base, "import", "profile", str(riverbend), str(form)]
    code, out, _err = _run(capsys, *args)
    assert code == 0
    assert out == "2 answers read: 2 new, 0 changed, 0 unmatched\n"
    code, out, _err = _run(capsys, *args, "--dry-run")
    assert out == "2 answers read: 0 new, 0 changed, 0 unmatched\n"


def test_the_real_command_reads_a_form_back(demo: Path, tmp_path: Path) -> None:
    form = tmp_path / "form.docx"
    written = run_cli(
        "--data-dir",
        str(demo),
        "export",
        "question-form",
        "1",
        "form.docx",
        "--questions",
        "hard",
        cwd=tmp_path,
    )
    assert written.returncode == 0, written.stderr
    read = run_cli("--data-dir", str(demo), "import", "answers", "1", str(form), "--dry-run")
    assert read.returncode == 0, read.stderr
    assert read.stdout == "0 answers read: 0 new, 0 changed, 0 unmatched\n"


def test_an_answer_changed_between_reading_and_writing_is_not_overwritten(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.services.vetting import form_answers

    base = ["--data-dir", str(demo)]
    form = tmp_path / "form.docx"
    assert _run(capsys, *base, "export", "question-form", "1", str(form))[0] == 0
    document = docx.Document(str(form))
    first = int(form_editing.form_tables(document)[0].rows[1].cells[0].text)
    form_editing.answer(form, {first: "Our new director asked."})
    reading = form_answers.read_returned_form
    colleague: dict[str, str] = {}

    def read_then_a_colleague_types(database: Any, request_id: int, path: Path) -> Any:
        read = reading(database, request_id, path)
        key = read.answers[0].key
        colleague[key] = "Typed on the vetting screen meanwhile."
        form_answers.take_answers(database, request_id, colleague)
        return read

    monkeypatch.setattr(form_answers, "read_returned_form", read_then_a_colleague_types)
    code, out, err = _run(capsys, *base, "import", "answers", "1", str(form))
    assert code == 1 and "read the form again" in err and out == ""
    monkeypatch.undo()
    code, out, _err = _run(capsys, *base, "import", "answers", "1", str(form), "--dry-run")
    # Still theirs, not the form's: the colleague's answer was kept.
    assert code == 0 and " 1 changed," in out

"""``partnerdesk export kickoff REQUEST_ID FILE.docx [--format …]``: output and exit codes
are a contract (issue 19)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from partnerdesk.cli import main
from partnerdesk.commands.kickoff_commands import WROTE_AGENDA
from partnerdesk.core.kickoff import ADVICE, KickoffFormat
from partnerdesk.core.translation import use_language


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    return data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_kickoff_agenda_is_written_in_the_chosen_format(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kickoff.docx"
    base = ("--data-dir", str(demo), "export", "kickoff", "1", str(target))
    code, out, err = _run(capsys, *base)
    assert (code, err) == (0, "")
    assert out == f"Wrote the kickoff agenda for request 1 to {target}: host a new meeting\n"
    hosted = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "about an hour" in hosted[1]
    code, out, err = _run(capsys, *base, "--format", "join")
    assert (code, err) == (0, "")
    assert out.endswith(": join a meeting they already hold\n")
    assert "the time the group gives us" in docx.Document(str(target)).paragraphs[1].text


def test_no_such_request_exits_1_and_a_wrong_name_or_format_exits_2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(demo), "export", "kickoff")
    code, out, err = _run(capsys, *base, "999", str(tmp_path / "a.docx"))
    assert (code, out) == (1, "") and "There is no request 999." in err
    code, out, err = _run(capsys, *base, "1", str(tmp_path / "a.odt"))
    assert (code, out) == (2, "") and ".docx" in err
    with pytest.raises(SystemExit) as usage:
        main([*base, "1", str(tmp_path / "a.docx"), "--format", "picnic"])
    assert usage.value.code == 2
    assert list(tmp_path.glob("a.*")) == []


def test_each_format_is_named_in_english_as_before() -> None:
    """One whole sentence per format (issue 21); in English each still ends with the
    format's name as the agenda itself gives it."""
    for kickoff_format in KickoffFormat:
        assert WROTE_AGENDA[kickoff_format].endswith(f": {ADVICE[kickoff_format].label.lower()}")


def test_the_format_is_named_in_the_commands_language(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "retiro.docx"
    try:
        code, out, _ = _run(
            capsys,
            *("--data-dir", str(demo), "--language", "es", "export", "kickoff", "1"),
            *(str(target), "--format", "retreat"),
        )
    finally:
        use_language("en")
    assert code == 0
    assert out == (
        f"Se guardó la agenda de la reunión de inicio de la solicitud 1 en {target}: "
        "un encuentro más largo («reunión de sinergia»)\n"
    )

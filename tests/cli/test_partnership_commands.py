"""``sign-mou`` and ``list partnerships``: output, JSON keys and exit codes are a contract."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.commands.partnerships import PARTNERSHIP_FIELDS
from tests.cli.test_import_export import run_cli

SIGNED_ON = (date.today() - timedelta(days=3)).isoformat()


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert _run(capsys, data_dir, "demo")[0] == 0
    return data_dir


def test_list_partnerships_json_has_exactly_the_contract_fields(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, demo, "list", "partnerships", "--json")
    assert code == 0
    listed = json.loads(out)
    assert all(list(row) == list(PARTNERSHIP_FIELDS) for row in listed)
    assert PARTNERSHIP_FIELDS == (
        "id", "title", "organization", "stage", "mou_status", "signed_on",
        "next_review_on", "funding_ends_on", "late_commitments", "last_checkup_on",
    )  # fmt: skip
    by_id = {row["id"]: row for row in listed}
    assert by_id[1]["mou_status"] == "draft" and by_id[1]["signed_on"] is None
    # The sample MOU's roles table has one commitment past its date, one done, one to come.
    assert by_id[1]["late_commitments"] == 1
    active = by_id[3]
    assert active["stage"] == "active" and active["mou_status"] == "signed"
    date.fromisoformat(active["signed_on"])
    date.fromisoformat(active["next_review_on"])
    # The active partnership's roles table too: one late, one done.
    assert active["late_commitments"] == 1
    # The sample's second check-up was held 45 days ago.
    assert active["last_checkup_on"] == (date.today() - timedelta(days=45)).isoformat()
    code, out, _ = _run(capsys, demo, "list", "partnerships")
    assert code == 0 and "Summer meals for children" in out and "signed on " in out


def test_sign_mou_signs_keeps_the_copy_and_moves_the_request_on(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 both signatures\n")
    code, out, err = _run(
        capsys, demo, "sign-mou", "1", "--date", SIGNED_ON, "--signed-copy", str(scan)
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Marked the MOU for request 1 as signed on {SIGNED_ON} (version 1)."
    kept = Path(lines[1].removeprefix("Kept the signed copy as "))
    assert kept.parent == demo / "signed" and kept.read_bytes() == scan.read_bytes()
    assert lines[2].startswith("Next review: ")
    listed = json.loads(_run(capsys, demo, "list", "partnerships", "--json")[1])
    row = next(r for r in listed if r["id"] == 1)
    assert (row["stage"], row["mou_status"], row["signed_on"]) == ("active", "signed", SIGNED_ON)


REFUSALS = [
    (("sign-mou", "2", "--date", SIGNED_ON), 1, "Request 2 has no MOU yet"),
    (("sign-mou", "99", "--date", SIGNED_ON), 1, "no request 99"),
    (("sign-mou", "1", "--date", "12/01/2026"), 2, "not a date written as YYYY-MM-DD"),
    (("sign-mou", "1", "--date", SIGNED_ON, "--signed-copy", "x.txt"), 2, "not a PDF"),
    (("sign-mou", "1", "--date", SIGNED_ON, "--signed-copy", "gone.pdf"), 1, "no file"),
    (("sign-mou", "1", "--date", "2999-01-01"), 1, "still to come"),
]


def test_sign_mou_refuses_in_plain_words(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, exit_code, said in REFUSALS:
        code, out, err = _run(capsys, demo, *args)
        assert (code, out) == (exit_code, ""), args
        assert said in err and "Traceback" not in err, err
    listed = json.loads(_run(capsys, demo, "list", "partnerships", "--json")[1])
    assert next(r for r in listed if r["id"] == 1)["mou_status"] == "draft"


def test_the_real_command_signs(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    signed = run_cli("--data-dir", str(data_dir), "sign-mou", "1", "--date", SIGNED_ON)
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("Marked the MOU for request 1 as signed on")

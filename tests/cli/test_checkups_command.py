"""``partnerdesk checkups REQUEST_ID [--json]``: the contract, in-process."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.core.checkups import shipped_statements

ACTIVE = "3"  # the sample's active partnership (Summer meals), with two check-ups


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_checkups_json_plain_and_problems(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--data-dir", str(data_dir)]
    assert _run(capsys, *where, "checkups", ACTIVE)[0] == 1  # no request yet
    assert main([*where, "demo"]) == 0
    capsys.readouterr()

    code, out, _ = _run(capsys, *where, "checkups", ACTIVE, "--json")
    assert code == 0
    listed = json.loads(out)
    today = date.today()
    assert [item["date"] for item in listed] == [
        (today - timedelta(days=240)).isoformat(),
        (today - timedelta(days=45)).isoformat(),
    ]
    domains = shipped_statements().domains
    for item in listed:
        assert list(item) == ["id", "date", "domains"] and isinstance(item["id"], int)
        assert [d["domain"] for d in item["domains"]] == [domain.id for domain in domains]
        assert [d["title"] for d in item["domains"]] == [domain.title for domain in domains]
        assert all(list(d) == ["domain", "title", "ours", "theirs"] for d in item["domains"])
    first, second = ({d["domain"]: d for d in item["domains"]} for item in listed)
    assert first["trust"] == {
        "domain": "trust",
        "title": "Trust and respect",
        "ours": pytest.approx(10 / 3, abs=0.01),
        "theirs": None,
    }
    assert first["data"]["ours"] == 2.0
    assert second["power"]["theirs"] == 4.0 and second["power"]["ours"] == 3.0

    code, out, _ = _run(capsys, *where, "checkups", ACTIVE)
    assert code == 0
    assert f"Check-up {listed[0]['id']} on {listed[0]['date']}" in out
    assert "Trust and respect" in out and "—" in out

    code, out, _ = _run(capsys, *where, "checkups", "1")
    assert (code, out.strip()) == (0, "No check-up yet.")
    code, out, _ = _run(capsys, *where, "checkups", "1", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = _run(capsys, *where, "checkups", "99")
    assert code == 1 and "There is no request 99." in err and "Traceback" not in err

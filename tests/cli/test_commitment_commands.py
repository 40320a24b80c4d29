"""``partnerdesk list commitments``: a contract, its fields and its --due-within filter."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk.cli import main

FIELDS = ["id", "request_id", "what", "party", "due_on", "status"]


def test_list_commitments_of_the_sample(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "list", "commitments", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all(list(record) == FIELDS for record in records)
    assert {"open", "done", "late"} <= {record["status"] for record in records}
    for record in records:
        assert record["due_on"] is None or date.fromisoformat(record["due_on"])

    argv = ["--data-dir", str(data_dir), "list", "commitments", "--json", "--due-within", "14"]
    assert main(argv) == 0
    due = json.loads(capsys.readouterr().out)
    horizon = date.today() + timedelta(days=14)
    assert due and {record["status"] for record in due} <= {"open", "late"}
    assert all(date.fromisoformat(record["due_on"]) <= horizon for record in due)
    assert any(record["status"] == "late" for record in due)

    assert main(["--data-dir", str(data_dir), "list", "commitments"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "Request", "What", "Party", "Due", "Status"]
    assert len(lines) == len(records) + 1


def test_list_commitments_usage(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "list", "commitments"]) == 0
    assert "No commitments yet." in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "list", "commitments", "--due-within", "-1"]) == 2
    assert main(["--data-dir", str(data_dir), "list", "contacts", "--due-within", "3"]) == 2
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data_dir), "list", "commitments", "--due-within", "soon"])
    assert exited.value.code == 2

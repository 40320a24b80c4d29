"""``partnerdesk export calendar FILE.ics``: a contract, its exit codes and its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from partnerdesk.cli import main


def _uids(target: Path) -> list[str]:
    calendar = Calendar.from_ical(target.read_bytes())
    return sorted(str(event["uid"]) for event in calendar.walk("VEVENT"))


def test_export_calendar_of_the_sample(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "partnerdesk.ics"
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "export", "calendar", str(target)]) == 1
    assert "nothing to put in a calendar" in capsys.readouterr().err
    assert not target.exists()

    assert main([*base, "demo"]) == 0
    capsys.readouterr()
    assert main([*base, "export", "calendar", str(target)]) == 0
    uids = _uids(target)
    assert capsys.readouterr().out.strip() == f"Wrote {len(uids)} events to {target}"
    assert any(uid.startswith("mou-") for uid in uids)
    assert any(uid.startswith("commitment-") for uid in uids)
    # Exported again: the same events, so a calendar updates them instead of adding more.
    assert main([*base, "export", "calendar", str(target)]) == 0
    assert _uids(target) == uids

    wrong = tmp_path / "partnerdesk.txt"
    assert main([*base, "export", "calendar", str(wrong)]) == 2
    assert ".ics" in capsys.readouterr().err
    assert not wrong.exists()

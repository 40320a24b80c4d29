"""The kickoff agenda as the partner opens it (issue 19): read back by LibreOffice, in
order, with both organizations named, for each kind of meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from partnerdesk.core.kickoff import GETTING_TO_KNOW, NEXT_STEPS, KickoffFormat, kickoff_agenda
from partnerdesk.exports.kickoff_docx import write_agenda
from tests.exports.word_readers import libreoffice_text

OURS = "Harbor Street Neighbors"
THEIRS = "Lakeview Regional Hospital"


@pytest.mark.parametrize("kickoff_format", list(KickoffFormat))
def test_each_agenda_starts_with_getting_to_know_each_other_and_ends_with_next_steps(
    kickoff_format: KickoffFormat,
) -> None:
    agenda = kickoff_agenda("Walking group", OURS, THEIRS, kickoff_format, date(2027, 3, 1))
    titles = [item.title for item in agenda.items]
    assert titles[0] == GETTING_TO_KNOW and titles[-1] == NEXT_STEPS
    assert ("Break, with food" in titles) == (kickoff_format is KickoffFormat.RETREAT)
    shared = next(item for item in agenda.items if "profiles" in item.title)
    assert any(OURS in line for line in shared.details)
    assert any(THEIRS in line for line in shared.details)


def test_libreoffice_reads_the_agenda_in_order(tmp_path: Path) -> None:
    target = tmp_path / "agenda.docx"
    agenda = kickoff_agenda("Walking group", OURS, THEIRS, KickoffFormat.INVITE)
    assert write_agenda(agenda, target, None) == ""
    text = libreoffice_text(target, tmp_path)
    assert text.index(GETTING_TO_KNOW) < text.index("Our partner profiles") < text.index(NEXT_STEPS)
    assert OURS in text and THEIRS in text and "By when" in text

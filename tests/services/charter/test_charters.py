"""The team charter (issue 19): saved a part at a time, a colleague's save never overwritten
unseen, and exported to Word on its own and as the MOU's annex (read back with python-docx).
Runs on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from partnerdesk.core.team_charter import PARTS
from partnerdesk.exports.charter_docx import ANNEX_TITLE
from partnerdesk.services.changes import Detail
from partnerdesk.services.charter.charters import TEXT, read_charter, save_charter
from partnerdesk.services.documents.charter import export_charter
from partnerdesk.services.documents.mou import export_mou
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    ExportFormatError,
    InvalidInputError,
    RecordMissingError,
)
from partnerdesk.services.mou.drafts import mou_for_request
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.services.sample_data.charter import SAMPLE_CHARTER
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from tests.exports.word_readers import all_text

TODAY = date(2026, 12, 4)
VETTING, MEALS = 1, 3  # the sample requests: one in vetting, the active partnership


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def _edit(part: str, text: str, *bases: str) -> PageEdit:
    return PageEdit(part, {TEXT: text}, tuple({TEXT: base} for base in bases))


def test_each_part_is_saved_on_its_own_and_read_back(sample: Database) -> None:
    assert set(read_charter(sample, VETTING).texts.values()) == {""}
    changes = save_charter(sample, VETTING, _edit("goal", "  Fewer missed meals.\r\n", ""))
    assert changes.names(Detail.CHARTER) and not changes.kinds
    save_charter(sample, VETTING, _edit("meetings", "Monthly, at our hall.", ""))
    draft = read_charter(sample, VETTING)
    assert draft.texts["goal"] == "Fewer missed meals."
    assert draft.texts["meetings"] == "Monthly, at our hall."
    assert draft.texts["agreeing"] == draft.texts["challenges"] == ""
    assert draft.their_organization == "Riverbend Health System"
    # Saving what is stored changes nothing (no refresh announced).
    assert not save_charter(sample, VETTING, _edit("goal", "Fewer missed meals.", "x"))


def test_a_colleagues_save_meanwhile_is_refused_with_their_words(sample: Database) -> None:
    save_charter(sample, VETTING, _edit("goal", "Ours, first.", ""))
    save_charter(sample, VETTING, _edit("goal", "The colleague's goal.", "Ours, first."))
    with pytest.raises(ChangedElsewhereError) as refused:
        save_charter(sample, VETTING, _edit("goal", "Mine, typed on.", "Ours, first."))
    assert refused.value.theirs == {TEXT: "The colleague's goal."}
    assert "team charter" in str(refused.value)
    assert read_charter(sample, VETTING).texts["goal"] == "The colleague's goal."
    # My own earlier saves still on their way are mine, not a colleague's.
    save_charter(sample, VETTING, _edit("goal", "Two.", "Older", "The colleague's goal."))
    # Keep mine: no bases, saved over whatever is there.
    save_charter(sample, VETTING, _edit("goal", "Kept mine."))
    assert read_charter(sample, VETTING).texts["goal"] == "Kept mine."


def test_no_such_request_or_part_is_refused_in_words(sample: Database) -> None:
    with pytest.raises(RecordMissingError):
        save_charter(sample, 999, _edit("goal", "Text", ""))
    with pytest.raises(RecordMissingError):
        read_charter(sample, 999)
    with pytest.raises(InvalidInputError):
        save_charter(sample, VETTING, _edit("budget", "Text", ""))


def test_the_charter_in_word_has_its_title_both_organizations_and_the_four_parts(
    sample: Database, tmp_path: Path
) -> None:
    target = tmp_path / "charter.docx"
    written = export_charter(sample, MEALS, target)
    assert written is not None and written.path == target and written.letterhead_warning == ""
    text = all_text(target)
    assert text.startswith(
        "Team charter: Eastside Community Food Collective and Harlow County Public Health"
    )
    assert "Partnership: Summer meals for children at the Eastside WIC clinic" in text
    positions = [text.index(part.title) for part in PARTS]
    assert positions == sorted(positions)
    for words in SAMPLE_CHARTER.values():
        assert words in text


def test_an_empty_charter_writes_no_file_and_a_wrong_name_is_refused(
    sample: Database, tmp_path: Path
) -> None:
    assert export_charter(sample, VETTING, tmp_path / "empty.docx") is None
    with pytest.raises(ExportFormatError):
        export_charter(sample, MEALS, tmp_path / "charter.pdf")
    with pytest.raises(RecordMissingError):
        export_charter(sample, 999, tmp_path / "none.docx")
    assert list(tmp_path.glob("*.*")) == []


def test_the_mou_has_the_charter_as_its_annex_only_when_the_charter_has_words(
    sample: Database, tmp_path: Path
) -> None:
    with sample.session() as session:
        with_charter = mou_for_request(session, MEALS)
        without = mou_for_request(session, VETTING)
    assert with_charter is not None and without is not None
    annexed = tmp_path / "meals.docx"
    export_mou(sample, with_charter, annexed, today=TODAY)
    text = all_text(annexed)
    assert text.count(ANNEX_TITLE) == 1
    # After the signatures, with every part the charter has.
    assert text.index("Signatures") < text.index(ANNEX_TITLE)
    assert text.index(ANNEX_TITLE) < text.index(SAMPLE_CHARTER["meetings"])
    plain = tmp_path / "chw.docx"
    export_mou(sample, without, plain, today=TODAY)
    assert ANNEX_TITLE not in all_text(plain)
    # Once its charter has words, the MOU carries them.
    save_charter(sample, VETTING, _edit("challenges", "We talk first, then write.", ""))
    export_mou(sample, without, plain, today=TODAY)
    text = all_text(plain)
    assert ANNEX_TITLE in text and "We talk first, then write." in text
    assert "How we deal with challenging situations" in text
    assert "The goal of our partnership" not in text  # parts left empty are left out

"""The kickoff meeting (issue 19): its agenda from a request, and recording the meeting as
one Meeting note, in a transaction of its own."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from partnerdesk.core.choices import NoteKind
from partnerdesk.core.dates import document_date
from partnerdesk.core.kickoff import GETTING_TO_KNOW, NEXT_STEPS, KickoffFormat
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.documents.kickoff import export_kickoff_agenda
from partnerdesk.services.errors import ExportFormatError, InvalidInputError, RecordMissingError
from partnerdesk.services.records.kickoff import KickoffMeeting, record_kickoff_meeting
from partnerdesk.services.records.notes import get_note
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.database import Database

TODAY = date(2026, 12, 4)


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def _names(database: Database) -> tuple[str, str]:
    with database.session() as session:
        ours = our_organization(session)
        request = get_request(session, 1)
        assert ours is not None and request.organization is not None
        return ours.name, request.organization.name


def test_the_agenda_starts_with_getting_to_know_each_other_and_ends_with_next_steps(
    sample: Database, tmp_path: Path
) -> None:
    target = tmp_path / "Kickoff.docx"
    written = export_kickoff_agenda(sample, 1, target, KickoffFormat.RETREAT, TODAY)
    assert written.path == target and written.letterhead_warning == ""
    document = docx.Document(str(target))
    items = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 2"
    ]
    assert items[0] == f"1. {GETTING_TO_KNOW}"
    assert items[-1] == f"{len(items)}. {NEXT_STEPS}"
    assert any("Break, with food" in item for item in items)  # the retreat's own
    text = "\n".join(p.text for p in document.paragraphs)
    ours, theirs = _names(sample)
    assert f"{ours} shares its partner profile." in text
    assert f"{theirs} shares its partner profile." in text
    assert "Both partner profiles come with this agenda" in text
    assert document_date(TODAY) in text
    assert [c.text for c in document.tables[0].rows[0].cells] == ["What", "Who", "By when"]
    properties = document.core_properties
    assert properties.author == ours and ours in properties.title
    with zipfile.ZipFile(target) as archive:
        for part in archive.namelist():
            assert b"python-docx" not in archive.read(part), part


def test_the_agenda_is_refused_for_no_request_or_a_wrong_name(
    sample: Database, tmp_path: Path
) -> None:
    with pytest.raises(RecordMissingError):
        export_kickoff_agenda(sample, 999, tmp_path / "a.docx")
    with pytest.raises(ExportFormatError):
        export_kickoff_agenda(sample, 1, tmp_path / "a.pdf")
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "a.pdf").exists()


def test_the_meeting_is_recorded_as_one_meeting_note_with_its_follow_up(
    sample: Database,
) -> None:
    note_id, changes = record_kickoff_meeting(
        sample,
        1,
        KickoffMeeting(
            held_on="15 January 2027",
            who_came="Ana Ruiz, Dev Patel",
            notes="Good start. They will share their referral data.",
            follow_up="Send the team charter draft",
            follow_up_due="2027-01-29",
            kickoff_format=KickoffFormat.JOIN,
        ),
    )
    assert changes.names(RecordKind.NOTE) and changes.names(RecordKind.REQUEST)
    with sample.session() as session:
        note = get_note(session, note_id)
        request = get_request(session, 1)
        assert note.kind is NoteKind.MEETING
        assert note.happened_on == date(2027, 1, 15)
        assert note.request_id == 1 and note.organization_id == request.organization_id
        assert note.subject.startswith("Kickoff meeting")
        assert "Who came: Ana Ruiz, Dev Patel" in note.summary
        assert "Join a meeting they already hold" in note.summary
        assert "referral data" in note.summary
        assert note.follow_up_action == "Send the team charter draft"
        assert note.follow_up_due == date(2027, 1, 29)


@pytest.mark.parametrize(
    ("meeting", "said"),
    [
        (KickoffMeeting(held_on=""), "date of the meeting"),
        (KickoffMeeting(held_on="the 45th"), "the 45th"),
        (
            KickoffMeeting(held_on="2027-01-15", follow_up="Call", follow_up_due="soonish"),
            "soonish",
        ),
        (KickoffMeeting(held_on="2027-01-15", follow_up_due="2027-02-01"), "follow-up"),
    ],
)
def test_a_date_that_cannot_be_read_is_refused_never_dropped(
    sample: Database, meeting: KickoffMeeting, said: str
) -> None:
    with pytest.raises(InvalidInputError, match=said):
        record_kickoff_meeting(sample, 1, meeting)


def test_recording_for_no_request_is_refused(sample: Database) -> None:
    with pytest.raises(RecordMissingError):
        record_kickoff_meeting(sample, 999, KickoffMeeting(held_on="2027-01-15"))

"""Recording the kickoff meeting (issue 19): one outreach note of kind Meeting, on the
request and its organization, with who came and the follow-up, in one step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerdesk.core.choices import NoteKind
from partnerdesk.core.dates import UnreadableDateError, read_date
from partnerdesk.core.kickoff import DEFAULT_FORMAT, KickoffFormat, advice_for
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.notes import NoteForm, get_note, save_note
from partnerdesk.services.records.requests import get_request

KICKOFF_SUBJECT = "Kickoff meeting"


@dataclass(frozen=True)
class KickoffMeeting:
    """What the user typed: dates as written (read here, so that no date is lost)."""

    held_on: str
    who_came: str = ""
    notes: str = ""
    follow_up: str = ""
    follow_up_due: str = ""
    kickoff_format: KickoffFormat | str = DEFAULT_FORMAT
    day_first: bool = False


# Which date could not be read, one whole sentence each (a field is never a word put into
# a sentence: other languages change the words around it).
_UNREADABLE_DATE = {
    "held_on": QT_TRANSLATE_NOOP(
        "Refusals",
        "PartnerDesk cannot read “{text}” as the date of the meeting. Write it as, for "
        "example, 2027-03-15 or 15 March 2027.",
    ),
    "follow_up_due": QT_TRANSLATE_NOOP(
        "Refusals",
        "PartnerDesk cannot read “{text}” as the date the follow-up is due. Write it as, for "
        "example, 2027-03-15 or 15 March 2027.",
    ),
}


def _date(text: str, field: str, day_first: bool) -> date | None:
    try:
        return read_date(text, day_first=day_first)
    except UnreadableDateError as error:
        raise InvalidInputError(
            translate("Refusals", _UNREADABLE_DATE[field]).format(text=error.text)
        ) from error


def record_kickoff_meeting(
    database: Database, request_id: int, meeting: KickoffMeeting
) -> tuple[int, Changes]:
    """Save the meeting as a note of kind Meeting; returns the note's id and what changed."""
    held_on = _date(meeting.held_on, "held_on", meeting.day_first)
    if held_on is None:
        raise InvalidInputError(translate("Refusals", "Please write the date of the meeting."))
    due = _date(meeting.follow_up_due, "follow_up_due", meeting.day_first)
    follow_up = clean_multiline(meeting.follow_up)
    if due is not None and not follow_up:
        raise InvalidInputError(
            translate("Refusals", "Please write what the follow-up is, or leave its date empty.")
        )
    who = clean_single_line(meeting.who_came)
    notes = clean_multiline(meeting.notes)
    advice = advice_for(meeting.kickoff_format)
    heading = [f"Format: {advice.label}"] + ([f"Who came: {who}"] if who else [])
    # The notes below the heading, after a blank line, as typed.
    summary = "\n".join(heading) + (f"\n\n{notes}" if notes else "")
    with database.session() as session:
        request = get_request(session, request_id)
        form = NoteForm(
            happened_on=held_on,
            kind=NoteKind.MEETING,
            organization_id=request.organization_id,
            subject=f"{KICKOFF_SUBJECT}: {request.title}"[:300],
            summary=summary,
            follow_up_action=follow_up,
            follow_up_due=due,
        )
        note_id, changes = save_note(session, form)
        get_note(session, note_id).request_id = request_id
    return note_id, changes | Changes.of(RecordKind.REQUEST)

"""The kickoff meeting's agenda, as a Word document on our letterhead.

It goes to the partner: the agenda items in order (getting to know each other first, next
steps last), then a table to fill in at the meeting for who does what by when. The tips
for the chosen format are ours, for preparing: they stay in the window, not on the agenda.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.shared import Pt

from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import say
from partnerdesk.core.kickoff import KickoffAgenda
from partnerdesk.exports.letterhead import on_letterhead
from partnerdesk.exports.word import (
    grey_note,
    heading,
    page_numbers,
    paragraph,
    save_atomically,
    table,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

# The next steps' table: its column headings (document words).
WHO_DOES_WHAT = ("kickoff.what", "kickoff.who", "kickoff.by_when")
# Empty rows to write in at the meeting.
_BLANK_ROWS = 4


def write_agenda(agenda: KickoffAgenda, target: Path, data_dir: Path | None) -> str:
    """Write the agenda; returns a warning when the letterhead could not be used."""
    document, warning = on_letterhead(
        data_dir,
        lambda document: build_agenda(document, agenda),
        title=agenda.title,
        author=agenda.our_organization,
        what="agenda",
    )
    save_atomically(document, target)
    return warning


def build_agenda(document: WordDocument, agenda: KickoffAgenda) -> None:
    heading(document, "", 0).add_run(word_safe(agenda.title))
    grey_note(
        document,
        say(
            "kickoff.agenda_line",
            date=document_date(agenda.prepared_on),
            format=agenda.format.label,
            length=agenda.format.length,
        ),
    )
    page_numbers(document, agenda.title)
    paragraph(
        document,
        say(
            "kickoff.welcome",
            ours=agenda.our_organization,
            theirs=agenda.their_organization,
        ),
    )
    for number, item in enumerate(agenda.items, start=1):
        heading(document, f"{number}. {item.title}", 2)
        for line in item.details:
            paragraph(document, line, "List Bullet")
    table(document, [say(word) for word in WHO_DOES_WHAT], [("", "", "")] * _BLANK_ROWS)
    closing = paragraph(document, say("kickoff.thanks"))
    closing.paragraph_format.space_before = Pt(12)

"""The team charter as a Word document on our letterhead, and as the MOU's annex.

It goes to the partner: the title, whom it is between and for which partnership, then
each part that has words under its heading. Parts left empty are left out rather than
printed as empty headings.

Its fixed words and the parts' headings are the document language's (document words
"charter.…"); the texts are the partners' own, as typed. As the MOU's annex it follows
the MOU's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.text import WD_BREAK

from partnerdesk.core.document_language import say
from partnerdesk.core.team_charter import TeamCharter
from partnerdesk.exports.letterhead import on_letterhead
from partnerdesk.exports.word import (
    grey_note,
    heading,
    page_numbers,
    paragraph,
    save_atomically,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

# The annex's heading in an English MOU (tests look for it).
ANNEX_TITLE = "Annex: Team charter"


def write_charter(charter: TeamCharter, target: Path, data_dir: Path | None) -> str:
    """Write the charter, in the document language; returns a warning when the
    letterhead could not be used."""
    document, warning = on_letterhead(
        data_dir,
        lambda document: build_charter(document, charter),
        title=charter_title(charter),
        author=charter.our_organization,
        what="team charter",
    )
    save_atomically(document, target)
    return warning


def charter_title(charter: TeamCharter) -> str:
    """ "Team charter: Eastside Pantry and Mercy General", in the document language."""
    return say("charter.title", ours=_ours(charter), theirs=_theirs(charter))


def _ours(charter: TeamCharter) -> str:
    return charter.our_organization or say("charter.our_organization")


def _theirs(charter: TeamCharter) -> str:
    return charter.their_organization or say("charter.our_partner")


def build_charter(document: WordDocument, charter: TeamCharter) -> None:
    title = charter_title(charter)
    heading(document, "", 0).add_run(word_safe(title))
    page_numbers(document, title)
    _between(document, charter)
    _parts(document, charter, level=1)


def add_charter_annex(document: WordDocument, charter: TeamCharter) -> None:
    """The charter at the end of the MOU, on a page of its own after the signatures."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(document, say("charter.annex"), 1)
    _between(document, charter)
    _parts(document, charter, level=2)


def _between(document: WordDocument, charter: TeamCharter) -> None:
    paragraph(document, say("charter.between", ours=_ours(charter), theirs=_theirs(charter)))
    if charter.request_title:
        grey_note(document, say("charter.partnership", title=charter.request_title))


def _parts(document: WordDocument, charter: TeamCharter, *, level: int) -> None:
    for part, text in charter.written_parts():
        heading(document, say(f"charter.part.{part.id}"), level)
        for line in text.splitlines():
            if line.strip():
                paragraph(document, line.strip())

"""The team charter as a Word document on our letterhead, and as the MOU's annex.

It goes to the partner: the title, whom it is between and for which partnership, then
each part that has words under its heading. Parts left empty are left out rather than
printed as empty headings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.text import WD_BREAK

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

ANNEX_TITLE = "Annex: Team charter"


def write_charter(charter: TeamCharter, target: Path, data_dir: Path | None) -> str:
    """Write the charter; returns a warning when the letterhead could not be used."""
    document, warning = on_letterhead(
        data_dir,
        lambda document: build_charter(document, charter),
        title=charter.title,
        author=charter.our_organization,
        what="team charter",
    )
    save_atomically(document, target)
    return warning


def build_charter(document: WordDocument, charter: TeamCharter) -> None:
    heading(document, "", 0).add_run(word_safe(charter.title))
    page_numbers(document, charter.title)
    _between(document, charter)
    _parts(document, charter, level=1)


def add_charter_annex(document: WordDocument, charter: TeamCharter) -> None:
    """The charter at the end of the MOU, on a page of its own after the signatures."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(document, ANNEX_TITLE, 1)
    _between(document, charter)
    _parts(document, charter, level=2)


def _between(document: WordDocument, charter: TeamCharter) -> None:
    we = charter.our_organization or "Our organization"
    they = charter.their_organization or "our partner"
    paragraph(document, f"How {we} and {they} will work together.")
    if charter.request_title:
        grey_note(document, f"Partnership: {charter.request_title}")


def _parts(document: WordDocument, charter: TeamCharter, *, level: int) -> None:
    for part, text in charter.written_parts():
        heading(document, part.title, level)
        for line in text.splitlines():
            if line.strip():
                paragraph(document, line.strip())

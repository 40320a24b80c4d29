"""A partner profile as a Word document, to share with a possible partner before meeting.

On the organization's letterhead: it leaves the organization.

One heading per part of the profile, each question's label in bold with the answer under
it. Questions not answered yet say so in grey rather than vanishing, so both sides see what
is still to come. Answers written as lists ("- …" lines) become real bulleted lists.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import say
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

    from partnerdesk.core.profile_report import ProfileReport

# In English documents; say("profile.not_filled_in") in the document's language.
NOT_FILLED_IN = "Not filled in yet."
# A line people type to start a list item: "- ", "* " or "• ".
_BULLET = re.compile(r"^\s*[-*•]\s+")


def profile_title(organization: str) -> str:
    """ "Partner profile: NAME", in the document's language."""
    return say("profile.title", name=organization)


def write_profile(report: ProfileReport, target: Path, data_dir: Path | None = None) -> str:
    """Write the profile, on the letterhead of ``data_dir`` if it has one; returns a
    warning when the letterhead could not be used ("" otherwise)."""
    title = profile_title(report.organization)
    document, warning = on_letterhead(
        data_dir,
        lambda document: _build(report, document),
        title=title,
        author=report.our_organization,
        what="profile",
    )
    save_atomically(document, target)
    return warning


def _build(report: ProfileReport, document: WordDocument) -> None:
    title = profile_title(report.organization)
    heading(document, "", 0).add_run(word_safe(title))
    on = document_date(report.prepared_on)
    if report.our_organization:
        grey_note(
            document, say("profile.prepared_by_on", organization=report.our_organization, date=on)
        )
    else:
        grey_note(document, say("profile.prepared_on", date=on))
    page_numbers(document, title)
    for part in report.prompts.parts:
        heading(document, part.title)
        for field in part.fields:
            label = paragraph(document, bold_prefix=field.label)
            # A label at the foot of a page with its answer on the next reads as a loose end.
            label.paragraph_format.keep_with_next = True
            answer = report.answers.get(field.id, "").strip()
            if answer:
                _answer(document, answer)
            else:
                grey_note(document, say("profile.not_filled_in"))


def _answer(document: WordDocument, text: str) -> None:
    """Blank lines separate paragraphs, list lines become bullets, other line breaks stay."""
    lines: list[str] = []

    def flush() -> None:
        if lines:
            paragraph(document, "\n".join(lines))
            lines.clear()

    for line in text.split("\n"):
        if not line.strip():
            flush()
        elif _BULLET.match(line):
            flush()
            paragraph(document, _BULLET.sub("", line), "List Bullet")
        else:
            lines.append(line.rstrip())
    flush()

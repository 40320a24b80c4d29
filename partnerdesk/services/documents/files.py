"""What every document shares: the .docx check, and what a written document reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partnerdesk.core.translation import translate
from partnerdesk.services.errors import ExportFormatError


@dataclass(frozen=True)
class WrittenDocument:
    path: Path
    # Whom or what it is about, as the document names it: the request's title, the
    # organization's name.
    subject: str
    # Why the letterhead was not used, for a document that leaves the organization ("" when
    # it was, or there is none).
    letterhead_warning: str = ""


def check_docx_target(target: Path) -> None:
    if target.suffix.lower() != ".docx":
        raise ExportFormatError(
            translate(
                "Refusals",
                "PartnerDesk writes this as a Word document: please choose a name ending "
                "in .docx, not “{name}”.",
            ).format(name=target.name)
        )

"""An MOU as the Word export reads it: its title, sections, version, date and open points."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partnerdesk.core.mou_checks import Finding
from partnerdesk.core.mou_text import long_date


@dataclass(frozen=True)
class MouDocument:
    title: str
    sections: dict[str, Any]
    version: int
    on: date
    findings: list[Finding] = field(default_factory=list)


def draft_header(document: MouDocument) -> str:
    """The line at the top of every page: "DRAFT — version N — date"."""
    return f"DRAFT — version {document.version} — {long_date(document.on)}"

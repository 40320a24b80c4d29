"""Compare two versions of an MOU section by section: what changed, word by word."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from partnerdesk.core.document_language import DOCUMENT_LANGUAGES, writing_in
from partnerdesk.core.mou_sections import sections_in
from partnerdesk.core.mou_text import section_text


class Change(StrEnum):
    SAME = "Unchanged"
    ADDED = "Added"
    REMOVED = "Removed"
    CHANGED = "Changed"


@dataclass(frozen=True)
class Piece:
    """A run of words: kept, inserted (only in the newer) or deleted (only in the older)."""

    text: str
    kind: str  # "same", "inserted", "deleted"


@dataclass(frozen=True)
class SectionComparison:
    section_id: str
    title: str
    change: Change
    pieces: list[Piece]


_TOKENS = re.compile(r"\s+|[^\s]+")


def _pieces(old: str, new: str) -> list[Piece]:
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    pieces: list[Piece] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("".join(before[a1:a2]), "same"))
            continue
        if a2 > a1:
            pieces.append(Piece("".join(before[a1:a2]), "deleted"))
        if b2 > b1:
            pieces.append(Piece("".join(after[b1:b2]), "inserted"))
    return pieces


def compare_versions(
    older: dict[str, Any], newer: dict[str, Any], language: str = "en"
) -> list[SectionComparison]:
    """Section by section, its titles and field labels in ``language`` (the screen's)."""
    language = language if language in DOCUMENT_LANGUAGES else "en"
    with writing_in(language):
        return _compared(older, newer, language)


def _compared(
    older: dict[str, Any], newer: dict[str, Any], language: str
) -> list[SectionComparison]:
    result = []
    for section in sections_in(language):
        old = section_text(section, older.get(section.id) or {})
        new = section_text(section, newer.get(section.id) or {})
        if old == new:
            change = Change.SAME
        elif not old:
            change = Change.ADDED
        elif not new:
            change = Change.REMOVED
        else:
            change = Change.CHANGED
        result.append(SectionComparison(section.id, section.title, change, _pieces(old, new)))
    return result

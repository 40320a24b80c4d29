"""Standard wording for MOU fields, shipped in ``resources/mou_clauses.yaml``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from partnerdesk.core.mou_sections import SECTION_BY_ID
from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in

CLAUSES_FILE = "mou_clauses.yaml"


class ClauseFileError(ValueError):
    pass


def load_clauses(
    path: Path | None = None, language: str = SOURCE_LANGUAGE
) -> dict[tuple[str, str], str]:
    """``{(section id, field id): text}``; a key naming no field is an error, named plainly."""
    import yaml  # only when the MOU wizard needs it: not at start

    path = path or resource_in(language, CLAUSES_FILE)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise ClauseFileError(f"{path.name}{where}: this is not valid YAML.") from error
    if not isinstance(raw, dict):
        raise ClauseFileError(f"{path.name}: expected lines of the form section.field: text")
    clauses: dict[tuple[str, str], str] = {}
    for key, text in raw.items():
        section_id, _, field_id = str(key).partition(".")
        section = SECTION_BY_ID.get(section_id)
        if section is None or all(item.id != field_id for item in section.fields):
            raise ClauseFileError(f"{path.name}: “{key}” names no MOU field.")
        if not isinstance(text, str) or not text.strip():
            raise ClauseFileError(f"{path.name}: “{key}” has no text.")
        clauses[(section_id, field_id)] = " ".join(text.split())
    return clauses


@cache
def shipped_clauses(language: str = SOURCE_LANGUAGE) -> dict[tuple[str, str], str]:
    """The standard wording in ``language`` (resources/[LANG/]mou_clauses.yaml)."""
    return load_clauses(language=language)

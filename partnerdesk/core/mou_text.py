"""An MOU draft as readable text: for pasting into an e-mail, and for comparing versions."""

from __future__ import annotations

from datetime import date
from typing import Any

from partnerdesk.core.dates import MONTHS
from partnerdesk.core.mou_sections import SECTIONS, FieldKind, MouField, MouSection, is_blank


def long_date(day: date) -> str:
    """ "15 January 2027": the same whatever the computer's language settings."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def field_text(field: MouField, value: Any) -> str:
    """One field's value in words ("" when blank)."""
    if is_blank(value):
        return ""
    if field.kind is FieldKind.FLAG:
        return "Yes"
    if field.kind is FieldKind.CHOICE:
        return dict(field.choices).get(str(value), str(value))
    if field.kind is FieldKind.DATE:
        return long_date(date.fromisoformat(str(value)))
    if field.kind is FieldKind.PARTIES:
        return "\n".join(
            f"{row.get('name', '')} — signed by {row.get('signatory') or '(not named yet)'}"
            + (f", {row['title']}" if row.get("title") else "")
            for row in value
        )
    if field.kind is FieldKind.ROLES:
        return "\n".join(
            f"{row.get('responsibility', '')} — {row.get('party') or 'party not chosen'}"
            + (f" (due: {row['due']})" if row.get("due") else "")
            for row in value
        )
    return str(value)


def section_lines(section: MouSection, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) for each filled field of the section."""
    lines = []
    for field in section.fields:
        text = field_text(field, values.get(field.id))
        if text:
            lines.append((field.label, text))
    return lines


def section_text(section: MouSection, values: dict[str, Any]) -> str:
    return "\n".join(f"{label}: {text}" for label, text in section_lines(section, values))


def mou_plain_text(title: str, sections: dict[str, Any], heading: str = "") -> str:
    """The whole MOU as plain text with numbered sections, for pasting anywhere."""
    parts = [title, "=" * len(title)]
    if heading:
        parts.append(heading)
    for number, section in enumerate(SECTIONS, start=1):
        parts.append("")
        parts.append(f"{number}. {section.title}")
        body = section_text(section, sections.get(section.id) or {})
        parts.append(body or "(not written yet)")
    return "\n".join(parts) + "\n"

"""An MOU draft as readable text: for pasting into an e-mail, and for comparing versions.

What the partner reads is written from both parties' side: a choice made in the wizard in
our words ("The other organization alone", "Review every (months)") becomes a sentence
that names the organization ("Riverbend Health System has the final say.", "This MOU is
reviewed every 6 months."). ``document_lines`` gives those sentences, for the Word export
and the plain text alike; ``section_text`` keeps the wizard's labels, for comparing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from partnerdesk.core.dates import document_date
from partnerdesk.core.document_language import document_language, say, say_count
from partnerdesk.core.mou_sections import (
    FINAL_SAY_EACH_OWN_AREA,
    FINAL_SAY_THEM,
    FINAL_SAY_TOGETHER,
    FINAL_SAY_US,
    FieldKind,
    MouField,
    MouSection,
    is_blank,
    sections_in,
)


def long_date(day: date) -> str:
    """A date as the documents write it, in the user's locale ("December 4, 2026")."""
    return document_date(day)


def field_text(field: MouField, value: Any) -> str:
    """One field's value in words ("" when blank), in the document's language (the field
    worded in it: ``sections_in``)."""
    if is_blank(value):
        return ""
    if field.kind is FieldKind.FLAG:
        return say("mou.yes")
    if field.kind is FieldKind.CHOICE:
        return dict(field.choices).get(str(value), str(value))
    if field.kind is FieldKind.DATE:
        return long_date(date.fromisoformat(str(value)))
    if field.kind is FieldKind.PARTIES:
        return "\n".join(
            say(
                "mou.party_row",
                name=row.get("name", ""),
                signatory=row.get("signatory") or say("mou.not_named_yet"),
            )
            + (f", {row['title']}" if row.get("title") else "")
            for row in value
        )
    if field.kind is FieldKind.ROLES:
        return "\n".join(
            say(
                "mou.role_row",
                responsibility=row.get("responsibility", ""),
                party=row.get("party") or say("mou.party_not_chosen"),
            )
            + (say("mou.due", due=row["due"]) if row.get("due") else "")
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


@dataclass(frozen=True)
class PartyNames:
    """Who "our organization" and "the other organization" are, by name, for the sentences."""

    ours: str = "Our organization"
    theirs: str = "The other organization"

    @classmethod
    def of(cls, sections: dict[str, Any], ours: str = "") -> PartyNames:
        """From the parties' table: ours by name when known (else the first row, where a
        prefilled MOU puts it), theirs the first other party."""
        rows = (sections.get("parties") or {}).get("parties") or []
        names = [
            str(row.get("name") or "").strip()
            for row in rows
            if isinstance(row, dict) and str(row.get("name") or "").strip()
        ]
        ours = ours.strip() or (names[0] if names else "")
        others = [name for name in names if name.casefold() != ours.casefold()]
        return cls(
            ours or say("mou.our_organization"),
            others[0] if others else say("mou.other_organization"),
        )


# Fields whose wizard label is in our voice ("Compensation for our staff time"): a document
# for both parties says them otherwise ("Payment for the staff time of {ours}").
_DOCUMENT_LABELS = {
    ("resources", "compensation"),
    ("conflict", "process"),
    ("monitoring", "measures"),
    ("monitoring", "adapting"),
    ("data", "agreement"),
    ("scope", "cannot_do_alone"),
}


def _final_say(value: str, names: PartyNames) -> str:
    if value == FINAL_SAY_TOGETHER:
        return say("mou.final_say.together")
    if value == FINAL_SAY_EACH_OWN_AREA:
        return say("mou.final_say.each_own_area")
    if value in (FINAL_SAY_US, FINAL_SAY_THEM):
        return say("mou.final_say.one", name=names.ours if value == FINAL_SAY_US else names.theirs)
    return ""


def _sentence(section: MouSection, field: MouField, value: Any, names: PartyNames) -> str:
    """The field as a sentence of its own ("" when it reads best labelled)."""
    key = (section.id, field.id)
    if key == ("decisions", "final_say"):
        return _final_say(str(value), names)
    if key == ("review", "every_months"):
        return say_count("mou.reviewed_every", int(value))
    if key == ("review", "first_review"):
        return say("mou.first_review", date=long_date(date.fromisoformat(str(value))))
    if key == ("parties", "nonprofit_limits"):
        return say("mou.nonprofit", name=names.ours)
    if field.kind is FieldKind.FLAG:
        return f"{field.label}."
    return ""


def document_lines(
    section: MouSection, values: dict[str, Any], names: PartyNames
) -> list[tuple[str, str]]:
    """(label, text) for each filled field, as the partner reads it: a label of ""
    for a field written as a sentence of its own. Tables of rows are left to the caller."""
    lines = []
    for field in section.fields:
        value = values.get(field.id)
        if is_blank(value):
            continue
        sentence = _sentence(section, field, value, names)
        if sentence:
            lines.append(("", sentence))
            continue
        text = field_text(field, value)
        if text:
            label = field.label
            if (section.id, field.id) in _DOCUMENT_LABELS:
                label = say(f"mou.label.{section.id}.{field.id}", ours=names.ours)
            lines.append((label, text))
    return lines


def mou_plain_text(title: str, sections: dict[str, Any], heading: str = "", ours: str = "") -> str:
    """The whole MOU as plain text with numbered sections, for pasting anywhere, in the
    document's language."""
    names = PartyNames.of(sections, ours)
    parts = [title, "=" * len(title)]
    if heading:
        parts.append(heading)
    for number, section in enumerate(sections_in(document_language()), start=1):
        parts.append("")
        parts.append(f"{number}. {section.title}")
        lines = document_lines(section, sections.get(section.id) or {}, names)
        body = "\n".join(f"{label}: {text}" if label else text for label, text in lines)
        parts.append(body or say("mou.not_written_yet"))
    return "\n".join(parts) + "\n"

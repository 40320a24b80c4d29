"""The MOU as a Word document, on the organization's letterhead when it has one.

Numbered section headings in the template's Heading 1 style, the parties and roles as
tables, a signature block per party, "DRAFT — version N — date" at the top of every page
and page numbers at the bottom. Open points from the completeness check close the
document, so a draft sent too early says so itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document

from partnerdesk.core.mou_document import MouDocument, draft_header
from partnerdesk.core.mou_sections import (
    PARTY_ROW_KEYS,
    ROLE_ROW_KEYS,
    SECTIONS,
    FieldKind,
    MouSection,
)
from partnerdesk.core.mou_text import field_text
from partnerdesk.exports.letterhead import (
    LetterheadError,
    base_document,
    letterhead_path,
    open_letterhead,
)
from partnerdesk.exports.word import (
    grey_note,
    header_line,
    heading,
    page_numbers,
    paragraph,
    save_atomically,
    set_table_style,
    table,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument


def build_mou_document(
    mou: MouDocument, data_dir: Path | None = None, *, letterhead: Path | None = None
) -> tuple[WordDocument, str]:
    """The Word document, and a warning when the letterhead could not be used.

    ``letterhead``: build on this file rather than the data folder's letterhead (a
    LetterheadError if it cannot be read), to try a letterhead before it is kept.
    """
    if letterhead is not None:
        return _build(mou, open_letterhead(letterhead)), ""
    document, warning = base_document(data_dir)
    if warning or data_dir is None or not letterhead_path(data_dir).exists():
        return _build(mou, document), warning
    try:
        return _build(mou, document), ""
    except Exception as error:  # whatever python-docx or lxml make of an odd file
        # A letterhead not tried when it was chosen (put in place by Import everything,
        # or by an older PartnerDesk): the MOU is still written, on the plain layout.
        return _build(mou, Document()), (
            f"Your letterhead could not be used for this MOU ({type(error).__name__}). "
            "The default layout was used instead. Choose your letterhead again in Settings "
            "→ Letterhead for Word documents… to have it checked."
        )


def _build(mou: MouDocument, document: WordDocument) -> WordDocument:
    header_line(document, draft_header(mou))
    page_numbers(document, mou.title)
    heading(document, "", 0).add_run(word_safe(mou.title))
    parties = [row for row in _rows(mou.sections, "parties", "parties") if row.get("name")]
    if parties:
        names = [row["name"] for row in parties]
        between = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
        paragraph(document, f"Memorandum of understanding between {between}.")
    if mou.findings:
        grey_note(
            document,
            f"This draft still has {len(mou.findings)} open "
            f"{'point' if len(mou.findings) == 1 else 'points'}, listed at the end. It is not "
            "ready to sign.",
        )
    for number, section in enumerate(SECTIONS, start=1):
        heading(document, f"{number}. {section.title}", 1)
        values = mou.sections.get(section.id) or {}
        if section.id == "signatures":
            _signatures(document, parties, values)
        else:
            _section(document, section, values)
    if mou.findings:
        heading(document, "Points still to settle", 1)
        for finding in mou.findings:
            paragraph(
                document, finding.explanation, "List Bullet", bold_prefix=f"{finding.title}. "
            )
    return document


def write_mou_docx(mou: MouDocument, target: Path, data_dir: Path | None = None) -> str:
    """Write the .docx; returns the letterhead warning ("" when all went as chosen)."""
    document, warning = build_mou_document(mou, data_dir)
    save_atomically(document, target)
    return warning


def sample_on_letterhead(letterhead: Path, shown_name: str) -> None:
    """Build and read back a sample MOU on ``letterhead`` (every kind of paragraph, table
    and list an MOU has); a LetterheadError saying so plainly if that cannot be done."""
    from io import BytesIO

    from partnerdesk.core.mou_checks import check_mou

    sections: dict[str, Any] = {
        "parties": {
            "parties": [
                {"name": "Our organization", "signatory": "Our director", "title": "Director"},
                {"name": "Our partner", "signatory": "Their director", "title": "Director"},
            ]
        },
        "purpose": {"vision": "A sample, to try the letterhead."},
    }
    sample = MouDocument("Sample MOU", sections, 1, date.today(), check_mou(sections))
    try:
        document, _warning = build_mou_document(sample, letterhead=letterhead)
        written = BytesIO()
        document.save(written)
        written.seek(0)
        Document(written)
    except LetterheadError:
        raise
    except Exception as error:  # whatever python-docx or lxml make of an odd file
        raise LetterheadError(
            f"PartnerDesk could not write a sample MOU on “{shown_name}” "
            f"({type(error).__name__}). Open it in Word or LibreOffice, save it again as "
            "“Word Document (.docx)” and choose it again, or choose another file."
        ) from error


def _rows(sections: dict[str, Any], section_id: str, field_id: str) -> list[dict[str, str]]:
    rows = (sections.get(section_id) or {}).get(field_id) or []
    return [row for row in rows if isinstance(row, dict)]


# The tables of rows (core/mou_sections.py): column headings, and the keys they show.
ROW_TABLES = {
    FieldKind.PARTIES: (["Organization", "Signs for it", "Title"], PARTY_ROW_KEYS),
    FieldKind.ROLES: (["Responsibility", "Party", "Due"], ROLE_ROW_KEYS),
}


def _section(document: WordDocument, section: MouSection, values: dict[str, Any]) -> None:
    written = False
    labelled = sum(1 for item in section.fields if item.kind is not FieldKind.FLAG) > 1
    for item in section.fields:
        value = values.get(item.id)
        if item.kind in ROW_TABLES:
            header, keys = ROW_TABLES[item.kind]
            # A row counts once its first column (the organization, the duty) is written.
            rows = [row for row in value or [] if row.get(keys[0])]
            if rows:
                table(document, header, [[row.get(key, "") for key in keys] for row in rows])
                written = True
            continue
        text = field_text(item, value)
        if not text:
            continue
        written = True
        if item.kind is FieldKind.FLAG:
            paragraph(document, f"{item.label}.")
            continue
        lines = [line for line in text.split("\n") if line.strip()]
        if labelled:
            paragraph(document, lines[0], bold_prefix=f"{item.label}: ")
            for line in lines[1:]:
                paragraph(document, line)
        else:
            for line in lines:
                paragraph(document, line)
    if not written:
        grey_note(document, "To be agreed.")


def _signatures(
    document: WordDocument, parties: list[dict[str, str]], values: dict[str, Any]
) -> None:
    place = str(values.get("place") or "").strip()
    paragraph(
        document,
        "Signed on behalf of each party" + (f" at {place}" if place else "") + ":",
    )
    if not parties:
        grey_note(document, "Name the parties and who signs for them in section 1.")
        return
    grid = document.add_table(rows=0, cols=2)
    set_table_style(document, grid)
    for index in range(0, len(parties), 2):
        cells = grid.add_row().cells
        for cell, party in zip(cells, parties[index : index + 2], strict=False):
            cell.text = ""
            cell.paragraphs[0].add_run(word_safe(f"For {party.get('name', '')}")).bold = True
            for label, value in (
                ("Signature", ""),
                ("Name", party.get("signatory", "")),
                ("Title", party.get("title", "")),
                ("Date", ""),
            ):
                line = cell.add_paragraph()
                line.add_run(f"{label}: ")
                line.add_run(word_safe(value) if value else "_" * 28)

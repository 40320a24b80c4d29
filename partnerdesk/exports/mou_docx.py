"""The MOU as a Word document, on the organization's letterhead when it has one.

Numbered section headings in the template's Heading 1 style, the parties and roles as
tables, a signature block per party, "DRAFT — version N — date" at the top of every page
("Signed on DATE" once the parties signed that very text) and page numbers at the bottom.
The MOU says what the parties agree, in words for both:
the completeness check's findings (in our words) go to an internal cover note beside it,
or — if the user chooses — a neutral "Open points" list closes the MOU.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.shared import Pt

from partnerdesk.core.document_language import document_language, say, say_count
from partnerdesk.core.mou_document import (
    MouDocument,
    OpenPoints,
    draft_header,
    neutral_open_points,
)
from partnerdesk.core.mou_sections import (
    PARTY_ROW_KEYS,
    ROLE_ROW_KEYS,
    FieldKind,
    MouSection,
    section_number,
    sections_in,
)
from partnerdesk.core.mou_text import PartyNames, document_lines, long_date
from partnerdesk.exports.letterhead import LetterheadError, on_letterhead
from partnerdesk.exports.word import (
    cannot_split,
    describe,
    grey_note,
    header_line,
    heading,
    new_document,
    page_numbers,
    paragraph,
    save_atomically,
    set_table_style,
    table,
    without_borders,
    word_safe,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument


def build_mou_document(
    mou: MouDocument, data_dir: Path | None = None, *, letterhead: Path | None = None
) -> tuple[WordDocument, str]:
    """The Word document, in the document's language (core/document_language.py), and a
    warning when the letterhead could not be used.

    ``letterhead``: build on this file rather than the data folder's letterhead (a
    LetterheadError if it cannot be read), to try a letterhead before it is kept.
    """
    return on_letterhead(
        data_dir,
        lambda document: _build(mou, document),
        title=mou.title,
        author=mou.our_organization,
        letterhead=letterhead,
        what="MOU",
    )


def _build(mou: MouDocument, document: WordDocument) -> None:
    header_line(document, draft_header(mou))
    page_numbers(document, mou.title)
    heading(document, "", 0).add_run(word_safe(mou.title))
    names = PartyNames.of(mou.sections, mou.our_organization)
    parties = [row for row in _rows(mou.sections, "parties", "parties") if row.get("name")]
    if parties:
        listed = [row["name"] for row in parties]
        between = (
            say("mou.list_and", first=", ".join(listed[:-1]), last=listed[-1])
            if len(listed) > 1
            else listed[0]
        )
        paragraph(document, say("mou.between", parties=between))
    points = neutral_open_points(mou.findings) if mou.open_points is OpenPoints.IN_MOU else []
    if points:
        grey_note(document, say_count("mou.open_points_note", len(points)))
    for number, section in enumerate(sections_in(document_language()), start=1):
        title = heading(document, f"{number}. {section.title}", 1)
        values = mou.sections.get(section.id) or {}
        if section.id == "signatures":
            title.paragraph_format.keep_with_next = True
            _signatures(document, parties, values)
        else:
            _section(document, section, values, names)
    if points:
        heading(document, say("mou.open_points"), 1)
        paragraph(document, say("mou.open_points_intro"))
        for where, sentence in points:
            paragraph(document, sentence, "List Bullet", bold_prefix=f"{where}: ")
    if mou.charter is not None:
        # The team charter (issue 19) closes the MOU as its annex, after the signatures.
        from partnerdesk.exports.charter_docx import add_charter_annex

        add_charter_annex(document, mou.charter)


def cover_note_path(target: Path) -> Path:
    """Where the internal cover note goes: beside the MOU, named after it (in the
    document's language)."""
    return target.with_name(say("cover.file", stem=target.stem))


def build_cover_note(mou: MouDocument) -> WordDocument:
    """The note for us that goes with an export: what is still to settle, in our words.

    Never on the letterhead, and it says on every page that it is not for the partner."""
    document = new_document()
    title = say("cover.title", title=mou.title)
    names = PartyNames.of(mou.sections, mou.our_organization)
    header_line(document, say("cover.header", ours=names.ours))
    page_numbers(document, title)
    heading(document, "", 0).add_run(word_safe(title))
    paragraph(
        document,
        say(
            "cover.intro",
            version=mou.version,
            date=long_date(mou.on),
            ours=names.ours,
            theirs=names.theirs,
        ),
    )
    heading(document, say("cover.points"), 1)
    if not mou.findings:
        paragraph(document, say("cover.nothing"))
    known = {section.id for section in sections_in(document_language())}
    for finding in mou.findings:
        where = (
            say("cover.section", number=section_number(finding.section_id))
            if finding.section_id in known
            else ""
        )
        paragraph(
            document, finding.explanation, "List Bullet", bold_prefix=f"{finding.title}{where}. "
        )
    describe(document, title=title, author=mou.our_organization)
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


# The tables of rows (core/mou_sections.py): column headings (document words), and the
# keys they show.
ROW_TABLES = {
    FieldKind.PARTIES: (
        ("mou.table.organization", "mou.table.signs", "mou.table.title"),
        PARTY_ROW_KEYS,
    ),
    FieldKind.ROLES: (
        ("mou.table.responsibility", "mou.table.party", "mou.table.due"),
        ROLE_ROW_KEYS,
    ),
}


def _cell(key: str, value: str) -> str:
    """A table's cell; a due date picked as a date ("2026-11-15") spelled out as the rest
    of the document writes dates, a due date written in words ("Each quarter") as is."""
    if key == "due":
        try:
            return long_date(date.fromisoformat(value.strip()))
        except ValueError:
            pass
    return value


def _section(
    document: WordDocument, section: MouSection, values: dict[str, Any], names: PartyNames
) -> None:
    written = False
    labelled = sum(1 for item in section.fields if item.kind is not FieldKind.FLAG) > 1
    for item in section.fields:
        if item.kind not in ROW_TABLES:
            continue
        header, keys = ROW_TABLES[item.kind]
        # A row counts once its first column (the organization, the duty) is written.
        rows = [row for row in values.get(item.id) or [] if row.get(keys[0])]
        if rows:
            table(
                document,
                [say(word) for word in header],
                [[_cell(key, row.get(key, "")) for key in keys] for row in rows],
            )
            written = True
    plain = {item.id: values.get(item.id) for item in section.fields if item.kind not in ROW_TABLES}
    for label, text in document_lines(section, plain, names):
        written = True
        lines = [line for line in text.split("\n") if line.strip()]
        if labelled and label:
            paragraph(document, lines[0], bold_prefix=f"{label}: ")
            lines = lines[1:]
        for line in lines:
            paragraph(document, line)
    if not written:
        grey_note(document, say("mou.to_be_agreed"))


def _signatures(
    document: WordDocument, parties: list[dict[str, str]], values: dict[str, Any]
) -> None:
    """For each party: room to sign by hand above a line, the name, the title and a line
    for the date — two parties side by side, in table rows that never break across pages
    and are kept together."""
    place = str(values.get("place") or "").strip()
    intro = paragraph(
        document,
        say("mou.signed_on_behalf_at", place=place) if place else say("mou.signed_on_behalf"),
    )
    if not parties:
        grey_note(document, say("mou.name_the_parties"))
        return
    intro.paragraph_format.keep_with_next = True
    grid = document.add_table(rows=0, cols=2)
    set_table_style(document, grid)
    without_borders(grid)  # the only lines are those to write on
    for index in range(0, len(parties), 2):
        pair = parties[index : index + 2]
        # The names on a row of their own, so that the lines to sign beside each other
        # stay level when one name takes two lines; each row kept with the next.
        names, lines = grid.add_row(), grid.add_row()
        for row in (names, lines):
            cannot_split(row)
        for cell, party in zip(names.cells, pair, strict=False):
            cell.text = ""
            for_party = say("mou.signature_for", name=party.get("name", ""))
            cell.paragraphs[0].add_run(word_safe(for_party)).bold = True
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        for cell, party in zip(lines.cells, pair, strict=False):
            cell.text = ""
            signature = cell.paragraphs[0]
            signature.paragraph_format.space_before = Pt(36)  # room to sign by hand
            signature.add_run(f"{say('mou.signature')}: " + SIGNATURE_LINE)
            written = [signature]
            for label, value in (
                (say("mou.name"), party.get("signatory", "")),
                (say("mou.title"), party.get("title", "")),
                (say("mou.date"), ""),
            ):
                line = cell.add_paragraph()
                line.paragraph_format.space_before = Pt(10)
                line.add_run(f"{label}: ")
                line.add_run(word_safe(value) if value else FILL_IN_LINE)
                written.append(line)
            for line in written[:-1]:
                line.paragraph_format.keep_with_next = True


# Lines to write on by hand, as wide as a column of the signature table leaves.
SIGNATURE_LINE = "_" * 22
FILL_IN_LINE = "_" * 22

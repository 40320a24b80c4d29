"""Building blocks for the Word documents PartnerDesk writes (python-docx).

Every piece of text goes through :func:`word_safe` first: Word refuses a file holding
characters XML does not allow, so those become a visible "�" instead of breaking the file
or vanishing without a trace. Documents use the template's own styles (Title, Heading 1,
List Bullet, Table Grid) rather than manual spacing, so a letterhead's styles apply.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish
from docx.text.run import Run

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

# What XML 1.0 refuses (controls other than tab and line breaks, lone surrogates, the two
# noncharacters), plus the C1 controls that only ever come from mis-decoded text.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def word_safe(text: str) -> str:
    """Text Word can hold: refused characters become "�", line endings become "\\n"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub(REPLACEMENT, text)


def new_document(template: Path | None = None) -> WordDocument:
    return Document(str(template)) if template is not None else Document()


# The styles of each open document, by name. python-docx finds a style by searching the
# styles part for its name and then walks every style (as Python objects) for its type's
# default, at each lookup: a tenth of an MOU export even with one lookup per style.
_STYLES: WeakKeyDictionary[Any, dict[str, tuple[Any, WD_STYLE_TYPE, str | None]]] = (
    WeakKeyDictionary()
)
_ON = {"1", "true", "on"}


def style_id(part: Any, name: str, kind: WD_STYLE_TYPE) -> str | None:
    """The id python-docx would give the style ``name`` in this document part (None for
    the type's default style); KeyError for a style the document lacks and ValueError
    for one of another type, as python-docx raises."""
    styles = _STYLES.get(part)
    if styles is None:
        styles = _STYLES[part] = _read_styles(part.styles.element)
    internal = BabelFish.ui2internal(name)
    found = styles.get(internal)
    if found is None:
        # Not under python-docx's exact name: as Word and LibreOffice write it ("Heading 1"
        # for "heading 1"), then by id ("Heading1"), of the type asked for.
        found = styles.get(_loose_key(kind, internal)) or styles.get(
            _id_key(kind, internal.replace(" ", ""))
        )
    if found is None:
        raise KeyError(f"no style with name '{name}'")
    element, found_kind, found_id = found
    if found_kind != kind:
        raise ValueError(f"assigned style is type {found_kind}, need type {kind}")
    return None if element is styles[_default_key(kind)][0] else found_id


# No style name holds a NUL character: these keys never clash with a name.
def _default_key(kind: WD_STYLE_TYPE) -> str:
    return f"\0default {kind.value}"


def _loose_key(kind: WD_STYLE_TYPE, name: str) -> str:
    return f"\0name {kind.value} " + " ".join(name.split()).casefold()


def _id_key(kind: WD_STYLE_TYPE, style_id: str) -> str:
    return f"\0id {kind.value} " + style_id.casefold()


def _read_styles(styles: Any) -> dict[str, tuple[Any, WD_STYLE_TYPE, str | None]]:
    """One pass over the styles part: each name's first style in document order (as
    python-docx finds it) and, per type, the last style marked default (as it does)."""
    read: dict[str, tuple[Any, WD_STYLE_TYPE, str | None]] = {}
    for kind in WD_STYLE_TYPE:
        read[_default_key(kind)] = (None, kind, None)
    for element in styles.iterchildren(qn("w:style")):
        kind = WD_STYLE_TYPE.from_xml(element.get(qn("w:type"), "paragraph"))
        entry = (element, kind, element.get(qn("w:styleId")))
        name = element.find(qn("w:name"))
        if name is not None:
            read.setdefault(name.get(qn("w:val")), entry)
            read.setdefault(_loose_key(kind, name.get(qn("w:val"), "")), entry)
        if entry[2]:
            read.setdefault(_id_key(kind, entry[2]), entry)
        if element.get(qn("w:default")) in _ON:
            read[_default_key(kind)] = entry
    return read


def add_text(container: Paragraph, text: str) -> Run:
    """``container.add_run(text)``, faster for text without tabs or line breaks.

    python-docx walks the text a character at a time to turn tabs and line breaks into
    their own elements; for the long answers of an MOU that walk was a fifth of the export.
    """
    if "\t" in text or "\n" in text or "\r" in text:
        return container.add_run(text)
    run = container._p.add_r()
    if text:
        run.add_t(text)
    return Run(run, container)


def set_cell_text(cell: _Cell, text: str) -> None:
    """``cell.text = text``, as fast as :func:`add_text`."""
    if "\t" in text or "\n" in text or "\r" in text:
        cell.text = text
        return
    cell_element = cell._tc
    cell_element.clear_content()
    run = cell_element.add_p().add_r()
    if text:
        run.add_t(text)


def paragraph(
    document: WordDocument | _Cell,
    text: str = "",
    style: str | None = None,
    *,
    bold_prefix: str = "",
    italic: bool = False,
) -> Paragraph:
    """A paragraph; ``bold_prefix`` (e.g. "Their answer: ") is set in bold before the text."""
    added = document.add_paragraph()
    if style is not None:
        added._p.style = style_id(added.part, style, WD_STYLE_TYPE.PARAGRAPH)
    if bold_prefix:
        add_text(added, word_safe(bold_prefix)).bold = True
    if text:
        run = add_text(added, word_safe(text))
        if italic:  # not italic is the styles' own default: no <w:i w:val="0"/> needed
            run.italic = True
    return added


def heading(document: WordDocument, text: str, level: int = 1) -> Paragraph:
    """What ``document.add_heading`` makes (level 0 is the title), with the style's id
    looked up once per document."""
    if not 0 <= level <= 9:
        raise ValueError(f"level must be in range 0-9, got {level}")
    added = document.add_paragraph(word_safe(text))
    name = "Title" if level == 0 else f"Heading {level}"
    added._p.style = style_id(document.part, name, WD_STYLE_TYPE.PARAGRAPH)
    return added


def set_table_style(grid: Table, style: str = "Table Grid") -> None:
    """``grid.style = document.styles[style]``, with the style's id looked up once."""
    grid._tbl.tblStyle_val = style_id(grid.part, style, WD_STYLE_TYPE.TABLE)


def table(
    document: WordDocument,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    style: str = "Table Grid",
) -> Table:
    """A table with a bold header row that repeats on every page it spans."""
    added = document.add_table(rows=1, cols=len(header))
    set_table_style(added, style)
    for cell, text in zip(added.rows[0].cells, header, strict=True):
        cell.text = ""
        add_text(cell.paragraphs[0], word_safe(text)).bold = True
    _repeat_as_header(added.rows[0])
    for values in rows:
        cells = added.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            set_cell_text(cell, word_safe(text))
    return added


def _repeat_as_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def shade(cell: _Cell, fill_hex: str) -> None:
    """Background colour of a table cell (``fill_hex`` like "DCFCE7")."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex)
    properties.append(shading)


def grey_note(document: WordDocument | _Cell, text: str) -> Paragraph:
    added = paragraph(document, text, italic=True)
    for run in added.runs:
        run.font.color.rgb = RGBColor(0x4B, 0x55, 0x63)
        run.font.size = Pt(9)
    return added


def _field(paragraph_: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when showing the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph_._p.append(field)


def page_numbers(document: WordDocument, left_text: str = "") -> None:
    """Footer: ``left_text`` and "Page N of M" on every page (below a letterhead's own
    footer text, and on its separate first page too when it has one)."""
    section = document.sections[0]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        first = footer.paragraphs[0] if footer.paragraphs else None
        line = first if first is not None and not first.text.strip() else footer.add_paragraph()
        if left_text:
            line.add_run(word_safe(left_text) + " · ")
        line.add_run("Page ")
        _field(line, "PAGE")
        line.add_run(" of ")
        _field(line, "NUMPAGES")


def header_line(document: WordDocument, text: str) -> None:
    """A line at the top of every page (after a letterhead's own header content)."""
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    for header in headers:
        first = header.paragraphs[0] if header.paragraphs else None
        line = (
            first
            if first is not None and not first.text.strip() and not _has_drawing(first)
            else header.add_paragraph()
        )
        line.add_run(word_safe(text)).bold = True


def _has_drawing(paragraph_: Paragraph) -> bool:
    return bool(paragraph_._p.xpath(".//w:drawing | .//w:pict"))


def save_beside(document: WordDocument, target: Path) -> Path:
    """Write the document to a hidden file next to ``target``; move it with ``Path.replace``.

    Split from :func:`save_atomically` so a caller can do its slow writing first and take
    a database write lock only for the instant of the move.
    """
    target = Path(target)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=".docx", dir=target.parent
    )
    os.close(handle)
    try:
        document.save(temporary)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def save_atomically(document: WordDocument, target: Path) -> None:
    """Write next to ``target`` and move into place: a failed export never leaves half a file
    where the user's previous one was."""
    save_beside(document, target).replace(target)

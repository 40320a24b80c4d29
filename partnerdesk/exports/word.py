"""Building blocks for the Word documents PartnerDesk writes (python-docx).

Every piece of text goes through :func:`word_safe` first: Word refuses a file holding
characters XML does not allow, so those become a visible "�" instead of breaking the file
or vanishing without a trace. Documents use the template's own styles (Title, Heading 1,
List Bullet, Table Grid) rather than manual spacing, so a letterhead's styles apply.

Every document is saved through :func:`save_beside`, which gives the file what Word shows
of it (File → Info): its title, our organization as author (:func:`describe`), created
and modified now — not the "python-docx" and 2013 of python-docx's own template — and
Word 2013's layout rules, so Word does not open it in "[Compatibility Mode]".
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish

from partnerdesk.core.document_language import ENGLISH, document_language, say

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import BaseStyle, ParagraphStyle, _TableStyle
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


def find_style(document: WordDocument, name: str, kind: WD_STYLE_TYPE) -> BaseStyle:
    """The document's style ``name`` of type ``kind``, as python-docx finds it by name.

    Failing that, as Word and LibreOffice may write the name (a letterhead saved by
    LibreOffice has "Heading 1" where python-docx looks for "heading 1"), then by its id
    ("Heading1"), of the type asked for — never through python-docx's deprecated lookup
    by id. KeyError for a style the document lacks, ValueError for one of another type,
    as python-docx raises.
    """
    found = _FOUND.setdefault(document.element, {})
    key = (name, kind)
    if key not in found:
        found[key] = _find_style(document, name, kind)
    return found[key]


# The styles found in each document being written, by name: an MOU asks for "Heading 1"
# a score of times, and python-docx searches every style at each lookup.
_FOUND: WeakKeyDictionary[Any, dict[tuple[str, WD_STYLE_TYPE], BaseStyle]] = WeakKeyDictionary()


def _find_style(document: WordDocument, name: str, kind: WD_STYLE_TYPE) -> BaseStyle:
    styles = document.styles
    if name in styles:
        style: BaseStyle = styles[name]
        if style.type != kind:
            raise ValueError(f"assigned style is type {style.type}, need type {kind}")
        return style
    loose = _loose(name)
    as_id = BabelFish.ui2internal(name).replace(" ", "").casefold()
    of_kind: list[BaseStyle] = [each for each in styles if each.type == kind]
    for candidate in of_kind:
        if candidate.name is not None and _loose(candidate.name) == loose:
            return candidate
    for candidate in of_kind:
        if candidate.style_id is not None and candidate.style_id.casefold() == as_id:
            return candidate
    raise KeyError(f"no style with name '{name}'")


def _paragraph_style(document: WordDocument, name: str) -> ParagraphStyle:
    return cast("ParagraphStyle", find_style(document, name, WD_STYLE_TYPE.PARAGRAPH))


def _loose(name: str) -> str:
    """A style's name the way Word compares names: case and spacing aside."""
    return " ".join(BabelFish.ui2internal(name).split()).casefold()


def paragraph(
    document: WordDocument,
    text: str = "",
    style: str | None = None,
    *,
    bold_prefix: str = "",
    italic: bool = False,
) -> Paragraph:
    """A paragraph; ``bold_prefix`` (e.g. "Their answer: ") is set in bold before the text."""
    added = document.add_paragraph()
    if style is not None:
        added.style = _paragraph_style(document, style)
    if bold_prefix:
        added.add_run(word_safe(bold_prefix)).bold = True
    if text:
        run = added.add_run(word_safe(text))
        if italic:  # not italic is the styles' own default: no <w:i w:val="0"/> needed
            run.italic = True
    return added


def heading(document: WordDocument, text: str, level: int = 1) -> Paragraph:
    """What ``document.add_heading`` makes (level 0 is the title), also on a letterhead
    whose heading styles are named as LibreOffice writes them."""
    if not 0 <= level <= 9:
        raise ValueError(f"level must be in range 0-9, got {level}")
    added = document.add_paragraph(word_safe(text))
    name = "Title" if level == 0 else f"Heading {level}"
    added.style = _paragraph_style(document, name)
    return added


def set_table_style(document: WordDocument, grid: Table, style: str = "Table Grid") -> None:
    grid.style = cast("_TableStyle", find_style(document, style, WD_STYLE_TYPE.TABLE))


def table(
    document: WordDocument,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    style: str = "Table Grid",
) -> Table:
    """A table with a bold header row that repeats on every page it spans."""
    added: Table = document.add_table(rows=1, cols=len(header))
    set_table_style(document, added, style)
    for cell, text in zip(added.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(word_safe(text)).bold = True
    _repeat_as_header(added.rows[0])
    for values in rows:
        cells = added.add_row().cells  # type: ignore[no-untyped-call]  # python-docx
        for cell, text in zip(cells, values, strict=True):
            cell.text = word_safe(text)
    return added


def _repeat_as_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def without_borders(grid: Table) -> None:
    """No lines around or between the cells (the table's style stays, for its spacing)."""
    properties: Any = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    # Schema order: after the style, width, alignment, spacing and indent; before the rest.
    following = next(
        (
            found
            for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
            if (found := properties.find(qn(tag))) is not None
        ),
        None,
    )
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)


def shade(cell: _Cell, fill_hex: str) -> None:
    """Background colour of a table cell (``fill_hex`` like "DCFCE7")."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex)
    properties.append(shading)  # type: ignore[arg-type]  # any w: element goes in


def grey_note(document: WordDocument, text: str) -> Paragraph:
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
    paragraph_._p.append(field)  # type: ignore[arg-type]  # any w: element goes in


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
        line.add_run(say("page.page"))
        _field(line, "PAGE")
        line.add_run(say("page.of"))
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


# File properties ------------------------------------------------------------------------
# What each document being written says of itself (title, author), until it is saved.
_DESCRIBED: WeakKeyDictionary[Any, tuple[str, str]] = WeakKeyDictionary()
_WORD_2013 = "15"  # Word's compatibilityMode for Word 2013 and later (2016, 2019, 365)
_WORD_URI = "http://schemas.microsoft.com/office/word"
# What comes after <w:compat> in settings.xml (the schema's order; Word insists on it).
_AFTER_COMPAT = (
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def describe(document: WordDocument, *, title: str = "", author: str = "") -> None:
    """What the file says of itself when saved: its title (else the text of its Title
    paragraph) and its author (our organization; else none)."""
    _DESCRIBED[document.element] = (title, author)


def _title_paragraph(document: WordDocument) -> str:
    for paragraph_ in document.paragraphs:
        if paragraph_.style is not None and paragraph_.style.name == "Title":
            return paragraph_.text
    return ""


def finish(document: WordDocument, now: datetime | None = None) -> None:
    """File properties and Word 2013 compatibility, as every saved document has them."""
    title, author = _DESCRIBED.get(document.element, ("", ""))
    now = (now or datetime.now(UTC)).replace(microsecond=0, tzinfo=None)
    properties = document.core_properties
    properties.title = word_safe(title or _title_paragraph(document))[:255]
    properties.author = word_safe(author)[:255]
    properties.last_modified_by = word_safe(author)[:255]
    for name in ("comments", "subject", "keywords", "category", "content_status", "identifier"):
        setattr(properties, name, "")
    properties.created = now
    properties.modified = now
    properties.revision = 1
    language = document_language()
    if language != ENGLISH:
        # Word's spelling check and screen readers take the text as this language.
        properties.language = "es-US" if language == "es" else language
    _word_2013(document)
    _about_the_application(document)


def _word_2013(document: WordDocument) -> None:
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        following = next(
            (found for tag in _AFTER_COMPAT if (found := settings.find(qn(tag))) is not None),
            None,
        )
        if following is None:
            settings.append(compat)
        else:
            following.addprevious(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            compat.remove(setting)
    mode = OxmlElement("w:compatSetting")
    mode.set(qn("w:name"), "compatibilityMode")
    mode.set(qn("w:uri"), _WORD_URI)
    mode.set(qn("w:val"), _WORD_2013)
    compat.append(mode)


def _about_the_application(document: WordDocument) -> None:
    """docProps/app.xml names the program that wrote the file (python-docx's template says
    "Microsoft Macintosh Word" 2010), and the template's thumbnail shows its blank page."""
    from lxml import etree

    package = document.part.package
    for relationship_id, relationship in list(package.rels.items()):
        if relationship.reltype == _THUMBNAIL:
            del package.rels[relationship_id]
    for part in package.iter_parts():
        if str(part.partname) != "/docProps/app.xml" or not part.blob:
            continue
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        namespace = root.nsmap.get(None, "")
        for tag, value in (("Application", "PartnerDesk"), ("AppVersion", "16.0000")):
            element = root.find(f"{{{namespace}}}{tag}")
            if element is not None:
                element.text = value
        for tag in ("Template", "Company", "Manager"):
            element = root.find(f"{{{namespace}}}{tag}")
            if element is not None:
                element.text = None
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# Keeping things together on a page ----------------------------------------------------
def cannot_split(row: object) -> None:
    """A table row never broken across two pages (a signature block, a question)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    marker = OxmlElement("w:cantSplit")
    properties.insert(0, marker)


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
        finish(document)
        document.save(temporary)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def save_atomically(document: WordDocument, target: Path) -> None:
    """Write next to ``target`` and move into place: a failed export never leaves half a file
    where the user's previous one was (nor a hidden one beside it when the move fails: the
    target open in Word on Windows, or a folder of that name)."""
    written = save_beside(document, target)
    try:
        written.replace(target)
    except BaseException:
        written.unlink(missing_ok=True)
        raise

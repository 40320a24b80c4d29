"""Reading a form the other side filled in: the rows of its tables, and text left beside them.

The file may come from Word, LibreOffice or Google Docs, so it is read from its XML
(``word/document.xml``) with the standard library rather than through a model of one
program's habits:

- tracked changes not accepted yet read as if accepted: inserted text (``w:ins``,
  ``w:moveTo``) counts, deleted text (``w:del``, ``w:delText``, ``w:moveFrom``) and
  deleted rows do not;
- content controls (``w:sdt``) and custom XML wrappers are looked through;
- a table whose heading row repeats in the middle (two tables merged) is read on;
- a table nested in an answer adds its text to the answer.

Nothing is written; what the rows mean is ``core/forms.py``'s business.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from partnerdesk.core.document_language import ENGLISH
from partnerdesk.core.forms import FormRow, every_form_languages
from partnerdesk.core.translation import translate

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A document part larger than this is not a form someone filled in.
_MOST_XML = 64 * 1024 * 1024
# Wrappers whose content counts as if it stood in their place.
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag", f"{_W}ins"}
_WRAPPERS |= {f"{_W}moveTo", f"{_W}hyperlink", f"{_W}fldSimple", f"{_W}dir", f"{_W}bdo"}
# Content that is not there once the changes are accepted, or is no text at all.
_SKIPPED = {f"{_W}del", f"{_W}moveFrom", f"{_W}delText", f"{_W}instrText", f"{_W}pPr"}
_SKIPPED |= {f"{_W}rPr", f"{_W}tcPr", f"{_W}trPr", f"{_W}tblPr", f"{_W}tblGrid"}
_SKIPPED |= {f"{_W}footnoteReference", f"{_W}commentReference", f"{_W}delInstrText"}
# A drawing's fallback repeats its text box for older programs: read once, not twice.
_SKIPPED.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")


class UnreadableFormError(Exception):
    """The file is not a Word document that can be read; the message says why, plainly."""


@dataclass(frozen=True)
class ReadForm:
    rows: tuple[FormRow, ...]
    # Paragraphs outside the tables, above the first one too: (where, text).
    loose: tuple[tuple[str, str], ...]
    # The language of its tables' headings: the form went out in it.
    language: str = ENGLISH


def read_form(path: Path) -> ReadForm:
    """The rows of every table in the file, and the text written above, between or after
    them. UnreadableFormError when the file is no Word document, or holds no table at all
    (then it is not one of our forms)."""
    root = _document_root(Path(path))
    body = root.find(f"{_W}body")
    if body is None:
        raise UnreadableFormError(
            translate("ReadingForms", "“{name}” holds no text PartnerDesk can read.").format(
                name=Path(path).name
            )
        )
    reader = _Reader()
    reader.blocks(body)
    if not reader.tables:
        raise UnreadableFormError(
            translate(
                "ReadingForms",
                "“{name}” is not one of our forms: it has no table of questions and "
                "answers. Choose the form you sent them, filled in.",
            ).format(name=Path(path).name)
        )
    return ReadForm(tuple(reader.rows), tuple(reader.loose), reader.language)


def _document_root(path: Path) -> ElementTree.Element:
    name = path.name
    if not path.is_file():
        raise UnreadableFormError(
            translate("ReadingForms", "There is no file “{name}” there.").format(name=name)
        )
    if not zipfile.is_zipfile(path):
        raise UnreadableFormError(
            translate(
                "ReadingForms",
                "“{name}” is not a Word document (.docx). Open it in Word, LibreOffice "
                "or Google Docs and save or download it as “Word Document (.docx)”.",
            ).format(name=name)
        )
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("word/document.xml")
            if info.file_size > _MOST_XML:
                raise UnreadableFormError(
                    translate(
                        "ReadingForms", "“{name}” is too large to be a filled-in form."
                    ).format(name=name)
                )
            data = package.read(info)
    except KeyError as error:
        raise UnreadableFormError(
            translate(
                "ReadingForms",
                "“{name}” is not a Word document (.docx): it has no document text inside.",
            ).format(name=name)
        ) from error
    except (zipfile.BadZipFile, OSError, RuntimeError) as error:
        raise UnreadableFormError(
            translate("ReadingForms", "“{name}” could not be read; it may be damaged.").format(
                name=name
            )
        ) from error
    try:
        # The standard library's parser refuses external entities and nested entity bombs.
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise UnreadableFormError(
            translate("ReadingForms", "“{name}” could not be read; it may be damaged.").format(
                name=name
            )
        ) from error


@dataclass
class _Columns:
    number: int | None = 0
    question: int = 1
    answer: int = 2


class _Reader:
    def __init__(self) -> None:
        self.rows: list[FormRow] = []
        self.loose: list[tuple[str, str]] = []
        self.tables = 0
        self.language = ENGLISH

    def blocks(self, parent: ElementTree.Element) -> None:
        for child in parent:
            if child.tag == f"{_W}tbl":
                self.tables += 1
                self.table(child, self.tables)
            elif child.tag == f"{_W}p":
                text = _text(child).strip()
                if text:
                    # Above the first table too: a note typed there is theirs to read.
                    where = (
                        translate("ReadingForms", "after table {tables}").format(tables=self.tables)
                        if self.tables
                        else translate("ReadingForms", "before table 1")
                    )
                    self.loose.append((where, text))
            elif child.tag in _WRAPPERS:
                self.blocks(child)

    def table(self, table: ElementTree.Element, number: int) -> None:
        columns: _Columns | None = None
        for position, row in enumerate(_table_rows(table), start=1):
            cells = [_text(cell).strip() for cell in _row_cells(row)]
            heading = _heading_columns(cells)
            if heading is not None:
                columns, self.language = heading
                continue
            where = translate("ReadingForms", "table {number}, row {position}").format(
                number=number, position=position
            )
            self.rows.append(_form_row(cells, columns, where, number))


def _table_rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    rows: list[ElementTree.Element] = []
    for child in table:
        if child.tag == f"{_W}tr":
            properties = child.find(f"{_W}trPr")
            if properties is not None and properties.find(f"{_W}del") is not None:
                continue  # a row deleted with tracked changes on
            rows.append(child)
        elif child.tag in _WRAPPERS:
            rows.extend(_table_rows(child))
    return rows


def _row_cells(row: ElementTree.Element) -> list[ElementTree.Element]:
    cells: list[ElementTree.Element] = []
    for child in row:
        if child.tag == f"{_W}tc":
            cells.append(child)
        elif child.tag in _WRAPPERS:
            cells.extend(_row_cells(child))
    return cells


def _heading_columns(cells: list[str]) -> tuple[_Columns, str] | None:
    """The columns and the language, when ``cells`` is a heading row in any language forms
    are written in."""
    folded = [cell.casefold() for cell in cells]
    for language, (number_heading, question_heading, answer_heading) in every_form_languages():
        question, answer = question_heading.casefold(), answer_heading.casefold()
        if question not in folded or answer not in folded:
            continue
        number = number_heading.casefold()
        columns = _Columns(
            folded.index(number) if number in folded else None,
            folded.index(question),
            folded.index(answer),
        )
        return columns, language
    return None


def _form_row(cells: list[str], columns: _Columns | None, where: str, table: int) -> FormRow:
    """A row by its table's columns; a row with fewer cells (merged or split by hand) is
    read as number-and-question, then answer."""
    wanted = (columns.number or 0, columns.question, columns.answer) if columns else ()
    if columns is not None and len(cells) > max(wanted):
        number = cells[columns.number] if columns.number is not None else ""
        return FormRow(where, number, cells[columns.question], cells[columns.answer], table)
    if len(cells) >= 3:
        return FormRow(where, cells[0], cells[1], "\n".join(cells[2:]), table)
    if len(cells) == 2:
        return FormRow(where, "", cells[0], cells[1], table)
    return FormRow(where, "", "", cells[0] if cells else "", table)


def _text(element: ElementTree.Element) -> str:
    """The text of a paragraph, cell or nested table, with tracked changes accepted."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: ElementTree.Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}p":
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            _collect(child, parts)
            parts.append("\n")
        else:
            _collect(child, parts)


# The same tolerant reading, for readers of other returned forms (the check-up form).
def document_body(path: Path) -> ElementTree.Element:
    """The body of a Word file's document; UnreadableFormError (plain words) when the file
    is missing, no Word document, damaged or holds no text."""
    body = _document_root(Path(path)).find(f"{_W}body")
    if body is None:
        raise UnreadableFormError(
            translate("ReadingForms", "“{name}” holds no text PartnerDesk can read.").format(
                name=Path(path).name
            )
        )
    return body


WORD_NAMESPACE = _W
# Elements whose content counts as if it stood in their place (content controls…).
WRAPPER_TAGS = frozenset(_WRAPPERS)
table_rows = _table_rows  # a table's rows, tracked-deleted ones left out
row_cells = _row_cells  # a row's cells, through content controls
element_text = _text  # a paragraph's or cell's text, tracked changes accepted

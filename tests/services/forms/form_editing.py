"""Editing an exported form the way people do, for the read-back tests."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table


def form_tables(document: docx.document.Document) -> list[Table]:
    # Its number column: "No." (English), "N.º" (Spanish).
    return [table for table in document.tables if table.rows[0].cells[0].text in ("No.", "N.º")]


def row_of(document: docx.document.Document, number: int) -> tuple[Table, int]:
    for table in form_tables(document):
        for index, row in enumerate(table.rows):
            if row.cells[0].text == str(number):
                return table, index
    raise AssertionError(f"no row numbered {number}")


def answer(path: Path, answers: dict[int, str]) -> None:
    """Type each answer into its row's "Your answer" cell, as a person does in Word."""
    document = docx.Document(str(path))
    for number, text in answers.items():
        table, index = row_of(document, number)
        cell = table.rows[index].cells[2]
        lines = text.split("\n")
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(path))


def add_row_below(document: docx.document.Document, number: int, text: str) -> None:
    """A row added under a question's row, its answer going on there."""
    table, index = row_of(document, number)
    source = table.rows[index]._tr
    added = copy.deepcopy(source)
    source.addnext(added)
    new_row = table.rows[index + 1]
    new_row.cells[0].text = ""
    new_row.cells[1].text = ""
    new_row.cells[2].text = text


def reword(document: docx.document.Document, number: int, text: str, *, drop_number: bool) -> None:
    table, index = row_of(document, number)
    row = table.rows[index]
    row.cells[1].text = text
    if drop_number:
        row.cells[0].text = ""


def delete_row(document: docx.document.Document, number: int) -> None:
    table, index = row_of(document, number)
    tr = table.rows[index]._tr
    tr.getparent().remove(tr)


def merge_all_tables(document: docx.document.Document) -> None:
    """Every form table's rows moved into the first (the headings between them deleted),
    as people do when they select across tables and paste."""
    tables = form_tables(document)
    first = tables[0]._tbl
    for table in tables[1:]:
        element = table._tbl
        previous = element.getprevious()
        for tr in element.findall(qn("w:tr")):
            first.append(tr)
        element.getparent().remove(element)
        if previous is not None and previous.tag == qn("w:p"):
            previous.getparent().remove(previous)


def type_beside(document: docx.document.Document, text: str) -> None:
    """A paragraph typed after the last table."""
    tables = form_tables(document)
    paragraph = parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>{text}</w:t></w:r></w:p>")
    tables[-1]._tbl.addnext(paragraph)


def tracked_answer(document: docx.document.Document, number: int, kept: str, gone: str) -> None:
    """An answer typed with "Track changes" on and not accepted yet: ``kept`` inserted,
    ``gone`` deleted."""
    table, index = row_of(document, number)
    cell = table.rows[index].cells[2]
    author = 'w:id="{}" w:author="Ana Lima" w:date="2026-12-01T10:00:00Z"'
    cell.paragraphs[0]._p.append(
        parse_xml(
            f"<w:ins {nsdecls('w')} {author.format(901)}><w:r><w:t>{kept}</w:t></w:r></w:ins>"
        )
    )
    cell.paragraphs[0]._p.append(
        parse_xml(
            f"<w:del {nsdecls('w')} {author.format(902)}>"
            f"<w:r><w:delText>{gone}</w:delText></w:r></w:del>"
        )
    )


def tracked_row_deletion(document: docx.document.Document, number: int) -> None:
    """The row deleted with "Track changes" on: still in the file, marked deleted."""
    table, index = row_of(document, number)
    properties = table.rows[index]._tr.get_or_add_trPr()
    properties.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="903" w:author="Ana Lima" w:date="2026-12-01T10:00:00Z"/>'
        )
    )

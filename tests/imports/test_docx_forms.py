"""Reading a returned form's XML as Word, LibreOffice and Google Docs may write it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from partnerdesk.imports.docx_forms import UnreadableFormError, read_form

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def _row(*cells: str, properties: str = "") -> str:
    return f"<w:tr>{properties}" + "".join(f"<w:tc>{cell}</w:tc>" for cell in cells) + "</w:tr>"


def _docx(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "returned.docx"
    document = (
        f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{W}' xmlns:mc='{MC}'>"
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", document)
    return path


def test_wrapped_cells_text_boxes_nested_tables_and_columns_moved(tmp_path: Path) -> None:
    heading = _row(_p("No."), _p("Question"), _p("Your answer"))
    body = (
        _p("Intro, before any table")
        + "<w:tbl>"
        + heading
        # A content control around a cell (Word's and Google Docs' forms use them).
        + "<w:tr><w:tc>"
        + _p("5")
        + "</w:tc><w:tc>"
        + _p("Why now?")
        + "</w:tc>"
        + "<w:sdt><w:sdtContent><w:tc>"
        + _p("Because.")
        + "</w:tc></w:sdtContent></w:sdt></w:tr>"
        # A drawing's text box, once for new programs and once as fallback: read once.
        + _row(
            _p("6"),
            _p("Funding?"),
            "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>"
            + _p("A grant.")
            + "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"
            + _p("A grant.")
            + "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        )
        # A table pasted into an answer.
        + _row(_p("7"), _p("Values?"), _p("Ours:") + "<w:tbl>" + _row(_p("Equity")) + "</w:tbl>")
        # A second table's heading row, its columns in another order (tables merged).
        + _row(_p("Your answer"), _p("Question"), _p("No."))
        + _row(_p("Yes."), _p("Data?"), _p("12"))
        # Two cells: the number and question merged by hand.
        + _row(_p("13. Who owns it?"), _p("We do."))
        + "</w:tbl>"
        + _p("Typed below the table.")
    )
    form = read_form(_docx(tmp_path, body))
    assert [(row.number, row.question, row.answer) for row in form.rows] == [
        ("5", "Why now?", "Because."),
        ("6", "Funding?", "A grant."),
        ("7", "Values?", "Ours:\nEquity"),
        ("12", "Data?", "Yes."),
        ("", "13. Who owns it?", "We do."),
    ]
    # Text above the first table is read too (issue 18): the form's own title and
    # introduction are told apart from theirs later, by the words the form was written with.
    assert form.loose == (
        ("before table 1", "Intro, before any table"),
        ("after table 1", "Typed below the table."),
    )


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    changed = (
        "<w:p><w:r><w:t>We </w:t></w:r>"
        "<w:ins w:id='1' w:author='A'><w:r><w:t>asked.</w:t></w:r></w:ins>"
        "<w:del w:id='2' w:author='A'><w:r><w:delText>never did.</w:delText></w:r></w:del>"
        "<w:moveFrom w:id='3' w:author='A'><w:r><w:t>moved away</w:t></w:r></w:moveFrom>"
        "</w:p>"
    )
    gone = "<w:trPr><w:del w:id='4' w:author='A'/></w:trPr>"
    body = (
        "<w:tbl>"
        + _row(_p("No."), _p("Question"), _p("Your answer"))
        + _row(_p("5"), _p("Why now?"), changed)
        + _row(_p("6"), _p("Funding?"), _p("Deleted row."), properties=gone)
        + "</w:tbl>"
    )
    form = read_form(_docx(tmp_path, body))
    assert [(row.number, row.answer) for row in form.rows] == [("5", "We asked.")]


def test_damaged_files_are_refused_in_plain_words(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("word/document.xml", "<w:document")
    with pytest.raises(UnreadableFormError, match="may be damaged"):
        read_form(broken)
    old_word = tmp_path / "old.docx"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))  # a .doc renamed
    with pytest.raises(UnreadableFormError, match="save or download it as"):
        read_form(old_word)

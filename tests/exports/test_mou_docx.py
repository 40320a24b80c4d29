"""The MOU in Word: every numbered section, the tables, header and footer, the letterhead."""

from __future__ import annotations

import struct
import zlib
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt

from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_document import MouDocument, OpenPoints
from partnerdesk.core.mou_sections import SECTIONS, section_number
from partnerdesk.exports.letterhead import (
    LetterheadError,
    install_letterhead,
    letterhead_path,
    open_letterhead,
)
from partnerdesk.exports.mou_docx import write_mou_docx
from partnerdesk.exports.word import REPLACEMENT
from tests.core.test_mou_checks import complete_draft
from tests.exports.word_readers import all_text, libreoffice_text

ON = date(2026, 11, 23)


def _headers(path: Path) -> str:
    document = docx.Document(str(path))
    section = document.sections[0]
    parts = [p.text for p in section.header.paragraphs]
    if section.different_first_page_header_footer:
        parts += [p.text for p in section.first_page_header.paragraphs]
    return "\n".join(parts)


def test_every_section_heading_the_tables_and_the_signature_block(tmp_path: Path) -> None:
    draft = complete_draft()
    draft["goals"]["goals"] = "Serve 300 families & <more>\nSecond goal\x07 here"
    target = tmp_path / "mou.docx"
    write_mou_docx(MouDocument("MOU: Referrals", draft, 3, ON, check_mou(draft)), target)
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{n}. {s.title}" for n, s in enumerate(SECTIONS, start=1)]
    assert document.paragraphs[0].style.name == "Title"
    text = all_text(target)
    assert "Serve 300 families & <more>" in text
    assert f"Second goal{REPLACEMENT} here" in text
    tables = document.tables
    assert [c.text for c in tables[0].rows[0].cells] == ["Organization", "Signs for it", "Title"]
    assert [c.text for c in tables[1].rows[0].cells] == ["Responsibility", "Party", "Due"]
    assert tables[1].rows[1].cells[0].text == "Refer patients"
    # The parties' names on the signature table's first row, their lines on the second.
    rows = tables[-1].rows
    signature = [rows[0].cells[i].text + "\n" + rows[1].cells[i].text for i in (0, 1)]
    assert "For Eastside Food Collective" in signature[0]
    assert "Name: Marisol Ortega" in signature[0] and "Signature:" in signature[0]
    assert "Name: Angela Brooks" in signature[1]
    assert "DRAFT — version 3 — November 23, 2026" in _headers(target)
    footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs)
    assert footer.startswith("MOU: Referrals · Page ")
    assert "Points still to settle" not in text


def test_open_points_are_listed_at_the_end_when_chosen(tmp_path: Path) -> None:
    draft = complete_draft()
    draft["conflict"]["process"] = ""
    target = tmp_path / "mou.docx"
    chosen = MouDocument("MOU", draft, 1, ON, check_mou(draft), open_points=OpenPoints.IN_MOU)
    write_mou_docx(chosen, target)
    text = all_text(target)
    assert "This draft still has 1 open point," in text
    # Said to both parties, not in our words ("No way to resolve conflicts").
    assert "Open points" in text
    conflict = section_number("conflict")
    assert f"Section {conflict}, Conflict resolution: How disagreements are raised and" in text
    assert "No way to resolve conflicts" not in text and "Points still to settle" not in text
    # By default the MOU holds none of it: the points go to the cover note.
    write_mou_docx(MouDocument("MOU", draft, 1, ON, check_mou(draft)), target)
    text = all_text(target)
    assert "open point" not in text and "Open points" not in text


def _png() -> bytes:
    """A 2×2 green PNG, enough for a logo."""
    raw = b"".join(b"\x00" + b"\x2f\x6f\x5e" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _letterhead(tmp_path: Path) -> Path:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = Cm(3.3)
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2))
    section.first_page_header.add_paragraph("Eastside Community Food Collective")
    section.header.paragraphs[0].text = "Eastside Community Food Collective · 12 Main St"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Dear partner, this text is the template's own and must go.")
    path = tmp_path / "letterhead.docx"
    document.save(str(path))
    return path


def test_exports_are_built_on_the_letterhead(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    source = _letterhead(tmp_path)
    install_letterhead(source, data_dir)
    source.unlink()  # the copy in the data folder is what counts
    target = tmp_path / "mou.docx"
    warning = write_mou_docx(MouDocument("MOU", complete_draft(), 1, ON), target, data_dir)
    assert warning == ""
    document = docx.Document(str(target))
    section = document.sections[0]
    assert abs(section.left_margin - Cm(3.3)) < Cm(0.01)  # twips round it
    assert document.styles["Normal"].font.name == "Georgia"
    assert section.different_first_page_header_footer
    first = section.first_page_header
    assert first._element.xpath(".//w:drawing"), "the logo stays on the first page"
    headers = _headers(target)
    assert "12 Main St" in headers and "DRAFT — version 1" in headers
    assert "the template's own" not in all_text(target)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"just some text", "is not a Word document"),
        (b"PK\x03\x04broken zip", "is not a Word document"),
    ],
)
def test_a_broken_letterhead_is_refused_and_exports_fall_back(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "letterhead.doc"
    bad.write_bytes(content)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with pytest.raises(LetterheadError, match=expected):
        install_letterhead(bad, data_dir)
    assert not letterhead_path(data_dir).exists()
    # A letterhead damaged after it was chosen: the export still happens, with a warning.
    letterhead_path(data_dir).write_bytes(content)
    target = tmp_path / "mou.docx"
    warning = write_mou_docx(MouDocument("MOU", complete_draft(), 1, ON), target, data_dir)
    assert "default layout was used" in warning
    assert docx.Document(str(target)).paragraphs[0].text == "MOU"


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    import zipfile

    fake = tmp_path / "photos.docx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not word")
    with pytest.raises(LetterheadError, match="could not be read as a Word document"):
        open_letterhead(fake)


def test_libreoffice_opens_the_mou_on_a_letterhead(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    install_letterhead(_letterhead(tmp_path), data_dir)
    source = tmp_path / "mou.docx"
    write_mou_docx(MouDocument("MOU: Referrals", complete_draft(), 2, ON), source, data_dir)
    text = libreoffice_text(source, tmp_path)
    assert "8. Leadership and coordination" in text and "Marisol Ortega" in text


def test_a_due_date_picked_as_a_date_is_spelled_out_in_the_roles_table(tmp_path: Path) -> None:
    """Review #22: the responsibilities table said "2026-11-15"; a due date written in
    words stays as written."""
    from partnerdesk.core.document_language import writing_in

    draft = complete_draft()
    draft["roles"]["roles"][1]["due"] = "2026-11-15"
    for language, spelled in (("en", "November 15, 2026"), ("es", "15 de noviembre de 2026")):
        target = tmp_path / f"mou-{language}.docx"
        with writing_in(language):
            write_mou_docx(MouDocument("MOU", draft, 1, ON, check_mou(draft)), target)
        table = docx.Document(str(target)).tables[1]
        assert [row.cells[2].text for row in table.rows[1:]] == ["Monthly", spelled]

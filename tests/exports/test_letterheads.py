"""Letterheads as Word and LibreOffice save them: missing styles, other names, outside links.

The letterheads are made here: one as Word saves a letterhead (only Normal, Header and
Footer styles, no list numbering), one written by LibreOffice itself, and crafted ones.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_document import MouDocument, OpenPoints
from partnerdesk.core.mou_sections import SECTIONS
from partnerdesk.exports.letterhead import (
    LetterheadError,
    install_letterhead,
    letterhead_path,
)
from partnerdesk.exports.mou_docx import write_mou_docx
from tests.core.test_mou_checks import complete_draft
from tests.exports.test_mou_docx import _png
from tests.exports.word_readers import libreoffice_convert, libreoffice_text

ON = date(2026, 11, 23)
HEADER_TEXT = "Lakeview Neighbors Pantry · 40 Harbor Road"
FOOTER_TEXT = "lakeview-pantry.example"


def _word_letterhead(folder: Path, heading: str = "") -> Path:
    """A letterhead as Word saves one: margins, a logo and text in the header, a footer,
    Georgia as the font, and only the Normal, Header and Footer styles."""
    folder.mkdir(parents=True, exist_ok=True)
    logo = folder / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = Cm(3.1)
    section.header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2))
    section.header.add_paragraph(HEADER_TEXT)
    section.footer.paragraphs[0].text = FOOTER_TEXT
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Dear friends,")
    if heading:  # used in the letter: LibreOffice writes the Heading 1 style
        document.add_heading(heading, 1)
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        name = style.find(qn("w:name")).get(qn("w:val"))
        if name not in ("Normal", "header", "footer") and not (heading and name == "heading 1"):
            styles.remove(style)
    for relationship_id, rel in list(document.part.rels.items()):
        if rel.reltype == RT.NUMBERING:  # Word writes no list numbering unless it has lists
            del document.part.rels[relationship_id]
    path = folder / "Letterhead (Word).docx"
    document.save(str(path))
    return path


def _style_names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("word/styles.xml").decode()
    return set(re.findall(r'<w:name w:val="([^"]*)"', styles))


def _exported_on(letterhead: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    install_letterhead(letterhead, data_dir)
    target = tmp_path / "mou.docx"
    draft = complete_draft()
    findings = check_mou({"conflict": {}})
    warning = write_mou_docx(
        # The open points in the MOU: its bulleted list tries the letterhead's List Bullet.
        MouDocument("MOU: Pantry referrals", draft, 1, ON, findings, open_points=OpenPoints.IN_MOU),
        target,
        data_dir,
    )
    assert warning == ""
    return target


def _check_reads_back(target: Path) -> docx.document.Document:
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{n}. {s.title}" for n, s in enumerate(SECTIONS, start=1)] + [
        "Open points"
    ]
    assert document.paragraphs[0].style.name == "Title"
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    assert {table.style.name for table in document.tables} == {"Table Grid"}
    section = document.sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    assert HEADER_TEXT in header and "DRAFT — version 1" in header
    assert section.header._element.xpath(".//w:drawing"), "the logo is kept"
    assert FOOTER_TEXT in "\n".join(p.text for p in section.footer.paragraphs)
    assert abs(section.left_margin - Cm(3.1)) < Cm(0.01)
    return document


def test_a_letterhead_saved_by_word_with_only_three_styles(tmp_path: Path) -> None:
    letterhead = _word_letterhead(tmp_path / "made")
    assert _style_names(letterhead) == {"Normal", "header", "footer"}
    document = _check_reads_back(_exported_on(letterhead, tmp_path))
    assert document.styles["Normal"].font.name == "Georgia", "the letterhead's font wins"
    defaults = document.styles.element.xpath("./w:style[@w:default='1']")
    assert sorted(d.name_val for d in defaults) == [
        "Default Paragraph Font",
        "No List",
        "Normal",
        "Normal Table",
    ], "one default per type: the letterhead's Normal, the plain layout's others"
    # List Bullet's bullets came along with it: its numbering is in the document.
    bullet = document.styles["List Bullet"].element
    [number] = bullet.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    numbering = document.part.numbering_part.element
    assert numbering.xpath(f"./w:num[@w:numId='{number}']")


def test_a_letterhead_written_by_libreoffice(tmp_path: Path) -> None:
    made = _word_letterhead(tmp_path / "made", heading="Our letter")
    letterhead = libreoffice_convert(made, tmp_path / "office", "docx:MS Word 2007 XML", "docx")
    names = _style_names(letterhead)
    assert "Heading 1" in names and "heading 1" not in names, "LibreOffice's own spelling"
    target = _exported_on(letterhead, tmp_path)
    _check_reads_back(target)
    text = libreoffice_text(target, tmp_path / "read")
    assert f"1. {SECTIONS[0].title}" in text and "Open points" in text


def test_a_style_of_another_name_with_the_same_id_is_not_taken_for_it(tmp_path: Path) -> None:
    letterhead = _word_letterhead(tmp_path / "made")
    document = docx.Document(str(letterhead))
    document.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="ListBullet">'
            '<w:name w:val="Our arrows"/></w:style>'
        )
    )
    document.save(str(letterhead))
    exported = docx.Document(str(_exported_on(letterhead, tmp_path)))
    bullets = {p.style.name for p in exported.paragraphs if p.style.style_id.startswith("List")}
    assert bullets == {"List Bullet"}
    assert exported.styles["Our arrows"].style_id == "ListBullet"


def _unusable(letterhead: Path) -> docx.document.Document:
    """The letterhead with "heading 1" also as a character style, named first: a paragraph
    cannot take it (a file no MOU can be built on)."""
    document = docx.Document(str(letterhead))
    for kind, style_id in (("character", "H1"), ("paragraph", "Heading1")):
        document.styles.element.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}">'
                '<w:name w:val="heading 1"/></w:style>'
            )
        )
    return document


def test_a_letterhead_no_mou_can_be_built_on_is_refused_plainly(tmp_path: Path) -> None:
    letterhead = _word_letterhead(tmp_path / "made")
    _unusable(letterhead).save(str(letterhead))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with pytest.raises(LetterheadError, match="could not write a sample MOU on “Letterhead"):
        install_letterhead(letterhead, data_dir)
    assert list(data_dir.iterdir()) == [], "nothing kept, not even half a copy"


# Links to the outside (issue 16) -----------------------------------------------------
REMOTE = ("images.example", "templates.example", "lakeview-pantry.example/about")


def _linking_letterhead(folder: Path) -> Path:
    """A letterhead whose logo is also linked from a web address, with an attached template
    on a server, a hyperlink and a picture field that fetches an address."""
    path = _word_letterhead(folder)
    document = docx.Document(str(path))
    header = document.sections[0].header
    picture_link = header.part.rels.get_or_add_ext_rel(RT.IMAGE, "https://images.example/logo.png")
    for blip in header._element.xpath(".//a:blip"):
        blip.set(qn("r:link"), picture_link)
    header.add_paragraph()._p.append(
        parse_xml(
            f"<w:fldSimple {nsdecls('w')} w:instr='INCLUDEPICTURE \"https://images.example/"
            "banner.png\" \\d'><w:r><w:t>banner</w:t></w:r></w:fldSimple>"
        )
    )
    footer = document.sections[0].footer
    site = footer.part.rels.get_or_add_ext_rel(
        RT.HYPERLINK, "https://lakeview-pantry.example/about"
    )
    footer.add_paragraph()._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{site}"><w:r><w:t>About us</w:t></w:r>'
            "</w:hyperlink>"
        )
    )
    settings = document.part._settings_part
    template = settings.rels.get_or_add_ext_rel(
        f"{RT.IMAGE.rpartition('/')[0]}/attachedTemplate", "https://templates.example/letter.dotx"
    )
    settings.element.insert(
        0, parse_xml(f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{template}"/>')
    )
    document.save(str(path))
    assert _outside_links(path)
    return path


def _outside_links(path: Path) -> list[str]:
    """Every mention of an outside address or link in the package."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8", "replace")
            if 'TargetMode="External"' in text or "attachedTemplate" in text:
                found.append(name)
            found.extend(f"{name}: {remote}" for remote in REMOTE if remote in text)
    return found


def test_outside_links_are_removed_when_a_letterhead_is_chosen(tmp_path: Path) -> None:
    target = _exported_on(_linking_letterhead(tmp_path / "made"), tmp_path)
    assert _outside_links(letterhead_path(tmp_path / "data")) == []
    assert _outside_links(target) == []
    document = _check_reads_back(target)
    footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs)
    assert "About us" in footer, "the link's text stays"


def test_outside_links_are_removed_when_a_letterhead_is_used(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # Put in place as an older PartnerDesk or a restored archive would: unchecked.
    letterhead_path(data_dir).write_bytes(_linking_letterhead(tmp_path / "made").read_bytes())
    target = tmp_path / "mou.docx"
    warning = write_mou_docx(MouDocument("MOU", complete_draft(), 1, ON), target, data_dir)
    assert warning == ""
    assert _outside_links(target) == []


def test_a_letterhead_put_in_place_unchecked_falls_back_with_a_warning(tmp_path: Path) -> None:
    """As "Import everything" or an older PartnerDesk may leave one: the MOU is still
    written, on the plain layout, and the user is told."""
    document = _unusable(_word_letterhead(tmp_path / "made"))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    document.save(str(letterhead_path(data_dir)))
    target = tmp_path / "mou.docx"
    warning = write_mou_docx(MouDocument("MOU", complete_draft(), 1, ON), target, data_dir)
    assert warning.startswith("Your letterhead could not be used for this MOU")
    written = docx.Document(str(target))
    assert [p.text for p in written.paragraphs if p.style.name == "Heading 1"][:1] == [
        f"1. {SECTIONS[0].title}"
    ]
    assert HEADER_TEXT not in "\n".join(p.text for p in written.sections[0].header.paragraphs)

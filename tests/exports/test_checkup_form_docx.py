"""The check-up form the partner fills in: what it says, its tables, and its hidden marks."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from partnerdesk.core.checkup_form import statement_mark
from partnerdesk.core.checkups import shipped_statements
from partnerdesk.exports.checkup_form_docx import write_checkup_form
from tests.exports.test_letterheads import FOOTER_TEXT, _word_letterhead
from tests.exports.word_readers import all_text, libreoffice_convert, libreoffice_text

OURS = "Riverside Neighbors Alliance"
THEIRS = "Lakeview General Hospital"
TITLE = "Diabetes prevention walks"
# The English form's words (resources/document_words.yaml, "checkup_form.*").
FORM_TITLE = "How is our partnership going?"
CLOSING = "Thank you for taking the time to answer."
HEADINGS = ("Statement", "Rating (1–5)", "Comments")


def write(target: Path, **letterhead: Path) -> str:
    return write_checkup_form(
        target,
        shipped_statements(),
        our_name=OURS,
        their_name=THEIRS,
        partnership_title=TITLE,
        held_on=date(2026, 12, 10),
        **letterhead,
    )


def test_one_table_per_domain_under_its_title_with_every_statement(tmp_path: Path) -> None:
    target = tmp_path / "Check-up form.docx"
    assert write(target) == ""
    statements = shipped_statements()
    document = docx.Document(str(target))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert paragraphs[0] == FORM_TITLE
    assert "December 10, 2026" in paragraphs[1] and TITLE in paragraphs[1]
    text = all_text(target)
    for needed in (
        f"Dear colleagues at {THEIRS},",
        "Honest answers help us most.",
        "1 = not at all",
        "5 = fully",
        "Leave the cell blank if you don't know",
        "Comments are welcome",
        "e-mail it back to us",
        CLOSING,
    ):
        assert needed in text
    headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings == [domain.title for domain in statements.domains]
    assert len(document.tables) == len(statements.domains)
    for grid, domain in zip(document.tables, statements.domains, strict=True):
        assert tuple(cell.text for cell in grid.rows[0].cells) == HEADINGS
        assert [row.cells[0].text for row in grid.rows[1:]] == [s.text for s in domain.statements]
        assert all(row.cells[1].text == row.cells[2].text == "" for row in grid.rows[1:])
        marks = [
            [mark.get(qn("w:name")) for mark in row._tr.iter(qn("w:bookmarkStart"))]
            for row in grid.rows[1:]
        ]
        assert marks == [[statement_mark(s.id)] for s in domain.statements]
    ids = document.element.body.xpath("//w:bookmarkStart/@w:id")
    assert len(ids) == len(set(ids)) == statements.statement_count
    assert document.core_properties.author == OURS


def test_portrait_with_the_statement_and_comments_wide_and_the_rating_narrow(
    tmp_path: Path,
) -> None:
    target = tmp_path / "form.docx"
    write(target)
    document = docx.Document(str(target))
    section = document.sections[0]
    assert (section.page_width or 0) < (section.page_height or 0)
    text_width = _text_width(document)
    for grid in document.tables:
        statement, rating, comments = (cell.width or 0 for cell in grid.rows[1].cells)
        assert statement > 2.5 * rating and comments > 2.5 * rating
        assert abs(statement + rating + comments - text_width) < 100


def test_without_a_date_or_names_it_says_when_it_was_prepared(tmp_path: Path) -> None:
    target = tmp_path / "form.docx"
    write_checkup_form(
        target, shipped_statements(), our_name="", their_name="", partnership_title="", held_on=None
    )
    document = docx.Document(str(target))
    assert document.paragraphs[1].text.startswith("prepared on ")
    assert document.paragraphs[2].text == "Dear colleagues,"
    assert document.paragraphs[3].text.startswith("We would like to hear")


def test_on_the_letterhead(tmp_path: Path) -> None:
    letterhead = _word_letterhead(tmp_path / "letterhead")
    target = tmp_path / "form.docx"
    assert write(target, letterhead=letterhead) == ""
    document = docx.Document(str(target))
    assert FOOTER_TEXT in document.sections[0].footer.paragraphs[0].text
    # The letterhead's wider left margin narrows the tables, not the page.
    widths = sum(cell.width or 0 for cell in document.tables[0].rows[0].cells)
    assert abs(widths - _text_width(document)) < 100


def _text_width(document: Document) -> int:
    section = document.sections[0]
    return (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)


def test_libreoffice_reads_the_form_and_renders_it(tmp_path: Path) -> None:
    target = tmp_path / "form.docx"
    write(target)
    text = libreoffice_text(target, tmp_path)
    assert FORM_TITLE in text and "Rating (1–5)" in text
    assert shipped_statements().domains[-1].statements[-1].text in text
    pdf = libreoffice_convert(target, tmp_path, "pdf", "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_each_domain_stays_with_its_table_and_its_rows_together(tmp_path: Path) -> None:
    target = tmp_path / "form.docx"
    write(target)
    document = docx.Document(str(target))
    titles = [p for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert titles and all(title.paragraph_format.keep_with_next for title in titles)
    for grid in document.tables:
        *held, last = grid.rows
        for row in held:
            assert all(
                p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs
            )
        assert not any(p.paragraph_format.keep_with_next for p in last.cells[0].paragraphs)


def test_libreoffice_lays_the_form_out_on_three_pages(tmp_path: Path) -> None:
    target = tmp_path / "form.docx"
    write(target)
    pdf = libreoffice_convert(target, tmp_path, "pdf", "pdf").read_bytes()
    pages = re.findall(rb"/Type\s*/Page(?![s\w])", pdf)
    assert 1 <= len(pages) <= 3, f"{len(pages)} pages"


def test_in_spanish_every_word_of_the_form_is_spanish(tmp_path: Path) -> None:
    target = tmp_path / "Formulario de revisión.docx"
    statements = shipped_statements("es")
    assert (
        write_checkup_form(
            target,
            statements,
            our_name=OURS,
            their_name=THEIRS,
            partnership_title="Caminatas para prevenir la diabetes",
            held_on=date(2026, 12, 10),
            language="es",
        )
        == ""
    )
    document = docx.Document(str(target))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert paragraphs[0] == "¿Cómo va nuestra alianza?"
    assert paragraphs[1] == (
        "Caminatas para prevenir la diabetes · revisión de la alianza del 10 de diciembre "
        f"de 2026 · de {OURS}"
    )
    assert paragraphs[2] == f"Estimados colegas de {THEIRS}:"
    assert paragraphs[3].startswith(f"En {OURS} nos gustaría saber")
    text = all_text(target)
    assert "1 = para nada, 2 = un poco, 3 = en parte, 4 = en su mayoría, 5 = totalmente" in text
    assert "Muchas gracias por tomarse el tiempo de responder." in text
    for english in ("Dear", "Rating", "Statement", "Comments", "December", "Page", "check-up"):
        assert english not in text
    headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings == [domain.title for domain in statements.domains]
    for grid, domain in zip(document.tables, statements.domains, strict=True):
        cells = tuple(cell.text for cell in grid.rows[0].cells)
        assert cells == ("Afirmación", "Calificación (1–5)", "Comentarios")
        assert [row.cells[0].text for row in grid.rows[1:]] == [s.text for s in domain.statements]
    footer = "".join(p.text for p in document.sections[0].footer.paragraphs)
    assert footer.startswith(f"Revisión de la alianza · {THEIRS} · Página ")
    assert " de " in footer
    assert document.core_properties.title == (
        "¿Cómo va nuestra alianza? Caminatas para prevenir la diabetes"
    )


def test_libreoffice_lays_the_spanish_form_out_with_whole_words_in_its_headings(
    tmp_path: Path,
) -> None:
    target = tmp_path / "form.docx"
    write_checkup_form(
        target,
        shipped_statements("es"),
        our_name=OURS,
        their_name=THEIRS,
        partnership_title=TITLE,
        held_on=date(2026, 12, 10),
        language="es",
    )
    # The rating column is widened for "Calificación" on one line (3.5 cm; it was cut
    # "Calificació|n" at 2.5 cm), the statement and comments still the wide ones.
    statement, rating, comments = docx.Document(str(target)).tables[0].rows[0].cells
    assert (rating.width or 0) >= Cm(3.4)
    assert (statement.width or 0) > 1.5 * (rating.width or 0)
    assert (comments.width or 0) > 1.5 * (rating.width or 0)
    pdf = libreoffice_convert(target, tmp_path, "pdf", "pdf").read_bytes()
    pages = re.findall(rb"/Type\s*/Page(?![s\w])", pdf)
    assert 1 <= len(pages) <= 4, f"{len(pages)} pages"

"""The exports' style lookup gives exactly what python-docx's would, in real templates, and
finds the styles LibreOffice names in another case."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.styles import BabelFish

from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_document import MouDocument
from partnerdesk.exports.mou_docx import write_mou_docx
from partnerdesk.exports.word import find_style
from tests.core.test_mou_checks import complete_draft
from tests.exports.word_readers import libreoffice_convert

# A styles part with what real ones may hold: two defaults of one type (the last counts),
# a name used twice (the first counts), a style with no name, "true" for "1".
ODD_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:default="true" w:styleId="Body"><w:name w:val="Body"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="character" w:styleId="Twice1"><w:name w:val="Twice"/></w:style>
  <w:style w:type="paragraph" w:styleId="Twice2"><w:name w:val="Twice"/></w:style>
  <w:style w:type="table" w:default="0" w:styleId="Grid"><w:name w:val="Table Grid"/></w:style>
  <w:style w:type="paragraph" w:styleId="Nameless"/>
</w:styles>
"""


def _answers(document: docx.document.Document, lookup: object) -> dict[tuple[str, int], object]:
    names = [style.name for style in document.styles if style.name] + ["Heading 1", "Missing"]
    answers: dict[tuple[str, int], object] = {}
    for name in names:
        for kind in WD_STYLE_TYPE:
            try:
                with warnings.catch_warnings():
                    # python-docx's deprecated fallback to a style id, which we never use
                    warnings.simplefilter("error")
                    answers[name, kind.value] = lookup(document.part, name, kind)  # type: ignore[operator]
            except (KeyError, ValueError, UserWarning) as error:
                answers[name, kind.value] = type(error).__name__
    return answers


def _same_as_python_docx(path: Path | None) -> None:
    document = docx.Document(str(path) if path else None)
    theirs = _answers(docx.Document(str(path) if path else None), _python_docx)
    ours = _answers(document, lambda part, name, kind: _ours(document, part, name, kind))
    by_id = {key for key, answer in theirs.items() if answer == "UserWarning"}
    # Where python-docx finds a style only through its deprecated lookup by id (LibreOffice
    # writes "Header" where python-docx looks for "header"), ours finds the same style by
    # its name as LibreOffice spells it, without the deprecated path (issue 15).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        found_by_id = {key: _answer(document, _python_docx, *key) for key in by_id}
    # (Of another type it is refused: python-docx's ValueError, or our KeyError, as the
    # loose names are looked up per type.)
    assert {key: _refused(ours[key]) for key in by_id} == {
        key: _refused(answer) for key, answer in found_by_id.items()
    }
    differing = {k: (ours[k], v) for k, v in theirs.items() if k not in by_id and ours[k] != v}
    # Elsewhere the same answers, except names python-docx misses that Word and LibreOffice
    # write in another case ("Heading 1"): ours finds that style, of the type asked for.
    for (name, kind), (found, missed) in differing.items():
        assert missed == "KeyError", (name, kind, found, missed)
        assert _loosely_named(document, found, name, kind), (name, kind, found)
    assert len(ours) > 20


def _answer(document: docx.document.Document, lookup: object, name: str, kind: int) -> object:
    try:
        return lookup(document.part, name, WD_STYLE_TYPE(kind))  # type: ignore[operator]
    except (KeyError, ValueError) as error:
        return type(error).__name__


def _refused(answer: object) -> object:
    return "refused" if answer in ("KeyError", "ValueError") else answer


def _loosely_named(
    document: docx.document.Document, style_id: object, name: str, kind: int
) -> bool:
    internal = " ".join(BabelFish.ui2internal(name).split()).casefold()
    return any(
        style.style_id == style_id
        and style.type == WD_STYLE_TYPE(kind)
        and style.element.name_val is not None
        and " ".join(style.element.name_val.split()).casefold() == internal
        for style in document.styles
    )


def _python_docx(part: object, name: str, kind: WD_STYLE_TYPE) -> object:
    return part.get_style_id(name, kind)  # type: ignore[attr-defined]


def _ours(document: docx.document.Document, part: object, name: str, kind: WD_STYLE_TYPE) -> object:
    """The id python-docx writes when the exports give it the style they found."""
    return part.get_style_id(find_style(document, name, kind), kind)  # type: ignore[attr-defined]


def test_python_docx_default_template() -> None:
    _same_as_python_docx(None)


def test_a_styles_part_with_odd_but_valid_entries(tmp_path: Path) -> None:
    document = docx.Document()
    document.part._styles_part._element = docx.oxml.parse_xml(ODD_STYLES.encode())
    path = tmp_path / "odd.docx"
    document.save(str(path))
    _same_as_python_docx(path)


def test_a_template_written_by_libreoffice(tmp_path: Path) -> None:
    draft = complete_draft()
    exported = tmp_path / "mou.docx"
    write_mou_docx(MouDocument("MOU", draft, 1, date(2026, 11, 23), check_mou(draft)), exported)
    written = libreoffice_convert(exported, tmp_path / "office", "docx:MS Word 2007 XML", "docx")
    _same_as_python_docx(written)


@pytest.mark.parametrize("name", ["Title", "Heading 1", "List Bullet"])
def test_the_exports_styles_are_found_in_the_default_template(name: str) -> None:
    document = docx.Document()
    assert _ours(document, document.part, name, WD_STYLE_TYPE.PARAGRAPH) is not None


def test_a_document_that_cannot_be_moved_into_place_leaves_no_hidden_file(
    tmp_path: Path,
) -> None:
    """A folder where the document should go (or, on Windows, the file open in Word): the
    export fails, and nothing half-done is left beside it."""
    from docx import Document

    from partnerdesk.exports.word import save_atomically

    target = tmp_path / "Vetting summary.docx"
    target.mkdir()
    with pytest.raises(OSError):
        save_atomically(Document(), target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["Vetting summary.docx"]

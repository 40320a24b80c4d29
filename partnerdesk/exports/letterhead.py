"""The organization's own letterhead: a .docx whose styles, margins and header (logo on the
first page) every Word export is built on.

The chosen file is copied into the data folder, so the command line finds it too and the
original can move or be deleted without breaking exports.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml.ns import qn

from partnerdesk.exports.letterhead_parts import add_missing_styles, strip_external_links

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

LETTERHEAD_FILE_NAME = "letterhead.docx"


class LetterheadError(ValueError):
    """The chosen file cannot be used as a letterhead; the message says why, plainly."""


def letterhead_path(data_dir: Path) -> Path:
    return data_dir / LETTERHEAD_FILE_NAME


def _read(path: Path) -> WordDocument:
    """The file as python-docx reads it, with nothing in it pointing outside the file."""
    if not zipfile.is_zipfile(path):
        raise LetterheadError(
            f"“{path.name}” is not a Word document (.docx). Save it from Word or LibreOffice "
            "as “Word Document (.docx)” and choose it again."
        )
    try:
        document = Document(str(path))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise LetterheadError(
            f"“{path.name}” could not be read as a Word document ({type(error).__name__}). "
            "It may be damaged, or a template (.dotx) or macro file (.docm)."
        ) from error
    strip_external_links(document)
    return document


def open_letterhead(path: Path) -> WordDocument:
    """The letterhead with its body emptied (its text is not ours to repeat), every style
    the exports use present, and no link to the outside (checked again at each use: the
    file may come from an older PartnerDesk or a restored backup)."""
    document = _read(path)
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    add_missing_styles(document)
    return document


def install_letterhead(source: Path, data_dir: Path) -> Path:
    """Check ``source`` by building a sample MOU on it, and keep a copy of it, without its
    links to the outside, as the letterhead; returns the copy's path."""
    from partnerdesk.exports.mou_docx import sample_on_letterhead

    document = _read(source)
    target = letterhead_path(data_dir)
    temporary = target.with_suffix(".docx.part")
    try:
        document.save(str(temporary))
        sample_on_letterhead(temporary, source.name)
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def remove_letterhead(data_dir: Path) -> None:
    letterhead_path(data_dir).unlink(missing_ok=True)


def base_document(data_dir: Path | None) -> tuple[WordDocument, str]:
    """The letterhead if there is a usable one, else the default; plus a warning to show
    when the letterhead could not be used (the export still goes ahead)."""
    if data_dir is not None and letterhead_path(data_dir).exists():
        try:
            return open_letterhead(letterhead_path(data_dir)), ""
        except LetterheadError as error:
            return Document(), f"{error} The default layout was used instead."
    return Document(), ""

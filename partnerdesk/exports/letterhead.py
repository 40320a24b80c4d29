"""The organization's own letterhead: a .docx whose styles, margins and header (logo on the
first page) every document that leaves the organization is built on.

One call builds such a document: ``on_letterhead(data_dir, build, title=…, author=…)``
(the MOU, the partner profile, the question form…). Internal documents (the vetting
summary, the questions to ask) keep the plain layout.

The chosen file is copied into the data folder, so the command line finds it too and the
original can move or be deleted without breaking exports.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml.ns import qn

from partnerdesk.exports.letterhead_parts import add_missing_styles, strip_external_links
from partnerdesk.exports.word import describe

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


def on_letterhead(
    data_dir: Path | None,
    build: Callable[[WordDocument], None],
    *,
    title: str,
    author: str,
    letterhead: Path | None = None,
    what: str = "document",
) -> tuple[WordDocument, str]:
    """A document for a partner: ``build`` writes its content on the organization's
    letterhead (the plain layout when there is none), and the file is described as ours
    (``title``, ``author``: our organization). Returns it with a warning to show when the
    letterhead could not be used ("" when all went as chosen).

    ``letterhead``: build on this file rather than the data folder's (a LetterheadError
    if it cannot be read), to try a letterhead before it is kept. ``what`` the warning
    calls the document ("MOU", "question form").
    """

    def built(document: WordDocument) -> WordDocument:
        build(document)
        describe(document, title=title, author=author)
        return document

    if letterhead is not None:
        return built(open_letterhead(letterhead)), ""
    document, warning = base_document(data_dir)
    if warning or data_dir is None or not letterhead_path(data_dir).exists():
        return built(document), warning
    try:
        return built(document), ""
    except Exception as error:  # whatever python-docx or lxml make of an odd file
        # A letterhead not tried when it was chosen (put in place by Import everything,
        # or by an older PartnerDesk): the document is still written, on the plain layout.
        return built(Document()), (
            f"Your letterhead could not be used for this {what} ({type(error).__name__}). "
            "The default layout was used instead. Choose your letterhead again in Settings "
            "→ Letterhead for Word documents… to have it checked."
        )

"""Making a letterhead from Word or LibreOffice safe and complete before anything is built on it.

A letterhead saved by Word holds only the styles it uses (often Normal, Header and Footer);
one saved by LibreOffice names its styles "Heading 1" where Word writes "heading 1", and
gives some of them other ids. The exports need Title, Heading 1, List Bullet, Table Grid…
So every style the letterhead lacks (by name, compared the way Word compares them: case
does not matter) is copied in from python-docx's default template, with what it depends on
(the styles it is based on or linked to, its list numbering). What the letterhead has wins:
its Normal style, fonts, colours (its theme), margins, header and footer.

A letterhead may also point outside the file: a picture linked from a web address, an
attached template on a server, a hyperlink. Word fetches such links when the document is
opened, so every exported MOU would reach the internet. They are removed.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.parts.numbering import NumberingPart
from lxml import etree

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.opc.part import XmlPart

_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Elements that are nothing without the outside file they point to: dropped whole.
_DROP_WHOLE = {qn("w:attachedTemplate"), qn("w:subDoc")}
# Word fields that fetch a file or address when the fields are updated.
_FETCHING_FIELDS = ("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "IMPORT", "DDE", "DDEAUTO")


# Styles -------------------------------------------------------------------------------
def style_key(kind: str, name: str) -> tuple[str, str]:
    """How Word tells styles apart: by type and name, case and spacing aside."""
    return kind, " ".join(name.split()).casefold()


def _kind(element: Any) -> str:
    return str(element.get(qn("w:type"), "paragraph"))


def _name(element: Any) -> str | None:
    name = element.find(qn("w:name"))
    return None if name is None else str(name.get(qn("w:val"), ""))


@lru_cache(maxsize=1)
def _default_parts() -> tuple[Any, Any]:
    """python-docx's default template's styles and numbering elements, read once; only
    ever read from (what is taken from them is a deep copy)."""
    from docx import Document

    document = Document()
    numbering = cast("XmlPart", document.part.part_related_by(RT.NUMBERING))
    return document.styles.element, numbering.element


def add_missing_styles(document: WordDocument) -> list[str]:
    """Copy in each default style the document lacks; returns the names copied."""
    default_styles, default_numbering = _default_parts()
    styles = document.styles.element
    have: dict[tuple[str, str], str] = {}
    used_ids: set[str] = set()
    with_default = {
        _kind(element)
        for element in styles.iterchildren(qn("w:style"))
        if element.get(qn("w:default")) in ("1", "true", "on")
    }
    for element in styles.iterchildren(qn("w:style")):
        style_id = element.get(qn("w:styleId"), "")
        used_ids.add(style_id)
        name = _name(element)
        if name is not None:
            have.setdefault(style_key(_kind(element), name), style_id)

    if styles.find(qn("w:docDefaults")) is None:
        defaults = default_styles.find(qn("w:docDefaults"))
        if defaults is not None:
            styles.insert(0, copy.deepcopy(defaults))

    # Default id -> the id of the same style in this document (found or copied in).
    ids: dict[str, str] = {}
    copied: list[Any] = []
    for element in default_styles.iterchildren(qn("w:style")):
        default_id = element.get(qn("w:styleId"), "")
        key = style_key(_kind(element), _name(element) or default_id)
        if key in have:
            ids[default_id] = have[key]
            continue
        new_id = default_id
        number = 1
        while new_id in used_ids:  # a letterhead style of another name has this id
            number += 1
            new_id = f"{default_id}{number}"
        used_ids.add(new_id)
        ids[default_id] = new_id
        element = copy.deepcopy(element)
        element.set(qn("w:styleId"), new_id)
        # The type's default only where the letterhead has none: its own stay in force.
        if _kind(element) in with_default:
            element.attrib.pop(qn("w:default"), None)
        elif element.get(qn("w:default")) is not None:
            with_default.add(_kind(element))
        copied.append(element)
        have[key] = new_id

    if not copied:
        return []
    numbers = _copy_numbering(document, copied, default_numbering, ids)
    for element in copied:
        for reference in element.iter(qn("w:basedOn"), qn("w:next"), qn("w:link")):
            value = reference.get(qn("w:val"), "")
            if value in ids:
                reference.set(qn("w:val"), ids[value])
            else:  # a style the default template does not have either: nothing to follow
                reference.getparent().remove(reference)
        for number in element.iter(qn("w:numId")):
            value = number.get(qn("w:val"), "")
            if value in numbers:
                number.set(qn("w:val"), numbers[value])
        styles.append(element)
    return [_name(element) or "" for element in copied]


def _copy_numbering(
    document: WordDocument, copied: list[Any], default_numbering: Any, ids: dict[str, str]
) -> dict[str, str]:
    """Copy the lists the copied styles use (List Bullet's bullets) into the document's
    numbering, under new numbers; returns default number -> new number."""
    wanted = {
        number.get(qn("w:val"))
        for element in copied
        for number in element.iter(qn("w:numId"))
        if number.get(qn("w:val")) not in (None, "0")
    }
    if not wanted:
        return {}
    numbering = _numbering_element(document)
    next_abstract = 1 + max(
        (int(a.get(qn("w:abstractNumId"), "0")) for a in numbering.iter(qn("w:abstractNum"))),
        default=-1,
    )
    next_number = 1 + max(
        (int(n.get(qn("w:numId"), "0")) for n in numbering.iter(qn("w:num"))), default=0
    )
    abstracts = {
        a.get(qn("w:abstractNumId")): a for a in default_numbering.iter(qn("w:abstractNum"))
    }
    mapped: dict[str, str] = {}
    for default_number in default_numbering.iter(qn("w:num")):
        number_id = default_number.get(qn("w:numId"))
        if number_id not in wanted:
            continue
        reference = default_number.find(qn("w:abstractNumId"))
        abstract = abstracts.get(None if reference is None else reference.get(qn("w:val")))
        if abstract is None:
            continue
        abstract = copy.deepcopy(abstract)
        abstract.set(qn("w:abstractNumId"), str(next_abstract))
        for style in abstract.iter(qn("w:pStyle")):
            style.set(qn("w:val"), ids.get(style.get(qn("w:val"), ""), style.get(qn("w:val"))))
        # Schema order: every abstractNum before the first num.
        first_number = numbering.find(qn("w:num"))
        if first_number is None:
            numbering.append(abstract)
        else:
            first_number.addprevious(abstract)
        number = copy.deepcopy(default_number)
        number.set(qn("w:numId"), str(next_number))
        number.find(qn("w:abstractNumId")).set(qn("w:val"), str(next_abstract))
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is None:
            numbering.append(number)
        else:
            cleanup.addprevious(number)
        assert number_id is not None
        mapped[number_id] = str(next_number)
        next_abstract += 1
        next_number += 1
    return mapped


def _numbering_element(document: WordDocument) -> Any:
    part = document.part
    try:
        return cast("XmlPart", part.part_related_by(RT.NUMBERING)).element
    except KeyError:
        pass
    # python-docx cannot make a numbering part itself (NumberingPart.new is not written).
    names = {str(existing.partname) for existing in part.package.iter_parts()}
    partname = "/word/numbering.xml"
    number = 1
    while partname in names:
        number += 1
        partname = f"/word/numbering{number}.xml"
    element = parse_xml(f'<w:numbering xmlns:w="{_W}"/>'.encode())
    numbering = NumberingPart(PackURI(partname), CT.WML_NUMBERING, element, part.package)
    part.relate_to(numbering, RT.NUMBERING)
    return element


# Links to the outside ------------------------------------------------------------------
def strip_external_links(document: WordDocument) -> int:
    """Remove every relationship that points outside the file (remote pictures, attached
    templates, hyperlinks…) with what refers to it, and fields that fetch an address;
    returns how many were removed."""
    package = document.part.package
    removed = _drop_external(package.rels, None)
    for part in list(package.iter_parts()):
        removed += _drop_external(part.rels, part)
        element = _part_element(part)
        if element is not None:
            removed += _drop_fetching_fields(element)
    return removed


def _part_element(part: Any) -> Any:
    if isinstance(part, XmlPart):
        return part.element
    return None


def _drop_external(rels: Any, part: Any) -> int:
    external = {relationship_id for relationship_id, rel in rels.items() if rel.is_external}
    for relationship_id in external:
        del rels[relationship_id]
    if not external or part is None:
        return len(external)
    element = _part_element(part)
    if element is not None:
        _drop_references(element, external)
    elif part.content_type.endswith("xml") and part.blob:
        # A part python-docx keeps as bytes (web settings' frames, for one).
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            return len(external)
        _drop_references(root, external)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return len(external)


def _drop_references(root: Any, relationship_ids: set[str]) -> None:
    for element in list(root.iter()):
        pointing = [
            name
            for name, value in element.attrib.items()
            if name.startswith(f"{{{_RELATIONSHIPS}}}") and value in relationship_ids
        ]
        if not pointing:
            continue
        parent = element.getparent()
        if element.tag in _DROP_WHOLE and parent is not None:
            parent.remove(element)
            continue
        for name in pointing:  # a picture keeps its embedded copy, a hyperlink its text
            del element.attrib[name]


def _drop_fetching_fields(root: Any) -> int:
    removed = 0
    for field in list(root.iter(qn("w:fldSimple"))):
        if _fetches(field.get(qn("w:instr"), "")):
            parent = field.getparent()
            if parent is not None:
                for child in list(field):  # keep what the field showed last
                    field.addprevious(child)
                parent.remove(field)
                removed += 1
    for instruction in root.iter(qn("w:instrText")):
        if _fetches(instruction.text or ""):
            instruction.text = ""
            removed += 1
    return removed


def _fetches(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _FETCHING_FIELDS

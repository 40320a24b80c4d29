"""vCard 2.1, 3.0 and 4.0 files (phones, Apple, Google, Outlook), read with vobject.

Each card is parsed on its own, so one card vobject cannot read is reported by its
number and the others still import. Before parsing, quoted-printable soft line breaks
(vCard 2.1) are joined, which vobject does not do, and photos are dropped unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import vobject

from partnerdesk.core.contact_format import clean_line
from partnerdesk.core.translation import translate
from partnerdesk.imports.contact_rows import (
    ContactCandidate,
    ReadItem,
    RowProblem,
    is_true,
    make_candidate,
)
from partnerdesk.imports.dates import is_readable_date
from partnerdesk.imports.errors import ImportCancelledError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BEGIN = re.compile(r"^begin:vcard\s*$", re.IGNORECASE)
_END = re.compile(r"^end:vcard\s*$", re.IGNORECASE)
# Big binary values nobody needs in PartnerDesk; in 2.1 they end at a blank line.
_BLOB = re.compile(r"^([\w-]+\.)?(photo|logo|sound|key)[;:]", re.IGNORECASE)
_GROUP_KINDS = {"group", "org-group"}
# vCard TYPE values that say nothing a person would call a label.
_NOT_LABELS = {"internet", "pref", "voice", "x400", "uri", "text", "msg"}
_TYPE_LABELS = {"cell": "mobile", "iphone": "mobile", "fax": "fax", "main": "main"}


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.match(text.lstrip().split("\n", 1)[0].strip()))


def read_vcards(text: str, cancelled: Callable[[], bool] | None = None) -> list[ReadItem]:
    items: list[ReadItem] = []
    for number, card_text in enumerate(split_cards(text), start=1):
        if cancelled is not None and number % 200 == 0 and cancelled():
            raise ImportCancelledError
        items.append(read_card(number, card_text))
    return items


def split_cards(text: str) -> Iterator[str]:
    """Each card's own lines, PHOTO dropped and quoted-printable soft breaks joined."""
    card: list[str] | None = None
    lines = iter(_LINE_BREAK.split(text))
    skipping_blob = False
    for line in lines:
        if skipping_blob and (not line.strip() or line[:1] in " \t"):
            continue
        skipping_blob = False
        if _BEGIN.match(line.strip()):
            if card is not None:
                yield "\r\n".join([*card, "END:VCARD"]) + "\r\n"  # a card that never ended
            card = [line.strip()]
        elif card is None:
            continue
        elif _END.match(line.strip()):
            card.append(line.strip())
            yield "\r\n".join(card) + "\r\n"
            card = None
        elif _BLOB.match(line):
            skipping_blob = True
        else:
            card.append(_join_soft_breaks(line, lines))
    if card is not None:
        yield "\r\n".join([*card, "END:VCARD"]) + "\r\n"


def _join_soft_breaks(line: str, lines: Iterator[str]) -> str:
    """Quoted-printable lines ending in "=" continue on the next physical line."""
    if "quoted-printable" not in line.split(":", 1)[0].casefold():
        return line
    while line.endswith("="):
        following = next(lines, None)
        if following is None:
            break
        line = line[:-1] + following
    return line


def read_card(number: int, card_text: str) -> ReadItem:
    try:
        card = vobject.readOne(card_text, ignoreUnreadable=False)
    except Exception as error:  # vobject raises many kinds (ParseError, LookupError, ...)
        return RowProblem(number, _unreadable(error))
    try:
        return _card_candidate(number, card)
    except (AttributeError, TypeError, ValueError) as error:  # a value of an unexpected shape
        return RowProblem(number, _unreadable(error))


def _unreadable(error: Exception) -> str:
    return translate("ContactRows", "not a readable vCard ({problem})").format(
        problem=_short(error)
    )


def _card_candidate(number: int, card: Any) -> ReadItem:
    kind = _first_value(card, "kind") or _first_value(card, "x-addressbookserver-kind")
    if kind.strip().casefold() in _GROUP_KINDS:
        return RowProblem(
            number, translate("ContactRows", "a group (a list of contacts), not a person")
        )
    name = card.contents.get("n", [None])[0]
    parts = {key: _joined(getattr(name.value, key, "")) if name else "" for key in _NAME_PARTS}
    organization = card.contents.get("org", [None])[0]
    # PartnerDesk keeps no dates from a card, and a card's fields cannot be shifted the
    # way CSV columns can: a date nobody can read is left out, not the person with it.
    left_out = [
        f'imported without its {what}, which could not be read: "{clean_line(value)}"'
        for what in ("BDAY", "ANNIVERSARY")
        if (value := _first_value(card, what.casefold())) and not is_readable_date(value)
    ]
    item = make_candidate(
        number,
        full_name=_first_value(card, "fn"),
        given_name=parts["given"],
        middle_name=parts["additional"],
        family_name=parts["family"],
        suffix=parts["suffix"],
        fallback_names=(_first_value(card, "nickname"),),
        role_title=_first_value(card, "title") or _first_value(card, "role"),
        organization_name=_joined(organization.value[:1]) if organization else "",
        emails=[(line.value, _label(card, line)) for line in card.contents.get("email", [])],
        phones=[
            (_str(line.value).removeprefix("tel:"), _label(card, line))
            for line in card.contents.get("tel", [])
        ],
        notes=[_str(line.value) for line in card.contents.get("note", [])],
        is_key_leader=is_true(_first_value(card, "x-partnerdesk-key-leader")),
        is_decision_maker=is_true(_first_value(card, "x-partnerdesk-decision-maker")),
    )
    if isinstance(item, ContactCandidate):
        item.warnings.extend(left_out)
        if _is_company_card(card) and item.organization_name:
            _make_organization(item)
    return item


def _is_company_card(card: Any) -> bool:
    """Apple Contacts' "Company" checkbox (X-ABShowAs:COMPANY), or vCard 4's KIND:org."""
    show_as = _first_value(card, "x-abshowas").strip().casefold()
    kind = _first_value(card, "kind").strip().casefold()
    return show_as == "company" or kind in {"org", "organization"}


def _make_organization(item: ContactCandidate) -> None:
    item.is_organization = True
    item.full_name = item.organization_name
    item.given_name = item.family_name = item.role_title = ""


_NAME_PARTS = ("family", "given", "additional", "suffix")


def _first_value(card: Any, name: str) -> str:
    lines = card.contents.get(name)
    return _str(lines[0].value) if lines else ""


def _str(value: Any) -> str:
    return _joined(value) if isinstance(value, list) else str(value or "")


def _joined(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(part) for part in value if part)
    return str(value or "")


def _label(card: Any, line: Any) -> str:
    """Apple's item1.X-ABLabel for grouped lines, else the first meaningful TYPE."""
    if line.group:
        for label_line in card.contents.get("x-ablabel", []):
            if label_line.group and label_line.group.casefold() == line.group.casefold():
                return _str(label_line.value)
    types: list[str] = []
    for value in [*line.params.get("TYPE", []), *line.singletonparams]:
        types += [part.strip().strip('"') for part in str(value).split(",")]
    for kind in types:
        lowered = kind.casefold()
        if lowered and lowered not in _NOT_LABELS and not lowered.startswith("x-"):
            return _TYPE_LABELS.get(lowered, lowered)
    return ""


def _short(error: Exception) -> str:
    # vobject's "At line N:" counts lines of its own buffer, not of the file: leave it out.
    text = re.sub(r"^At line \d+:\s*", "", " ".join(str(error).split())) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."

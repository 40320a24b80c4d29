"""What every reader produces: a neutral contact candidate, or a row it could not use.

CSV formats, the column mapping and vCards all end in :func:`make_candidate`, so the
cleaning, the name building and the "is this row usable" rules live in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from partnerdesk.core.contact_format import LabelledValue, clean_line, clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.imports import phones
from partnerdesk.imports.dates import is_readable_date

_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+")

# Column sizes in the store: PostgreSQL enforces them, so longer text is cut here.
NAME_LENGTH = 300
PART_LENGTH = 150
ROLE_LENGTH = 300
ORGANIZATION_LENGTH = 300
EMAIL_LENGTH = 320
PHONE_LENGTH = 60
LABEL_LENGTH = 50

_TRUE_WORDS = {"yes", "y", "true", "1", "x", "✓", "si", "sí", "oui", "ja"}


@dataclass
class ContactCandidate:
    """One person read from a file, cleaned, not yet compared with the store."""

    number: int
    full_name: str
    given_name: str = ""
    family_name: str = ""
    role_title: str = ""
    organization_name: str = ""
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    notes: str = ""
    is_key_leader: bool = False
    is_decision_maker: bool = False
    # What was left out of an imported row, in plain words ("imported without its BDAY…").
    warnings: list[str] = field(default_factory=list)
    # A card for a company, not a person (Apple's X-ABShowAs:COMPANY): it becomes the
    # organization ``organization_name``, its e-mails, phones and notes in the
    # organization's notes (which is where PartnerDesk keeps such things), and no contact.
    is_organization: bool = False

    def organization_notes(self) -> str:
        """What an organization-only row keeps, for the organization's notes."""
        lines = [f"Phone{_labelled(p.label)}: {p.value}" for p in self.phones]
        lines += [f"E-mail{_labelled(e.label)}: {e.value}" for e in self.emails]
        return "\n".join(part for part in ("\n".join(lines), self.notes) if part)


def _labelled(label: str) -> str:
    return f" ({label})" if label else ""


@dataclass(frozen=True)
class RowProblem:
    """A row (or card) that cannot be imported, and why, in plain words."""

    number: int
    reason: str


ReadItem = ContactCandidate | RowProblem


def clean_email(value: str) -> str:
    """The address in a cell ("mailto:a@x", "Ana <a@x>"), or "" if there is none."""
    found = _EMAIL.search(clean_line(value))
    if not found:
        return ""
    return found.group(0).removeprefix("mailto:").removeprefix("MAILTO:")[:EMAIL_LENGTH]


def clean_label(value: str) -> str:
    # Google marks the primary value with "* "; Apple wraps standard labels as _$!<Work>!$_.
    label = clean_line(value).removeprefix("* ")
    apple = _APPLE_LABEL.fullmatch(label) if label.startswith("_$!<") else None
    if apple:  # a standard label: kept as PartnerDesk keeps those ("other", "work")
        label = apple.group(1).casefold()
    return fit(label, LABEL_LENGTH)


def fit(text: str, length: int) -> str:
    """Cut to a column's size without leaving a trailing space a re-import would drop."""
    return text[:length].rstrip() if len(text) > length else text


def is_true(value: str) -> bool:
    return clean_line(value).casefold() in _TRUE_WORDS


def make_candidate(
    number: int,
    *,
    full_name: str = "",
    given_name: str = "",
    middle_name: str = "",
    family_name: str = "",
    prefix: str = "",
    suffix: str = "",
    fallback_names: Iterable[str] = (),
    role_title: str = "",
    organization_name: str = "",
    emails: Iterable[tuple[str, str]] = (),
    phones: Iterable[tuple[str, str]] = (),
    notes: Iterable[str] = (),
    dates: Iterable[tuple[str, str]] = (),
    is_key_leader: bool = False,
    is_decision_maker: bool = False,
) -> ReadItem:
    """Clean one row's values and check it can be imported.

    ``emails`` and ``phones`` are (value, label) pairs; ``dates`` are (what, value) pairs,
    checked but not kept; ``fallback_names`` (nickname, "File As"...) are used, in order,
    when the row has no name of its own.
    """
    for what, value in dates:
        if value and not is_readable_date(value):
            return RowProblem(
                number,
                translate("ContactRows", 'unreadable date in {what}: "{value}"').format(
                    what=what, value=clean_line(value)
                ),
            )
    given = clean_line(given_name)
    family = clean_line(family_name)
    name = clean_line(full_name)
    if not name:
        # As Google shows a name: "Dr. Maria Garcia PhD" from its fields.
        parts = (clean_line(prefix), given, clean_line(middle_name), family, clean_line(suffix))
        name = " ".join(part for part in parts if part)
    for fallback in fallback_names:  # may be lazy: a later fallback costs work to make
        if name:
            break
        name = clean_line(fallback)
    # Exports have many empty phone and e-mail columns: skip them before cleaning.
    email_values = _unique_labelled(
        ((clean_email(v), label) for v, label in emails if v), _email_key
    )
    phone_values = _unique_labelled(
        ((fit(clean_line(v), PHONE_LENGTH), label) for v, label in phones if v),
        phone_key,
    )
    if not name and not email_values:
        return RowProblem(number, translate("ContactRows", "no name and no email"))
    return ContactCandidate(
        number=number,
        full_name=fit(name or email_values[0].value, NAME_LENGTH),
        given_name=fit(given, PART_LENGTH),
        family_name=fit(family, PART_LENGTH),
        role_title=fit(clean_line(role_title), ROLE_LENGTH),
        organization_name=fit(clean_line(organization_name), ORGANIZATION_LENGTH),
        emails=email_values,
        phones=phone_values,
        notes="\n".join(text for text in (clean_multiline(note) for note in notes) if text),
        is_key_leader=is_key_leader,
        is_decision_maker=is_decision_maker,
    )


def phone_key(number: str) -> str:
    """The same for "+1 (413) 555-0111" and "(413) 555-0111" (imports/phones.py)."""
    return phones.phone_key(number)


def _email_key(address: str) -> str:
    return address.casefold()


def _unique_labelled(
    pairs: Iterable[tuple[str, str]], key: Callable[[str], str]
) -> list[LabelledValue]:
    seen: set[str] = set()
    values: list[LabelledValue] = []
    for value, label in pairs:
        if not value:
            continue
        identity = key(value)
        if identity not in seen:
            seen.add(identity)
            values.append(LabelledValue(value, clean_label(label)))
    return values

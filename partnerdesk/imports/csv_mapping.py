"""Any other CSV: which column holds what, suggested from the header names.

The caller shows the suggestion, lets the user correct it, and passes the final mapping
({header: field}) back; several columns may map to ``email`` or ``phone``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum

from partnerdesk.imports.contact_rows import ReadItem, is_true, make_candidate


class ContactField(StrEnum):
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    FAMILY_NAME = "family_name"
    ORGANIZATION = "organization"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    NOTES = "notes"
    BIRTHDAY = "birthday"
    KEY_LEADER = "key_leader"
    DECISION_MAKER = "decision_maker"
    IGNORE = "ignore"


ColumnMapping = Mapping[str, ContactField | str]

# Header phrases (lower case, accents and punctuation removed) -> field, "|"-separated.
# English first, then the Spanish, French and German headers community organizations and
# Excel in those languages use ("Nombre", "Nom" and "Name" are settled in suggest_mapping).
_PHRASES = {
    ContactField.FULL_NAME: "name|full name|fullname|contact|contact name|display name|person|"
    "nombre|nombre completo|nom complet|nom d affichage|vollstandiger name|anzeigename",
    ContactField.GIVEN_NAME: "first|first name|firstname|given|given name|forename|prenom|"
    "nombres|nombre de pila|primer nombre|vorname",
    ContactField.MIDDLE_NAME: "middle|middle name|additional name|segundo nombre|"
    "deuxieme prenom|second prenom|autres prenoms|zweiter vorname|weitere vornamen",
    ContactField.FAMILY_NAME: "last|last name|lastname|surname|family name|apellido|apellidos|"
    "nom|nom de famille|nachname|familienname",
    ContactField.ORGANIZATION: "organization|organisation|organization name|organisation name|"
    "company|company name|employer|org|agency|institution|empresa|organizacion|entidad|"
    "institucion|compania|societe|entreprise|employeur|firma|unternehmen|arbeitgeber",
    ContactField.ROLE: "role|title|job title|jobtitle|position|occupation|cargo|puesto|poste|"
    "fonction|titre|profession|funktion|berufsbezeichnung|beruf|stellung",
    ContactField.NOTES: "notes|note|comments|comment|background|remarks|notas|nota|comentarios|"
    "observaciones|remarques|commentaires|commentaire|notizen|notiz|bemerkungen|bemerkung|"
    "anmerkungen|kommentar|kommentare",
    ContactField.BIRTHDAY: "birthday|date of birth|dob|birth date|cumpleanos|fecha de nacimiento|"
    "anniversaire|date de naissance|geburtstag|geburtsdatum",
    ContactField.KEY_LEADER: "key leader",
    ContactField.DECISION_MAKER: "decision maker",
}
_FIELD_BY_PHRASE = {
    phrase: field_ for field_, phrases in _PHRASES.items() for phrase in phrases.split("|")
}
_EMAIL_WORDS = re.compile(r"\b(e ?mail|mail|correo|courriel)\b")
_PHONE_WORDS = re.compile(
    r"\b(phone|telephone|tel|mobile|cell|cellphone|telefono|movil|celular|telefon|handy|"
    r"mobil|mobiltelefon|portable)\b"
)
_MOBILE = re.compile(
    r"(mobile|cell|cellphone|movil|celular|handy|mobil|mobiltelefon|portable|"
    r"telephone portable)( phone)?"
)
_LABEL_COLUMN = re.compile(r"\b(type|label|kind|display name)\b")
_GENERIC_WORDS = re.compile(
    r"\b(e ?mail|mail|address|phone|telephone|tel|number|no|correo|electronico|telefono|"
    r"telefon|adresse|numero|nummer|courriel|value|\d+)\b"
)


def normalise_header(header: str) -> str:
    """Lower case, no accents, punctuation as spaces: "E-mail Address" -> "e mail address"."""
    decomposed = unicodedata.normalize("NFKD", header.replace("\ufeff", "").casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def suggest_field(header: str) -> ContactField:
    key = normalise_header(header)
    if not key:
        return ContactField.IGNORE
    if key in _FIELD_BY_PHRASE:
        return _FIELD_BY_PHRASE[key]
    if _LABEL_COLUMN.search(key):
        return ContactField.IGNORE
    if _EMAIL_WORDS.search(key):
        return ContactField.EMAIL
    if _PHONE_WORDS.search(key):
        return ContactField.PHONE
    return ContactField.IGNORE


def suggest_mapping(headers: Sequence[str]) -> dict[str, ContactField]:
    """Header -> field for every header we recognise (the rest are left out)."""
    mapping: dict[str, ContactField] = {}
    for header in headers:
        field_ = suggest_field(header)
        if field_ is not ContactField.IGNORE and header not in mapping:
            mapping[header] = field_
    return _settle_name_columns(mapping)


def _settle_name_columns(mapping: dict[str, ContactField]) -> dict[str, ContactField]:
    """A "name" column beside a family-name column is the first name (Spanish "Nombre",
    "Apellidos"), and beside a first-name column the family name (German "Vorname",
    "Name"; French "Prénom", "Nom" is settled by the phrases already)."""
    fields = set(mapping.values())
    given, family = ContactField.GIVEN_NAME, ContactField.FAMILY_NAME
    if ContactField.FULL_NAME not in fields or (given in fields) == (family in fields):
        return mapping
    missing = given if family in fields else family
    return {
        header: missing if field_ is ContactField.FULL_NAME else field_
        for header, field_ in mapping.items()
    }


def has_name_or_email(mapping: ColumnMapping) -> bool:
    names = {ContactField.FULL_NAME, ContactField.GIVEN_NAME, ContactField.FAMILY_NAME}
    wanted = names | {ContactField.EMAIL}
    return any(ContactField(value) in wanted for value in mapping.values())


def check_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> dict[str, ContactField]:
    """The mapping with its fields as ContactField; ValueError names what is wrong."""
    checked: dict[str, ContactField] = {}
    for header, value in mapping.items():
        if header not in headers:
            raise ValueError(f'The file has no column "{header}".')
        try:
            checked[header] = ContactField(value)
        except ValueError:
            known = ", ".join(member.value for member in ContactField)
            raise ValueError(f'"{value}" is not a contact field (use one of {known}).') from None
    return checked


def read_mapped_row(
    number: int, headers: Sequence[str], cells: Sequence[str], mapping: Mapping[str, ContactField]
) -> ReadItem:
    values: dict[ContactField, list[str]] = {}
    emails: list[tuple[str, str]] = []
    phones: list[tuple[str, str]] = []
    for header, cell in zip(headers, cells, strict=False):
        field_ = mapping.get(header, ContactField.IGNORE)
        if field_ is ContactField.EMAIL:
            emails.append((cell, _label_from_header(header)))
        elif field_ is ContactField.PHONE:
            phones.append((cell, _label_from_header(header)))
        elif field_ is not ContactField.IGNORE and cell.strip():
            values.setdefault(field_, []).append(cell)

    def first(field_: ContactField) -> str:
        return values.get(field_, [""])[0]

    return make_candidate(
        number,
        full_name=" ".join(values.get(ContactField.FULL_NAME, [])),
        given_name=first(ContactField.GIVEN_NAME),
        middle_name=first(ContactField.MIDDLE_NAME),
        family_name=first(ContactField.FAMILY_NAME),
        role_title=first(ContactField.ROLE),
        organization_name=first(ContactField.ORGANIZATION),
        emails=emails,
        phones=phones,
        notes=values.get(ContactField.NOTES, []),
        dates=[
            (_header_label(ContactField.BIRTHDAY), v) for v in values.get(ContactField.BIRTHDAY, [])
        ],
        is_key_leader=is_true(first(ContactField.KEY_LEADER)),
        is_decision_maker=is_true(first(ContactField.DECISION_MAKER)),
    )


def _header_label(field_: ContactField) -> str:
    return field_.value.replace("_", " ")


def _label_from_header(header: str) -> str:
    """ "Work Phone" -> "work", "Mobile" -> "mobile", "Email 2" -> ""."""
    key = normalise_header(header)
    if _MOBILE.fullmatch(key):
        return "mobile"
    return " ".join(_GENERIC_WORDS.sub(" ", key).split())

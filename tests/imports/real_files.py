"""Contact files as the real programs write them (issue 20), made in the tests.

Headers, quoting, encodings, line ends and byte-order marks follow what each program
writes; the people are invented and their addresses end in ``.example``.
"""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Mapping, Sequence


def csv_bytes(
    header: Sequence[str],
    rows: Sequence[Mapping[str, str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    quote_all: bool = False,
    line_end: str = "\r\n",
    preamble: str = "",
) -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(
        stream,
        delimiter=delimiter,
        lineterminator=line_end,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return (preamble + stream.getvalue()).encode(encoding)


# Google Contacts "Google CSV" (2024): UTF-8 without a BOM, LF line ends.
GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Website 1 - Label",
    "Website 1 - Value",
]  # fmt: skip


def google_csv() -> bytes:
    return csv_bytes(
        GOOGLE_HEADER,
        [
            {
                "First Name": "Inès",
                "Last Name": "Lefèvre",
                "Organization Name": "Maison des Familles ::: Conseil de Quartier",
                "Organization Title": "Coordinatrice ::: Trésorière",
                "Labels": "* myContacts ::: Partners",
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": "ines.lefevre@maison.example",
                "Phone 1 - Label": "Mobile",
                "Phone 1 - Value": "+1 (413) 555-0111",
                "Website 1 - Label": "Work",
                "Website 1 - Value": "https://maison.example",
            },
            {
                "First Name": "Kwame",
                "Last Name": "Mensah",
                "Organization Name": "Northside Youth Soccer",
                "E-mail 1 - Label": "* Home",
                "E-mail 1 - Value": "kwame@soccer.example",
                "Labels": "* myContacts",
            },
        ],
        line_end="\n",
    )


# Classic Outlook for Windows, File → Export → "Comma Separated Values": Windows-1252,
# every cell quoted, CRLF; a shortened but real subset of its 92 columns, in its order.
OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business City", "Business Fax", "Business Phone",
    "Business Phone 2", "Home Phone", "Mobile Phone", "Anniversary", "Birthday", "Categories",
    "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Gender",
    "Initials", "Notes", "Priority", "Private", "Sensitivity",
]  # fmt: skip


def outlook_csv() -> bytes:
    defaults = {
        "Anniversary": "0/0/00",
        "Birthday": "0/0/00",
        "Gender": "Unspecified",
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
    }
    return csv_bytes(
        OUTLOOK_HEADER,
        [
            {
                **defaults,
                "First Name": "Jürgen",
                "Last Name": "Müller",
                "Company": "Bäckerei Groß",
                "Job Title": "Inhaber",
                "Business Phone": "(413) 555-0120",
                "E-mail Address": "juergen@baeckerei.example",
                "E-mail Type": "SMTP",
                "E-mail Display Name": "Jürgen Müller (juergen@baeckerei.example)",
                "Notes": "Spendet Brot für die Tafel.",
            }
        ],
        encoding="cp1252",
        quote_all=True,
    )


# Outlook.com (People → Export contacts): UTF-8 with a BOM, its own column set.
OUTLOOK_COM_HEADER = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi",
    "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone",
    "Business Phone", "Mobile Phone", "Job Title", "Department", "Company", "Birthday", "Notes",
]  # fmt: skip


def outlook_com_csv() -> bytes:
    return b"\xef\xbb\xbf" + csv_bytes(
        OUTLOOK_COM_HEADER,
        [
            {
                "First Name": "Lan",
                "Middle Name": "Thị",
                "Last Name": "Nguyễn",
                "E-mail Address": "lan@eastside.example",
                "Mobile Phone": "413-555-0142",
                "Company": "Eastside Food Collective",
                "Job Title": "Pantry Coordinator",
            }
        ],
    )


# Thunderbird, Tools → Export → "Comma Separated": its English header, a mailing list row.
THUNDERBIRD_HEADER = [
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email",
    "Screen Name", "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
    "Home Address", "Home City", "Work Address", "Work City", "Job Title", "Department",
    "Organization", "Web Page 1", "Web Page 2", "Birth Year", "Birth Month", "Birth Day",
    "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes",
]  # fmt: skip


def thunderbird_csv() -> bytes:
    return csv_bytes(
        THUNDERBIRD_HEADER,
        [
            {
                "First Name": "Priya",
                "Last Name": "Raman",
                "Display Name": "Priya Raman",
                "Primary Email": "priya@library.example",
                "Work Phone": "413 555 0160",
                "Organization": "Hilltown Library",
                "Job Title": "Librarian",
                "Birth Year": "1984",
                "Birth Month": "7",
                "Birth Day": "9",
            },
            {
                "Display Name": "Volunteers list",
                "Nickname": "volunteers",
                "Notes": "Everyone who helped at the fair",
            },
        ],
    )


LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
LINKEDIN_HEADER = [
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
]  # fmt: skip


def linkedin_csv() -> bytes:
    return csv_bytes(
        LINKEDIN_HEADER,
        [
            {
                "First Name": "Amara",
                "Last Name": "Okafor",
                "URL": "https://www.linkedin.com/in/amara-okafor-example",
                "Email Address": "amara@tenants.example",
                "Company": "Riverside Tenants Union",
                "Position": "Organizer",
                "Connected On": "12 Mar 2024",
            },
            {
                "First Name": "Tomás",
                "Last Name": "Quispe",
                "URL": "https://www.linkedin.com/in/tomas-quispe-example",
                "Company": "Andes Health Clinic",
                "Position": "Nurse Practitioner",
                "Connected On": "02 Jan 2025",
            },
        ],
        line_end="\n",
        preamble=LINKEDIN_PREAMBLE,
    )


def german_excel_csv() -> bytes:
    """Excel in German, "CSV (Trennzeichen-getrennt)": Windows-1252 and semicolons."""
    header = ["Vorname", "Nachname", "Firma", "Position", "E-Mail-Adresse", "Telefon", "Notizen",
              "Straße"]  # fmt: skip
    return csv_bytes(
        header,
        [
            {
                "Vorname": "Jürgen",
                "Nachname": "Weiß",
                "Firma": "Tafel Süd e.V.",
                "Position": "Vorsitzender",
                "E-Mail-Adresse": "juergen.weiss@tafel.example",
                "Telefon": "030 5550123",
                "Notizen": "Rückruf nach 17 Uhr",
                "Straße": "Hauptstraße 5",
            }
        ],
        encoding="cp1252",
        delimiter=";",
    )


def spanish_excel_csv() -> bytes:
    header = ["Nombre", "Apellidos", "Empresa", "Cargo", "Correo electrónico", "Teléfono",
              "Notas"]  # fmt: skip
    return csv_bytes(
        header,
        [
            {
                "Nombre": "José",
                "Apellidos": "Núñez Peña",
                "Empresa": "Clínica del Pueblo",
                "Cargo": "Director",
                "Correo electrónico": "jose.nunez@clinica.example",
                "Teléfono": "555-0101",
                "Notas": "Habla español e inglés",
            }
        ],
        encoding="cp1252",
        delimiter=";",
    )


def french_excel_csv() -> bytes:
    header = ["Prénom", "Nom", "Société", "Fonction", "Courriel", "Téléphone", "Remarques"]
    return csv_bytes(
        header,
        [
            {
                "Prénom": "Inès",
                "Nom": "Lefèvre",
                "Société": "Maison des Familles",
                "Fonction": "Coordinatrice",
                "Courriel": "ines.lefevre@maison.example",
                "Téléphone": "01 55 50 01 23",
                "Remarques": "Préfère être appelée le matin",
            }
        ],
        encoding="cp1252",
        delimiter=";",
    )


def cyrillic_excel_csv() -> bytes:
    """A Russian Excel "CSV (разделители — запятые)": Windows-1251, English headers."""
    return csv_bytes(
        ["Name", "E-mail", "Organization", "Notes"],
        [
            {
                "Name": "Ольга Коваленко",
                "E-mail": "olga@clinic.example",
                "Organization": "Городская больница №3",
                "Notes": "Звонить после обеда",
            },
            {"Name": "Иван Петров", "E-mail": "ivan@clinic.example"},
        ],
        encoding="cp1251",
    )


# A small PNG, base64 as Apple folds it into the card.
_PHOTO = base64.b64encode(bytes(range(200))).decode()


def apple_vcard() -> bytes:
    """Contacts on a Mac, File → Export vCard: vCard 3.0, grouped labels, a photo, and a
    company card."""
    photo = "\r\n ".join(_PHOTO[i : i + 74] for i in range(0, len(_PHOTO), 74))
    return (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
        "N:Ødegaard;Zoë;;;\r\n"
        "FN:Zoë Ødegaard\r\n"
        "ORG:Nordlys Community Kitchen;\r\n"
        "TITLE:Volunteer Lead\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:zoe@nordlys.example\r\n"
        "item1.X-ABLabel:_$!<Other>!$_\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:(413) 555-0121\r\n"
        "item2.TEL:413-555-0122\r\n"
        "item2.X-ABLabel:kitchen\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
        "N:;;;;\r\n"
        "FN:Hope Street Shelter\r\n"
        "ORG:Hope Street Shelter;\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:frontdesk@hopestreet.example\r\n"
        "item1.X-ABLabel:_$!<Work>!$_\r\n"
        "TEL;type=WORK;type=VOICE:(413) 555-0130\r\n"
        "X-ABShowAs:COMPANY\r\n"
        "END:VCARD\r\n"
    ).encode()

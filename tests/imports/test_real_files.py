"""Files as Google, Outlook, Thunderbird, LinkedIn, Apple and Excel write them (issue 20):
each reads with its encoding, its columns and nothing lost in silence."""

from __future__ import annotations

import pytest

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_files import ContactFile, detect_contact_file, read_contact_file
from partnerdesk.imports.contact_rows import ContactCandidate, RowProblem
from partnerdesk.imports.errors import UnreadableFileError
from partnerdesk.imports.text_files import decode_bytes, encoding_name

from . import real_files


def _people(contact_file: ContactFile) -> dict[str, ContactCandidate]:
    return {
        item.full_name: item for item in contact_file.items if isinstance(item, ContactCandidate)
    }


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Prénom;Nom\r\nInès;Lefèvre\r\nAndré;Çelik\r\n", "cp1252"),
        ("Vorname;Nachname\r\nJürgen;Weiß\r\n", "cp1252"),
        ("Name,Notes\r\nJosé Ramírez,donó 500 € — “gracias”\r\n", "cp1252"),
        ("Name,Email\r\nОльга Коваленко,olga@clinic.example\r\n", "cp1251"),
        ("Имя,Фамилия\r\nОльга,Коваленко\r\nИван,Петров\r\n", "cp1251"),
    ],
)
def test_a_windows_code_page_is_recognised_western_first(text: str, encoding: str) -> None:
    # Left to choose freely, the detector would read "Lefèvre" as Central European.
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Imię;Nazwisko\r\nŁukasz;Wójcik\r\nZofia;Żółkiewska\r\n", "cp1250"),
        ("Name,Email\r\nŁukasz Nowak,lukasz@dom.example\r\n", "cp1250"),
        ("Ad;Soyad\r\nŞule;Güneş\r\nAyşe;Yılmaz\r\n", "cp1254"),
        ("Name\r\nŞule Güneş\r\n", "cp1254"),
    ],
)
def test_polish_and_turkish_names_are_not_read_as_western(text: str, encoding: str) -> None:
    # Western European decodes these too ("£ukasz", "Þule Güneþ"), nearly as likely.
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding, decoded.uncertain) == (text, encoding, False)


def test_a_near_tie_kept_as_western_is_said_to_be_a_guess() -> None:
    # "Lefèvre" is also Central European "Lefčvre": Western stays, but the user is told.
    french = decode_bytes("Prénom;Nom\r\nInès;Lefèvre\r\n".encode("cp1252"))
    assert (french.encoding, french.uncertain) == ("cp1252", True)
    assert detect_contact_file("Prénom;Nom\r\nInès;Lefèvre\r\n".encode("cp1252")).encoding_uncertain
    # Text every candidate reads alike, and UTF-8, are no guess.
    assert not decode_bytes("Vorname;Nachname\r\nJürgen;Weiß\r\n".encode("cp1252")).uncertain
    assert not decode_bytes("Name\r\nŁukasz\r\n".encode()).uncertain


def test_the_users_encoding_wins_but_a_byte_order_mark_still_does() -> None:
    data = "Name\r\nÎëüãà\r\n".encode("cp1252")
    assert decode_bytes(data, "cp1251").text == "Name\r\nОльга\r\n"
    marked = b"\xef\xbb\xbf" + "Name\r\nÉva\r\n".encode()
    assert decode_bytes(marked, "cp1251").encoding == "utf-8-sig"
    with pytest.raises(UnreadableFileError, match=r"Unicode \(UTF-8\).*choose another"):
        decode_bytes("Name\r\nÉva\r\n".encode("cp1252"), "utf-8")


def test_encodings_have_plain_names() -> None:
    assert encoding_name("cp1251") == "Cyrillic (Windows)"
    assert encoding_name("utf-8-sig") == "Unicode (UTF-8)"
    assert encoding_name("utf-16-le") == "Unicode (UTF-16)"


def test_a_cyrillic_excel_file_reads_as_cyrillic() -> None:
    contact_file = read_contact_file(real_files.cyrillic_excel_csv())
    assert contact_file.detection.encoding == "cp1251"
    olga = _people(contact_file)["Ольга Коваленко"]
    assert olga.organization_name == "Городская больница №3"
    assert olga.notes == "Звонить после обеда"


def test_linkedin_connections_below_their_notes() -> None:
    contact_file = read_contact_file(real_files.linkedin_csv())
    detection = contact_file.detection
    assert (detection.file_format, detection.format_label) == (
        "linkedin-csv",
        "LinkedIn connections",
    )
    assert detection.header_line == 3
    people = _people(contact_file)
    amara = people["Amara Okafor"]
    assert (amara.given_name, amara.family_name) == ("Amara", "Okafor")
    assert (amara.organization_name, amara.role_title) == ("Riverside Tenants Union", "Organizer")
    assert amara.emails == [LabelledValue("amara@tenants.example")]
    assert amara.notes == "LinkedIn: https://www.linkedin.com/in/amara-okafor-example"
    assert "Tomás Quispe" in people  # no e-mail: LinkedIn hides some, the name is enough
    # Rows are numbered as the file's lines are: the header is on line 4.
    assert [item.number for item in contact_file.items] == [5, 6]
    assert contact_file.unmapped == ["Connected On"]


@pytest.mark.parametrize(
    ("sample", "name", "organization", "role", "email", "phone", "notes"),
    [
        (
            real_files.german_excel_csv,
            "Jürgen Weiß",
            "Tafel Süd e.V.",
            "Vorsitzender",
            "juergen.weiss@tafel.example",
            "030 5550123",
            "Rückruf nach 17 Uhr",
        ),
        (
            real_files.spanish_excel_csv,
            "José Núñez Peña",
            "Clínica del Pueblo",
            "Director",
            "jose.nunez@clinica.example",
            "555-0101",
            "Habla español e inglés",
        ),
        (
            real_files.french_excel_csv,
            "Inès Lefèvre",
            "Maison des Familles",
            "Coordinatrice",
            "ines.lefevre@maison.example",
            "01 55 50 01 23",
            "Préfère être appelée le matin",
        ),
    ],
)
def test_european_excel_files_with_local_headers(
    sample: object, name: str, organization: str, role: str, email: str, phone: str, notes: str
) -> None:
    assert callable(sample)
    data = sample()
    detection = detect_contact_file(data)
    assert (detection.file_format, detection.encoding, detection.delimiter) == (
        "csv",
        "cp1252",
        ";",
    )
    contact_file = read_contact_file(data)
    person = _people(contact_file)[name]
    assert (person.organization_name, person.role_title) == (organization, role)
    assert [e.value for e in person.emails] == [email]
    assert [p.value for p in person.phones] == [phone]
    assert person.notes == notes
    # The German file's street has no place in PartnerDesk: it is named, not dropped.
    expected = ["Straße"] if "Straße" in detection.headers else []
    assert contact_file.unmapped == expected


def test_known_formats_name_the_columns_they_leave_out() -> None:
    google = read_contact_file(real_files.google_csv())
    assert google.detection.file_format == "google-csv"
    # "* myContacts" alone is Google's default group, not something lost.
    assert google.unmapped == ["Labels", "Website 1 - Label", "Website 1 - Value"]
    assert google.columns["E-mail 1 - Value"] == "email"
    outlook = read_contact_file(real_files.outlook_csv())
    assert outlook.detection.file_format == "outlook-csv"
    # Outlook's defaults ("0/0/00", "Normal", "False", "SMTP") are not data.
    assert outlook.unmapped == []
    jurgen = _people(outlook)["Jürgen Müller"]
    assert jurgen.organization_name == "Bäckerei Groß"
    outlook_com = read_contact_file(real_files.outlook_com_csv())
    assert outlook_com.detection.file_format == "outlook.com-csv"
    assert "Nguyễn" in next(iter(_people(outlook_com)))


def test_thunderbird_people_and_its_mailing_list() -> None:
    contact_file = read_contact_file(real_files.thunderbird_csv())
    assert contact_file.detection.file_format == "thunderbird-csv"
    priya = _people(contact_file)["Priya Raman"]
    assert (priya.organization_name, priya.role_title) == ("Hilltown Library", "Librarian")
    assert priya.phones == [LabelledValue("413 555 0160", "work")]
    problems = [item for item in contact_file.items if isinstance(item, RowProblem)]
    assert [(p.number, p.reason) for p in problems] == [
        (3, 'a mailing list ("Volunteers list"), not a person')
    ]
    # PartnerDesk keeps no birthdays: the columns are named as left out.
    assert contact_file.unmapped == ["Birth Year", "Birth Month", "Birth Day"]


def test_googles_second_organization_is_kept_in_the_notes_and_said() -> None:
    ines = _people(read_contact_file(real_files.google_csv()))["Inès Lefèvre"]
    assert (ines.organization_name, ines.role_title) == ("Maison des Familles", "Coordinatrice")
    assert ines.notes == "Also: Trésorière, Conseil de Quartier"
    assert ines.warnings == [
        "the other organizations are kept in the notes (a contact has one organization)"
    ]
    assert ines.phones == [LabelledValue("+1 (413) 555-0111", "mobile")]

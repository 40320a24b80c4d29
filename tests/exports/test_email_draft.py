"""E-mail drafts read back as a mail program would: headers, body and the attached document."""

from __future__ import annotations

import email
import email.policy
import os
import re
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.exports.email_addresses import parse_addresses
from partnerdesk.exports.email_draft import (
    WORD_MIME_TYPE,
    EmailDraft,
    EmailDraftError,
    build_email_draft,
    draft_file_name,
    mailto_url,
    plain_text,
    prune_old_drafts,
    write_email_draft,
)

ANGELA = ("Angela Brooks", "angela.brooks@riverbend-health.example")
LAN = ("Nguyễn Thị Lan", "lan.nguyen@riverbend-health.example")
SIOBHAN = ("O'Connor, Siobhán", "siobhan.oconnor@harlow-county-health.example")
INJECTION = "\r\nBcc: evil@x.example"
TOP_HEADERS = {"To", "Subject", "Date", "Message-ID", "X-Unsent", "MIME-Version", "Content-Type"}


@pytest.fixture(scope="module")
def word_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real .docx with a non-ASCII name, as the MOU export would write it."""
    path = tmp_path_factory.mktemp("documents") / "Entente – Société.docx"
    document = docx.Document()
    document.add_heading("Memorandum of understanding", 0)
    document.add_paragraph("Eastside Community Food Collective and Riverbend Health System.")
    document.save(str(path))
    return path


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def the_attachment(message: EmailMessage) -> EmailMessage:
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    return attachments[0]


def names_as_mail_programs_read_them(data: bytes) -> list[str]:
    """The To names decoded as RFC 2047 says: whitespace between two encoded words is
    ignored. Python 3.11's address parser keeps it, so it cannot judge long names."""
    raw = email.message_from_bytes(data, policy=email.policy.compat32)["To"]
    names = []
    for entry in re.split(r",\r?\n ", raw):
        name, _, _address = entry.rpartition(" <")
        if "=?" in name:
            names.append(str(make_header(decode_header(name))))
        else:
            names.append(parseaddr(entry)[0])
    return names


def body_text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return body.get_content()


def test_a_draft_reads_back_with_recipients_subject_body_and_the_document(
    word_file: Path,
) -> None:
    draft = EmailDraft(
        [ANGELA, LAN, SIOBHAN],
        "Draft MOU – Riverbend and Eastside",
        "Dear Angela,\n\nHere is our draft of the agreement. Ça va?\n\nMarisol",
        word_file,
    )
    message = parsed(build_email_draft(draft))

    assert set(message.keys()) == TOP_HEADERS
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ANGELA,
        LAN,
        SIOBHAN,
    ]
    assert message["Subject"] == "Draft MOU – Riverbend and Eastside"
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith(">")
    assert message["Date"].datetime.tzinfo is not None
    assert body_text(message).replace("\r\n", "\n") == (
        "Dear Angela,\n\nHere is our draft of the agreement. Ça va?\n\nMarisol\n"
    )
    attachment = the_attachment(message)
    assert attachment.get_content_type() == WORD_MIME_TYPE
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "Entente – Société.docx"
    assert attachment.get_content() == word_file.read_bytes()
    # The attached bytes are a Word document Word can open.
    assert docx.Document(word_file).paragraphs[1].text.startswith("Eastside")


def test_the_file_is_plain_ascii_with_crlf_lines_and_encoded_names(word_file: Path) -> None:
    data = build_email_draft(EmailDraft([LAN], "Entente – Société", "Merci à vous", word_file))
    assert data.isascii()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    headers = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "=?utf-8?" in headers.split("Subject:", 1)[1]
    # RFC 2231 for standard readers, RFC 2047 words in "name" for Outlook.
    assert "filename*=utf-8''Entente%20%E2%80%93%20Soci%C3%A9t%C3%A9.docx" in data.decode()
    assert 'name="=?utf-8?b?' in data.decode()


def test_an_ascii_file_name_is_given_plainly(tmp_path: Path) -> None:
    path = tmp_path / "MOU draft v2.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    attachment = the_attachment(parsed(build_email_draft(EmailDraft([ANGELA], "MOU", "", path))))
    assert attachment.get_filename() == "MOU draft v2.docx"
    assert attachment.get_param("name") == "MOU draft v2.docx"
    assert attachment.get_content() == path.read_bytes()


def test_a_sender_is_written_only_when_given(word_file: Path) -> None:
    without = parsed(build_email_draft(EmailDraft([ANGELA], "MOU", "", word_file)))
    assert "From" not in without
    assert without["Message-ID"].endswith("@partnerdesk.invalid>")
    sender = ("Marisol Ortega", "marisol.ortega@eastside-food.example")
    signed = parsed(build_email_draft(EmailDraft([ANGELA], "MOU", "", word_file, sender)))
    assert signed["From"].addresses[0].addr_spec == sender[1]
    assert signed["Message-ID"].endswith("@eastside-food.example>")


def test_no_recipients_still_makes_a_draft_to_fill_in(word_file: Path) -> None:
    message = parsed(build_email_draft(EmailDraft([], "MOU", "Hello", word_file)))
    assert "To" not in message
    assert message["X-Unsent"] == "1"


def test_long_names_and_subjects_keep_every_space(word_file: Path) -> None:
    name = "Nguyễn Thị Lan, Community Health Worker Program Manager (Riverbend), à votre service"
    subject = "Réunion à propos de l’entente – prochaine étape 𐀀𐀀 ¡ pour la société " * 3
    data = build_email_draft(EmailDraft([(name, LAN[1])], subject, "", word_file))
    assert names_as_mail_programs_read_them(data) == [name]
    assert parsed(data)["Subject"] == subject.strip()
    long_lines = [line for line in data.split(b"\r\n") if len(line) > 78]
    assert long_lines == [b"Content-Type: " + WORD_MIME_TYPE.encode() + b";"]


def test_the_same_address_twice_is_written_once(word_file: Path) -> None:
    twice = [ANGELA, ("Angie", ANGELA[1].upper())]
    message = parsed(build_email_draft(EmailDraft(twice, "MOU", "", word_file)))
    assert [a.addr_spec for a in message["To"].addresses] == [ANGELA[1]]


@pytest.mark.parametrize(
    "recipient",
    [
        ("Angela" + INJECTION, ANGELA[1]),
        ("Angela", ANGELA[1] + INJECTION),
        ("Angela\nBcc: evil@x.example", ANGELA[1]),
        ("Angela\x00\x0bBcc: evil@x.example", ANGELA[1]),
        ("Angela\u2028Bcc: evil@x.example", ANGELA[1]),
    ],
)
def test_line_breaks_in_names_and_addresses_add_no_header(
    word_file: Path, recipient: tuple[str, str]
) -> None:
    try:
        data = build_email_draft(EmailDraft([recipient], "MOU" + INJECTION, "", word_file))
    except EmailDraftError:
        return  # refusing the address is as safe as cleaning it
    message = parsed(data)
    assert set(message.keys()) == TOP_HEADERS
    assert not any(line.lower().startswith(b"bcc") for line in data.split(b"\r\n"))
    assert [a.addr_spec for a in message["To"].addresses] == [ANGELA[1]]
    assert message["Subject"] == "MOU Bcc: evil@x.example"


def test_a_file_name_with_a_line_break_adds_no_header(tmp_path: Path) -> None:
    path = tmp_path / "MOU\r\nBcc: evil@x.example.docx"
    path.write_bytes(b"PK")
    message = parsed(build_email_draft(EmailDraft([ANGELA], "MOU", "", path)))
    attachment = the_attachment(message)
    assert attachment.get_filename() == "MOU Bcc: evil@x.example.docx"
    assert set(attachment.keys()) == {
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "MIME-Version",
    }


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("angela.brooks", "not a complete e-mail address"),
        ("angela brooks@riverbend.example", "not a complete e-mail address"),
        ("angela@riverbend", "not a complete e-mail address"),
        ("angela@@riverbend.example", "not a complete e-mail address"),
        ("angela@riverbend..example", "not a valid e-mail address"),
        ("angela.@riverbend.example", "not a valid e-mail address"),
        ("ángela@riverbend.example", "accented or non-Latin letters"),
        ("", "empty"),
    ],
)
def test_an_invalid_address_is_refused_in_plain_words(
    word_file: Path, address: str, words: str
) -> None:
    with pytest.raises(EmailDraftError, match=words):
        build_email_draft(EmailDraft([("Angela", address)], "MOU", "", word_file))
    if address:
        with pytest.raises(EmailDraftError):
            mailto_url(EmailDraft([("Angela", address)], "MOU", "", word_file))


def test_an_international_domain_is_written_as_idna(word_file: Path) -> None:
    draft = EmailDraft([("Zoë", "zoe@société.example")], "MOU", "", word_file)
    message = parsed(build_email_draft(draft))
    assert message["To"].addresses[0].domain == "xn--socit-esab.example"


def test_a_missing_document_is_explained(tmp_path: Path) -> None:
    draft = EmailDraft([ANGELA], "MOU", "", tmp_path / "gone.docx")
    with pytest.raises(EmailDraftError, match="could not read the document to attach, gone"):
        build_email_draft(draft)


def test_writing_replaces_the_file_whole_and_leaves_no_temporary_file(
    word_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts" / "MOU.eml"
    draft = EmailDraft([ANGELA], "MOU", "First", word_file)
    assert write_email_draft(draft, target) == target
    write_email_draft(EmailDraft([ANGELA], "MOU", "Second", word_file), target)
    assert body_text(parsed(target.read_bytes())).strip() == "Second"
    assert [p.name for p in target.parent.iterdir()] == ["MOU.eml"]


def test_a_failed_write_keeps_the_previous_draft(word_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "MOU.eml"
    write_email_draft(EmailDraft([ANGELA], "MOU", "First", word_file), target)
    with pytest.raises(EmailDraftError):
        write_email_draft(EmailDraft([ANGELA], "MOU", "", tmp_path / "gone.docx"), target)
    assert body_text(parsed(target.read_bytes())).strip() == "First"
    assert [p.name for p in tmp_path.iterdir()] == ["MOU.eml"]


def test_draft_names_are_new_each_time_and_old_drafts_are_removed(tmp_path: Path) -> None:
    now = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    first = draft_file_name(Path("MOU: Riverbend\n.docx"), now)
    second = draft_file_name(Path("MOU: Riverbend\n.docx"), now + timedelta(seconds=1))
    assert first != second and first.endswith(".eml") and "\n" not in first
    old, recent, other = tmp_path / "old.eml", tmp_path / "recent.eml", tmp_path / "keep.docx"
    for path in (old, recent, other):
        path.write_bytes(b"")
    month_ago = (now - timedelta(days=31)).timestamp()
    os.utime(old, (month_ago, month_ago))
    os.utime(other, (month_ago, month_ago))
    os.utime(recent, (now.timestamp(), now.timestamp()))
    assert prune_old_drafts(tmp_path, now) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.docx", "recent.eml"]
    assert prune_old_drafts(tmp_path / "missing", now) == 0


def test_the_mailto_url_parses_back_without_the_attachment(word_file: Path) -> None:
    draft = EmailDraft(
        [ANGELA, LAN, ("Zoë", "zoe@société.example")],
        "Draft MOU & next steps – 50% done?" + INJECTION,
        "Dear Angela,\n\nThe draft is attached.\nMarisol",
        word_file,
    )
    url = mailto_url(draft)
    assert url.isascii() and " " not in url and "\n" not in url and "\r" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == [ANGELA[1], LAN[1], "zoe@xn--socit-esab.example"]
    query = parse_qs(parts.query, strict_parsing=True)
    assert query == {
        "subject": ["Draft MOU & next steps – 50% done? Bcc: evil@x.example"],
        "body": ["Dear Angela,\r\n\r\nThe draft is attached.\r\nMarisol"],
    }
    assert "%0D%0A" in url


def test_plain_text_holds_everything_to_paste(word_file: Path) -> None:
    text = plain_text(EmailDraft([ANGELA, LAN], "MOU" + INJECTION, "Hello\r\nthere", word_file))
    assert text.splitlines() == [
        f"To: {ANGELA[0]} <{ANGELA[1]}>, {LAN[0]} <{LAN[1]}>",
        "Subject: MOU Bcc: evil@x.example",
        "",
        "Hello",
        "there",
        "",
        f"Attach: Entente – Société.docx (in {word_file.parent})",
    ]


def test_typed_addresses_are_split_on_commas_and_semicolons() -> None:
    typed = 'Ana Ruiz <ana@x.example>; "Lee, Kim" <kim@x.example>, bo@x.example ,, '
    assert parse_addresses(typed) == [
        ("Ana Ruiz", "ana@x.example"),
        ("Lee, Kim", "kim@x.example"),
        ("", "bo@x.example"),
    ]
    assert parse_addresses("  ") == []
    with pytest.raises(EmailDraftError, match=re.escape("“bo at x.example” is not a complete")):
        parse_addresses("ana@x.example, bo at x.example")


# --- Property: whatever is typed, the draft parses back with exactly the expected headers ---

TRICKY = [INJECTION, "\n", "\r", "\x00", "\x0b", "\x85", "\u2028", "Nguyễn", "مركز", "🍎", ",", '"']
fragments = st.one_of(st.text(max_size=20), st.sampled_from(TRICKY))
typed = st.lists(fragments, max_size=5).map("".join)
local_parts = st.from_regex(r"[a-z0-9]([a-z0-9._+-]{0,20}[a-z0-9])?", fullmatch=True).filter(
    lambda local: ".." not in local
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(typed, max_size=4), locals_=st.lists(local_parts, max_size=4), subject=typed)
def test_any_names_subject_and_body_build_and_read_back(
    word_file: Path, names: list[str], locals_: list[str], subject: str
) -> None:
    recipients = [
        (name, f"{local}.{index}@riverbend-health.example")
        for index, (name, local) in enumerate(zip(names, locals_, strict=False))
    ]
    body = subject * 3
    data = build_email_draft(EmailDraft(recipients, subject, body, word_file))
    message = parsed(data)

    expected_headers = TOP_HEADERS if recipients else TOP_HEADERS - {"To"}
    assert set(message.keys()) == expected_headers
    assert all(len(message.get_all(name, [])) == 1 for name in expected_headers)
    assert str(message["Subject"]) == clean_single_line(subject)
    if recipients:
        got = message["To"].addresses
        assert [a.addr_spec for a in got] == [address for _, address in recipients]
        expected_names = [clean_single_line(name) for name, _ in recipients]
        assert names_as_mail_programs_read_them(data) == expected_names
    assert body_text(message).replace("\r\n", "\n").rstrip("\n") == clean_multiline(body)
    assert the_attachment(message).get_content() == word_file.read_bytes()
    url = urlsplit(mailto_url(EmailDraft(recipients, subject, body, word_file)))
    query = parse_qs(url.query, keep_blank_values=True)
    assert query["subject"] == [clean_single_line(subject)]

"""E-mail drafts: an ``.eml`` file that a mail program opens ready to edit and send.

The draft carries the recipients, subject, a short body and a Word document as attachment,
plus ``X-Unsent: 1``: classic Outlook for Windows then opens it as a new message with a Send
button rather than as a received one (Microsoft documents the header for MIMEToMAPI). Other
programs (Apple Mail, Thunderbird) open ``.eml`` files read-only, so ``mailto_url`` and
``plain_text`` give the fallbacks: a new message without the attachment, or text to paste.

Every piece of text that reaches a header is cleaned of line breaks and control characters
first (``clean_single_line``), so nothing typed or stored can add a header of its own.
"""

from __future__ import annotations

import base64
import email.policy
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, quote
from pathlib import Path
from urllib.parse import quote as percent_encode

from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.exports.email_addresses import (
    EmailDraftError,
    address_list,
    encoded_words,
    needs_encoding,
    recipient,
)

__all__ = [
    "WORD_MIME_TYPE",
    "EmailDraft",
    "EmailDraftError",
    "build_email_draft",
    "draft_file_name",
    "mailto_url",
    "plain_text",
    "prune_old_drafts",
    "write_email_draft",
]

WORD_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DRAFT_SUFFIX = ".eml"

# SMTP is the default (modern) policy with CRLF line endings: RFC 5322's own form, the one
# Outlook and Windows Mail write themselves; Thunderbird and Apple Mail read it as well.
# utf8 stays False, so non-ASCII names and subjects go out as RFC 2047 encoded words, which
# every client decodes (raw UTF-8 headers, RFC 6532, are not read by older Outlooks).
# cte_type "7bit" keeps the whole file ASCII: the body is quoted-printable or base64 when it
# has accents, so no program on the way can damage it. refold_source "none" keeps the
# headers written in email_addresses exactly as they are (see address_list).
POLICY = email.policy.SMTP.clone(cte_type="7bit", refold_source="none")
# Message-ID needs a domain. Python's default asks the network for this computer's name,
# which PartnerDesk never does (and it would leak the computer's name); ".invalid" is the
# name reserved for "no real domain" (RFC 2606).
FALLBACK_ID_DOMAIN = "partnerdesk.invalid"
# A base64 encoded word holds 3 bytes per 4 characters; 45 bytes keep each under 75 (RFC 2047).
_ENCODED_WORD_BYTES = 45


@dataclass(frozen=True)
class EmailDraft:
    """What goes into a draft. Text is cleaned when the draft is built, not here."""

    recipients: Sequence[tuple[str, str]]  # (display name, address)
    subject: str
    body: str
    attachment: Path
    sender: tuple[str, str] | None = None  # left out: the mail program uses its own account
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def build_email_draft(draft: EmailDraft) -> bytes:
    """The draft as the bytes of an ``.eml`` file; raises EmailDraftError in plain words."""
    message = EmailMessage(policy=POLICY)
    recipients = _unique_recipients(draft.recipients)
    if recipients:
        message.set_raw("To", address_list(recipients, "To"))
    sender = recipient(*draft.sender) if draft.sender is not None else None
    if sender is not None:
        message.set_raw("From", address_list([sender], "From"))
    subject = clean_single_line(draft.subject)
    if needs_encoding(subject):
        # Python 3.11's folder can drop a space where it folds between two encoded words.
        message.set_raw("Subject", encoded_words(subject, "Subject"))
    else:
        message["Subject"] = subject
    message["Date"] = format_datetime(draft.created_at.astimezone())
    id_domain = sender[1].rpartition("@")[2] if sender is not None else FALLBACK_ID_DOMAIN
    message["Message-ID"] = make_msgid(domain=id_domain)
    message["X-Unsent"] = "1"
    body = clean_multiline(draft.body)
    message.set_content(body + "\n" if body else "")
    _attach_document(message, draft.attachment)
    return message.as_bytes(policy=POLICY)


def write_email_draft(draft: EmailDraft, target: Path) -> Path:
    """Write the draft to ``target`` through a temporary file in the same folder, so a
    failure never leaves half a message behind; the folder is created if needed."""
    data = build_email_draft(draft)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=DRAFT_SUFFIX, dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def draft_file_name(attachment: Path, moment: datetime) -> str:
    """A new name per draft: a mail program may still hold the previous one open."""
    stem = clean_single_line(attachment.stem)[:80] or "E-mail draft"
    return f"{stem} {moment.astimezone():%Y-%m-%d %H%M%S}{DRAFT_SUFFIX}"


def prune_old_drafts(folder: Path, now: datetime, keep: timedelta = timedelta(days=30)) -> int:
    """Remove drafts older than ``keep``: each holds a copy of an agreement, and the mail
    program keeps its own copy once the message is opened. Returns how many went."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.glob(f"*{DRAFT_SUFFIX}"):
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if now - modified > keep:
                path.unlink()
                removed += 1
        except OSError:
            continue  # open in a mail program (Windows), or gone already: try next time
    return removed


def mailto_url(draft: EmailDraft) -> str:
    """A ``mailto:`` URL (RFC 6068) for the same message, without the attachment, which a
    mailto link cannot carry. Line breaks in the body are sent as %0D%0A, as RFC 6068 asks."""
    addresses = ",".join(
        percent_encode(address, safe="@") for _name, address in _unique_recipients(draft.recipients)
    )
    fields = [("subject", clean_single_line(draft.subject))]
    body = clean_multiline(draft.body)
    if body:
        fields.append(("body", body.replace("\n", "\r\n")))
    query = "&".join(f"{key}={percent_encode(value, safe='')}" for key, value in fields)
    return f"mailto:{addresses}?{query}"


def plain_text(draft: EmailDraft) -> str:
    """The message as text to paste into a new e-mail: who to, the subject, the body, and
    which document to attach."""
    recipients = _unique_recipients(draft.recipients)
    lines = ["To: " + ", ".join(_readable(*pair) for pair in recipients)] if recipients else []
    lines += [
        "Subject: " + clean_single_line(draft.subject),
        "",
        clean_multiline(draft.body),
        "",
        f"Attach: {clean_single_line(draft.attachment.name)} "
        f"(in {clean_single_line(str(draft.attachment.parent))})",
    ]
    return "\n".join(lines)


def _readable(name: str, address: str) -> str:
    """An address as people type it into a mail program's To field, accents left as they are."""
    if not name:
        return address
    if any(character in name for character in ',;:"<>@()[]\\'):
        name = '"' + quote(name) + '"'
    return f"{name} <{address}>"


def _unique_recipients(recipients: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each checked address once (compared ignoring case), in the order given."""
    seen: dict[str, tuple[str, str]] = {}
    for name, address in recipients:
        checked = recipient(name, address)
        seen.setdefault(checked[1].casefold(), checked)
    return list(seen.values())


def _attach_document(message: EmailMessage, path: Path) -> None:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or "it could not be read"
        raise EmailDraftError(
            f"PartnerDesk could not read the document to attach, {path.name} ({reason}). "
            "Save it again, then make the e-mail draft."
        ) from None
    file_name = clean_single_line(path.name) or "document.docx"
    maintype, _, subtype = WORD_MIME_TYPE.partition("/")
    # Content-Disposition gets the standard RFC 2231 form (filename*=utf-8''…) for
    # non-ASCII names; Python writes it.
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=file_name)
    attachment = next(iter(message.iter_attachments()))
    # Outlook has long ignored RFC 2231 and shows such attachments as "ATT00001.dat"; it
    # reads the name from Content-Type's "name" in RFC 2047 words instead. Standard readers
    # take the filename above first, so both are given, as Thunderbird and others do.
    del attachment["Content-Type"]
    attachment.set_raw("Content-Type", f"{WORD_MIME_TYPE};\n name={_name_parameter(file_name)}")


def _name_parameter(file_name: str) -> str:
    if file_name.isascii():
        return f'"{quote(file_name)}"'
    words, chunk = [], b""
    for character in file_name:
        encoded = character.encode("utf-8")
        if len(chunk) + len(encoded) > _ENCODED_WORD_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += encoded
    words.append(chunk)
    encoded_words = [f"=?utf-8?b?{base64.b64encode(word).decode('ascii')}?=" for word in words]
    return '"' + "\n ".join(encoded_words) + '"'

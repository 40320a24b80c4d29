"""A short end-to-end check of what this build contains, run by ``partnerdesk self-test``.

The installer runs it inside the frozen bundle, so every step uses the real code paths, and
a library or data file the bundle forgot (Alembic's scripts, python-docx's template, the
question bank) makes a step fail rather than a user's first click.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partnerdesk.core.choices import NoteKind, OrganizationType, RequestStage
from partnerdesk.paths import DataLocation, resource
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import count_rows, list_rows
from partnerdesk.services.trash import move_to_trash, restore
from partnerdesk.store.database import Database, integrity_problems, open_database
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    Organization,
    OutreachNote,
    PartnershipRequest,
)
from partnerdesk.store.schema import head_revision

WORD_FILE_NAME = "self-test.docx"
DRAFT_FILE_NAME = "self-test.eml"
WORD_MIME_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
# Accents and a dash: text beyond ASCII must come back unchanged from the document and draft.
# Files the app cannot do without; a bundle that lost one must fail its self-test.
SHIPPED_FILES = (("icons", "partnerdesk.svg"), ("guide", "index.html"))
SAMPLE_SENTENCE = "Partners on our own terms — Café Ñandú, Zoë and José agree."


class SelfTestError(Exception):
    pass


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str = ""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _open(folder: Path) -> Database:
    database = open_database(DataLocation(folder))
    _require(database.state_before_open.revision is None, "a new store should start empty")
    return database


def _write_records(database: Database) -> None:
    with database.session() as session:
        org = Organization(name="Self-test Health System", kind=OrganizationType.HOSPITAL)
        contact = Contact(
            full_name="Ada Self-Test",
            organization=org,
            emails=[ContactEmail(address="ada@selftest.example")],
        )
        session.add_all([org, contact])
        session.flush()
        session.add(
            OutreachNote(
                organization_id=org.id,
                happened_on=date.today(),
                kind=NoteKind.CALL,
                subject="First call",
                participants=[contact],
            )
        )
        session.add(
            PartnershipRequest(title="Self-test request", organization_id=org.id, contact=contact)
        )


def _read_records(database: Database) -> None:
    with database.session() as session:
        for kind in RecordKind:
            _require(count_rows(session, kind) == 1, f"expected one {kind.label.lower()}")
        contacts = list_rows(session, RecordKind.CONTACT)
        _require(contacts[0].values["email"] == "ada@selftest.example", "contact email lost")
        requests = list_rows(session, RecordKind.REQUEST)
        _require(requests[0].values["stage"] is RequestStage.RECEIVED, "request stage lost")


def _trash_and_restore(database: Database) -> None:
    with database.session() as session:
        org_id = list_rows(session, RecordKind.ORGANIZATION)[0].id
        move_to_trash(session, RecordKind.ORGANIZATION, [org_id])
    with database.session() as session:
        _require(count_rows(session, RecordKind.ORGANIZATION) == 0, "trash did not hide it")
        restore(session, RecordKind.ORGANIZATION, [org_id])
    with database.session() as session:
        _require(count_rows(session, RecordKind.ORGANIZATION) == 1, "restore did not work")


def _reopen(folder: Path) -> None:
    database = open_database(DataLocation(folder))
    try:
        _require(database.state_before_open.revision == head_revision(), "schema not at head")
        _require(not integrity_problems(database), "integrity check failed")
    finally:
        database.close()


def store_steps(folder: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """The store's part of the self-test, as named steps run in order."""
    holder: dict[str, Database] = {}

    def open_step() -> None:
        holder["db"] = _open(folder)

    def close_step() -> None:
        holder["db"].close()

    yield "create and migrate a new store", open_step
    yield "write records", lambda: _write_records(holder["db"])
    yield "read records back", lambda: _read_records(holder["db"])
    yield "move to trash and restore", lambda: _trash_and_restore(holder["db"])
    yield "close", close_step
    yield "reopen and check integrity", lambda: _reopen(folder)


def _shipped_files() -> None:
    from partnerdesk.core.question_bank import load_question_bank

    for parts in SHIPPED_FILES:
        _require(resource(*parts).is_file(), f"{'/'.join(parts)} is missing")
    _require(bool(load_question_bank().questions), "the question bank has no questions")


def _word_document(folder: Path) -> None:
    """A document from python-docx's own default template, proving the template is shipped."""
    import docx

    document = docx.Document()
    document.add_heading("Self-test agreement", level=1)
    document.add_paragraph(SAMPLE_SENTENCE)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Partner"
    table.rows[0].cells[1].text = "Self-test Health System"
    path = folder / WORD_FILE_NAME
    document.save(str(path))
    reopened = docx.Document(str(path))
    _require(reopened.paragraphs[0].style.name == "Heading 1", "the heading style was lost")
    _require(reopened.paragraphs[1].text == SAMPLE_SENTENCE, "the text did not survive")
    _require(reopened.tables[0].rows[0].cells[1].text == "Self-test Health System", "table lost")


def _email_draft(folder: Path) -> None:
    """An unsent .eml draft with the Word document attached, read back as a mail client would."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    attachment = (folder / WORD_FILE_NAME).read_bytes()
    message = EmailMessage()
    message["To"] = "Ada Self-Test <ada@selftest.example>"
    message["Subject"] = "Self-test: draft agreement"
    message["X-Unsent"] = "1"
    message.set_content(f"Hello Ada,\n\n{SAMPLE_SENTENCE}\n")
    maintype, subtype = WORD_MIME_TYPE
    message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=WORD_FILE_NAME)
    path = folder / DRAFT_FILE_NAME
    path.write_bytes(message.as_bytes(policy=policy.SMTP))
    parsed = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    _require(parsed["X-Unsent"] == "1", "the draft is not marked unsent")
    body = parsed.get_body(preferencelist=("plain",))
    _require(body is not None and SAMPLE_SENTENCE in body.get_content(), "the text was lost")
    attachments = list(parsed.iter_attachments())
    _require(len(attachments) == 1, "the attachment was lost")
    _require(attachments[0].get_filename() == WORD_FILE_NAME, "the attachment lost its name")
    _require(attachments[0].get_content() == attachment, "the attachment changed")


def document_steps(folder: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """The files PartnerDesk ships and writes: question bank, Word document, e-mail draft."""
    yield "find the shipped files and read the question bank", _shipped_files
    yield "write a Word document", lambda: _word_document(folder)
    yield "write an e-mail draft with the document attached", lambda: _email_draft(folder)


def run_steps(steps: Iterator[tuple[str, Callable[[], None]]]) -> Iterator[StepResult]:
    """Run steps until one fails; every step's outcome is reported."""
    for name, step in steps:
        try:
            step()
        except Exception as error:  # a self-test reports any failure rather than crashing
            yield StepResult(name, False, f"{type(error).__name__}: {error}")
            return
        yield StepResult(name, True)

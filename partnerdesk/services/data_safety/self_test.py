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
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation, resource
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows, list_rows
from partnerdesk.services.records.trash import move_to_trash, restore
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
# Files the app cannot do without; a bundle that lost one must fail its self-test.
SHIPPED_FILES = (("icons", "partnerdesk.svg"), ("guide", "index.html"))


class SelfTestError(Exception):
    pass


class NotInstalledError(Exception):
    """An optional part this installation was made without: reported, not a failure."""


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

    yield translate("SelfTest", "create and migrate a new store"), open_step
    yield translate("SelfTest", "write records"), lambda: _write_records(holder["db"])
    yield translate("SelfTest", "read records back"), lambda: _read_records(holder["db"])
    yield (
        translate("SelfTest", "move to trash and restore"),
        lambda: _trash_and_restore(holder["db"]),
    )
    yield translate("SelfTest", "close"), close_step
    yield translate("SelfTest", "reopen and check integrity"), lambda: _reopen(folder)


def _shipped_files() -> None:
    from partnerdesk.core.question_bank import load_question_bank

    for parts in SHIPPED_FILES:
        _require(resource(*parts).is_file(), f"{'/'.join(parts)} is missing")
    _require(bool(load_question_bank().questions), "the question bank has no questions")


def _word_document(folder: Path, kept: dict[str, object]) -> None:
    """The app's own Word exports, from the sample data: the MOU (a version is recorded),
    the vetting summary and a profile, each read back."""
    import docx

    from partnerdesk.services.documents.mou import export_mou
    from partnerdesk.services.documents.profile import export_profile
    from partnerdesk.services.documents.vetting import export_vetting
    from partnerdesk.services.mou.drafts import mou_for_request
    from partnerdesk.services.mou.email import mou_email_draft
    from partnerdesk.services.profiles.answers import our_organization_id
    from partnerdesk.services.sample_data.loading import load_sample_data

    database = _open(folder / "documents")
    try:
        with database.session() as session:
            load_sample_data(session)
            mou_id = mou_for_request(session, 1)
            _require(mou_id is not None, "the sample MOU is missing")
            assert mou_id is not None
            ours = our_organization_id(session)
            _require(ours is not None, "the sample has no organization of ours")
            assert ours is not None
        # As the window and the command line write them: each in its own transaction.
        result = export_mou(database, mou_id, folder / WORD_FILE_NAME)
        export_vetting(database, 1, folder / "vetting.docx")
        export_profile(database, ours, folder / "profile.docx")
        with database.session() as session:
            kept["draft"] = mou_email_draft(session, mou_id, folder / WORD_FILE_NAME, 1)
    finally:
        database.close()
    mou = docx.Document(str(folder / WORD_FILE_NAME))
    header = mou.sections[0].header.paragraphs[0].text
    _require(header.startswith(f"DRAFT — version {result.version}"), "the MOU header is wrong")
    headings = [p.text for p in mou.paragraphs if p.style and p.style.name == "Heading 1"]
    _require(headings[0] == "1. Parties and signatories", "the MOU's sections are missing")
    vetting = docx.Document(str(folder / "vetting.docx"))
    _require(vetting.paragraphs[0].text.startswith("Vetting summary"), "vetting summary lost")
    profile = docx.Document(str(folder / "profile.docx"))
    _require(profile.paragraphs[0].text.startswith("Partner profile"), "profile lost")


def _email_draft(folder: Path, kept: dict[str, object]) -> None:
    """The MOU's e-mail draft as the app writes it, read back as a mail client would."""
    from email import policy
    from email.parser import BytesParser

    from partnerdesk.exports.email_draft import EmailDraft, write_email_draft

    attachment = (folder / WORD_FILE_NAME).read_bytes()
    draft = kept.get("draft")
    _require(isinstance(draft, EmailDraft), "the MOU's e-mail was not prepared")
    assert isinstance(draft, EmailDraft)
    path = write_email_draft(draft, folder / DRAFT_FILE_NAME)
    parsed = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    _require(parsed["X-Unsent"] == "1", "the draft is not marked unsent")
    _require(bool(parsed["To"]), "the draft has no recipient")
    body = parsed.get_body(preferencelist=("plain",))
    _require(body is not None and "memorandum" in body.get_content(), "the text was lost")
    attachments = list(parsed.iter_attachments())
    _require(len(attachments) == 1, "the attachment was lost")
    _require(attachments[0].get_filename() == WORD_FILE_NAME, "the attachment lost its name")
    _require(attachments[0].get_content() == attachment, "the attachment changed")


def _shared_database_support() -> None:
    """A shared database needs PostgreSQL's driver and the password store. An installed
    build must carry both; a source install has them with the "shared" extra."""
    import importlib.util
    import sys

    frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        for module in ("psycopg", "keyring"):
            try:
                missing = importlib.util.find_spec(module) is None
            except ValueError:  # in sys.modules as None: blocked, so missing as well
                missing = True
            if missing:
                # Installed without the "shared" extra: the shared database is not offered.
                raise NotInstalledError
    from sqlalchemy import create_engine

    # Creating the engine loads the dialect and imports the driver; nothing connects.
    create_engine("postgresql+psycopg://self-test@127.0.0.1:1/none").dispose()
    import keyring
    import psycopg

    _require(psycopg.pq.__impl__ != "python", "PostgreSQL's client library is missing")
    keyring.get_keyring()


def _contact_file_reading() -> None:
    """A Cyrillic CSV saved by Excel and two ways of writing one phone number: what the
    encoding detection (charset-normalizer) and the phone comparison (phonenumbers) do.
    A bundle that lost either library, or their data, fails here."""
    from partnerdesk.imports.phones import phone_key
    from partnerdesk.imports.text_files import decode_bytes

    text = "Имя,Фамилия,Телефон\nОльга,Коваленко,+1 413 555 0111\n".encode("cp1251")
    decoded = decode_bytes(text)
    _require("Ольга" in decoded.text, f"a Cyrillic file was read as {decoded.encoding}")
    _require(
        phone_key("+1 (413) 555-0111", "US") == phone_key("(413) 555-0111", "US"),
        "one phone number written two ways was not recognised",
    )


CHART_FILE_NAME = "checkup-trend.png"


def _chart_picture(folder: Path) -> None:
    """The check-up trend drawn to PNG, as the window and the results report do. A bundle
    missing matplotlib's files (its fonts, its settings file, the Agg renderer) fails here
    rather than when someone first opens a partnership's check-ups."""
    from datetime import date

    from partnerdesk.core.checkups import CheckupScores, shipped_statements
    from partnerdesk.exports.charts.checkup_trend import checkup_trend_png

    statements = shipped_statements()
    history = [
        CheckupScores(
            number,
            date(2026, month, 15),
            {domain.id: 2.0 + number for domain in statements.domains},
            {domain.id: 3.0 + number / 2 for domain in statements.domains},
        )
        for number, month in ((1, 3), (2, 9))
    ]
    picture = checkup_trend_png(statements, history, "Our organization", "Partner")
    _require(picture.startswith(b"\x89PNG\r\n\x1a\n"), "the chart is not a PNG picture")
    _require(len(picture) > 10_000, f"the chart is almost empty ({len(picture)} bytes)")
    (folder / CHART_FILE_NAME).write_bytes(picture)


def document_steps(folder: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """The files PartnerDesk ships and writes: question bank, Word document, e-mail draft."""
    yield translate("SelfTest", "find the shipped files and read the question bank"), _shipped_files
    kept: dict[str, object] = {}
    yield (
        translate("SelfTest", "write the MOU, a vetting summary and a profile in Word"),
        lambda: _word_document(folder, kept),
    )
    yield (
        translate("SelfTest", "write an e-mail draft with the MOU attached"),
        lambda: _email_draft(folder, kept),
    )
    yield (
        translate("SelfTest", "draw the check-up trend chart as a picture"),
        lambda: _chart_picture(folder),
    )
    yield (
        translate("SelfTest", "load the shared database driver and the password store"),
        _shared_database_support,
    )
    yield (
        translate("SelfTest", "read a contacts file's encoding and phone numbers"),
        _contact_file_reading,
    )


def run_steps(steps: Iterator[tuple[str, Callable[[], None]]]) -> Iterator[StepResult]:
    """Run steps until one fails; every step's outcome is reported."""
    for name, step in steps:
        try:
            step()
        except NotInstalledError:
            yield StepResult(name, True, translate("SelfTest", "— not installed (optional)"))
            continue
        except Exception as error:  # a self-test reports any failure rather than crashing
            yield StepResult(name, False, f"{type(error).__name__}: {error}")
            return
        yield StepResult(name, True)

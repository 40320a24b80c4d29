"""The MOU as Word: each export is recorded as the MOU's next version (both or neither).

What is still to settle goes, by default, to an internal cover note written beside the MOU
("NAME (cover note).docx"); ``OpenPoints.IN_MOU`` puts a neutral list in the MOU instead.

Also what the command line asks around an export: which MOU a request has, its open
points, and the e-mail draft that carries the document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from partnerdesk.core.document_language import ENGLISH, writing_in
from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_document import MouDocument, OpenPoints
from partnerdesk.core.team_charter import TeamCharter
from partnerdesk.services.charter.charters import charter_of
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import check_docx_target
from partnerdesk.services.mou.drafts import get_mou, mou_for_request
from partnerdesk.services.mou.signing import signing_dates
from partnerdesk.services.mou.versions import next_version_number, record_version
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.models import MouVersion

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MouExport:
    version: int
    findings: list[Finding]
    letterhead_warning: str
    # The internal cover note written beside the MOU (None: the points are in the MOU).
    cover_note: Path | None = None
    # Why the cover note could not be written, in words ("" when it was, or not asked for).
    cover_note_problem: str = ""


def export_mou(
    database: Database,
    mou_id: int,
    path: Path,
    note: str = "",
    today: date | None = None,
    open_points: OpenPoints = OpenPoints.COVER_NOTE,
    language: str = ENGLISH,
) -> MouExport:
    """Write the .docx and record it as the next version (both or neither); with
    ``OpenPoints.COVER_NOTE`` and points still to settle, also the cover note beside it
    (written after the MOU: a cover note that cannot be written is left out, the MOU and
    its version stay).

    The document is built and written to a hidden file beside the target while the
    transaction only reads, so the store's write lock is held for an instant, not for the
    whole (slow) writing; the file is moved into place once the version is committed. A
    move that still fails takes the version back out, so no version names a file that
    was never written.

    ``language``: the document's language ("en", "es"), whatever the screen's; the MOU and
    its cover note are written in it.
    """
    with writing_in(language):
        return _export_mou(database, mou_id, path, note, today, open_points, language)


def _export_mou(
    database: Database,
    mou_id: int,
    path: Path,
    note: str,
    today: date | None,
    open_points: OpenPoints,
    language: str,
) -> MouExport:
    from partnerdesk.exports.mou_docx import build_mou_document
    from partnerdesk.exports.word import save_beside

    target = Path(path)
    check_docx_target(target)
    written: Path | None = None
    try:
        with database.session() as session:
            mou = get_mou(session, mou_id)
            sections = dict(mou.sections or {})
            findings = check_mou(sections, language)
            number = next_version_number(session, mou_id)
            ours = our_organization(session)
            signed_on, amends = signing_dates(session, mou)
            content = MouDocument(
                mou.title,
                sections,
                number,
                today or date.today(),
                findings,
                our_organization=ours.name if ours is not None else "",
                open_points=open_points,
                signed_on=signed_on,
                amends_signed_on=amends,
                charter=_charter_annex(session, mou.request_id),
            )
            document, warning = build_mou_document(content, database.location.data_dir)
            written = save_beside(document, target)
            recorded = record_version(session, mou_id, note, target.name)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    assert written is not None  # written before the version was recorded
    try:
        written.replace(target)
    except BaseException:
        written.unlink(missing_ok=True)
        try:
            _forget_version(database, mou_id, recorded)
        except Exception:
            # The file's own error is the one to tell; the version may stay recorded for
            # a file that is not there, which the versions list then shows as missing.
            log.warning("the version of an MOU export that failed could not be taken back")
        raise
    if open_points is not OpenPoints.COVER_NOTE or not findings:
        return MouExport(recorded, findings, warning)
    cover_note, problem = _write_cover_note(content, target)
    return MouExport(recorded, findings, warning, cover_note, problem)


def _charter_annex(session: Session, request_id: int | None) -> TeamCharter | None:
    """The request's team charter for the MOU's annex; None when it has no words yet."""
    if request_id is None:
        return None
    charter = charter_of(session, request_id)
    return None if charter.is_empty else charter


def _write_cover_note(content: MouDocument, target: Path) -> tuple[Path | None, str]:
    from partnerdesk.exports.mou_docx import build_cover_note, cover_note_path
    from partnerdesk.exports.word import save_atomically

    path = cover_note_path(target)
    try:
        save_atomically(build_cover_note(content), path)
    except OSError as error:
        log.warning("the cover note of an MOU export could not be written", exc_info=True)
        return None, (
            f"The cover note “{path.name}” could not be written "
            f"({error.strerror or 'the file could not be written'}); the MOU was."
        )
    return path, ""


def _forget_version(database: Database, mou_id: int, number: int) -> None:
    with database.session() as session:
        session.execute(
            delete(MouVersion).where(MouVersion.mou_id == mou_id, MouVersion.number == number)
        )


def export_mou_email(
    database: Database,
    mou_id: int,
    attachment: Path,
    version: int,
    path: Path,
    language: str = ENGLISH,
) -> Path:
    """Write the e-mail draft (.eml) that carries version ``version`` of the MOU, saved
    as ``attachment``: to the request's contact, with the suggested subject and message
    in ``language``. EmailDraftError for an address a mail program would refuse."""
    from partnerdesk.exports.email_draft import write_email_draft
    from partnerdesk.services.mou.email import mou_email_draft

    with writing_in(language), database.session() as session:
        draft = mou_email_draft(session, mou_id, Path(attachment), version)
    return write_email_draft(draft, Path(path))


def request_mou(database: Database, request_id: int) -> int | None:
    """The MOU of request ``request_id``; None when it has none (or there is no such request)."""
    with database.session() as session:
        return mou_for_request(session, request_id)


def open_points(database: Database, mou_id: int, language: str = ENGLISH) -> list[Finding]:
    """What the MOU still lacks, and what is unfair in it: the document's closing list."""
    with database.session() as session:
        return check_mou(dict(get_mou(session, mou_id).sections or {}), language)


def mou_title(database: Database, mou_id: int) -> str:
    """The MOU's title, for the file name the save dialog suggests."""
    with database.session() as session:
        return get_mou(session, mou_id).title

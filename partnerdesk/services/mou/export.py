"""Exporting an MOU: each Word export is a new version, snapshot and file name kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_text import mou_plain_text
from partnerdesk.exports.mou_docx import MouDocument, build_mou_document, draft_header
from partnerdesk.exports.word import save_beside
from partnerdesk.services.mou.drafts import get_mou
from partnerdesk.services.mou.versions import next_version_number, record_version


@dataclass(frozen=True)
class MouExport:
    version: int
    findings: list[Finding]
    letterhead_warning: str


def export_mou(
    session: Session,
    mou_id: int,
    target: Path,
    data_dir: Path | None,
    note: str = "",
    today: date | None = None,
) -> MouExport:
    """Write the .docx and record it as the next version (both or neither).

    The document is built and written to a hidden file first, while only reading; the
    version is recorded and the file moved into place last, so the store's write lock is
    held for an instant, not for the whole (slow) writing of the document.
    """
    mou = get_mou(session, mou_id)
    sections = dict(mou.sections or {})
    findings = check_mou(sections)
    number = next_version_number(session, mou_id)
    content = MouDocument(mou.title, sections, number, today or date.today(), findings)
    document, warning = build_mou_document(content, data_dir)
    written = save_beside(document, Path(target))
    try:
        record_version(session, mou_id, note, Path(target).name)
        written.replace(target)
    except BaseException:
        written.unlink(missing_ok=True)
        raise
    return MouExport(number, findings, warning)


def mou_findings(session: Session, mou_id: int) -> list[Finding]:
    return check_mou(dict(get_mou(session, mou_id).sections or {}))


def mou_as_text(session: Session, mou_id: int, today: date | None = None) -> str:
    mou = get_mou(session, mou_id)
    number = next_version_number(session, mou_id) - 1
    heading = draft_header(MouDocument(mou.title, {}, max(number, 1), today or date.today()))
    return mou_plain_text(mou.title, dict(mou.sections or {}), heading)

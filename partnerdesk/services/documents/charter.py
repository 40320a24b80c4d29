"""The team charter as a Word document (issue 19), on the letterhead."""

from __future__ import annotations

from pathlib import Path

from partnerdesk.core.document_language import ENGLISH, writing_in
from partnerdesk.services.charter.charters import charter_of
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target

NOTHING_WRITTEN = (
    "The team charter of this request is still empty, so there is nothing to export. "
    "Write at least one part of it first (Team charter… on the request page)."
)


def export_charter(
    database: Database, request_id: int, path: Path, language: str = ENGLISH
) -> WrittenDocument | None:
    """Write the charter in ``language`` (its headings and fixed words; the parts' texts
    as typed); None, and no file, when not one part of it has words yet (an empty
    document would only be sent by mistake)."""
    from partnerdesk.exports.charter_docx import write_charter

    target = Path(path)
    check_docx_target(target)
    with database.session() as session:
        charter = charter_of(session, request_id)
    if charter.is_empty:
        return None
    # Written once the read has ended: to a hidden file beside the target, then moved.
    with writing_in(language):
        warning = write_charter(charter, target, database.location.data_dir)
    return WrittenDocument(target, charter.request_title, warning)

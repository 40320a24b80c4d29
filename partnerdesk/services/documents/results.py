"""The results report for leaders (issue 19): read the partnership, then write it as Word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partnerdesk.core.document_language import ENGLISH, writing_in
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target
from partnerdesk.services.results.report import read_results_report


def export_results_report(
    database: Database,
    request_id: int,
    path: Path,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenDocument:
    """Write the partnership's results report, on the letterhead, in ``language``: its
    fixed words, dates, and the trend chart's words (the check-up domains of that
    language); what the partners wrote stays as written."""
    from partnerdesk.exports.results_report_docx import write_results_report

    target = Path(path)
    check_docx_target(target)
    report = read_results_report(database, request_id, today)
    # Written once the read has ended: to a hidden file beside the target, then moved.
    with writing_in(language):
        warning = write_results_report(report, target, database.location.data_dir)
    return WrittenDocument(target, report.request_title, warning)

"""The kickoff meeting's agenda (issue 19): read what it names, then write it as Word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.document_language import ENGLISH, writing_in
from partnerdesk.core.kickoff import DEFAULT_FORMAT, KickoffAgenda, KickoffFormat, kickoff_agenda
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import our_organization


def export_kickoff_agenda(
    database: Database,
    request_id: int,
    path: Path,
    kickoff_format: KickoffFormat | str = DEFAULT_FORMAT,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenDocument:
    """Write the kickoff meeting's agenda for the request, on the letterhead, in
    ``language``."""
    from partnerdesk.exports.kickoff_docx import write_agenda

    target = Path(path)
    check_docx_target(target)
    with database.session() as session:
        agenda = agenda_of(session, request_id, kickoff_format, today, language)
    # Written once the read has ended: to a hidden file beside the target, then moved.
    with writing_in(language):
        warning = write_agenda(agenda, target, database.location.data_dir)
    return WrittenDocument(target, agenda.request_title, warning)


def agenda_of(
    session: Session,
    request_id: int,
    kickoff_format: KickoffFormat | str = DEFAULT_FORMAT,
    today: date | None = None,
    language: str = ENGLISH,
) -> KickoffAgenda:
    request = get_request(session, request_id)
    ours = our_organization(session)
    return kickoff_agenda(
        request.title,
        ours.name if ours is not None else "",
        request.organization.name if request.organization is not None else "",
        kickoff_format,
        today,
        language,
    )

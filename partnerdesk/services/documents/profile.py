"""An organization's partner profile as Word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.document_language import ENGLISH, writing_in
from partnerdesk.core.profile_report import ProfileReport
from partnerdesk.services.database_access import Database
from partnerdesk.services.documents.files import WrittenDocument, check_docx_target
from partnerdesk.services.profiles.answers import load_profile, prompts_in
from partnerdesk.services.vetting.capacity_matrix import our_organization


def export_profile(
    database: Database,
    organization_id: int,
    path: Path,
    today: date | None = None,
    language: str = ENGLISH,
) -> WrittenDocument:
    """Write the profile, on the letterhead: every prompt with its answer, unanswered ones
    said to be so; in ``language`` (the prompts as that language's prompts word them)."""
    with writing_in(language):
        return _export_profile(database, organization_id, Path(path), today, language)


def _export_profile(
    database: Database, organization_id: int, target: Path, today: date | None, language: str
) -> WrittenDocument:
    from partnerdesk.exports.profile_docx import write_profile

    check_docx_target(target)
    with database.session() as session:
        report = profile_report(session, organization_id, today, language)
    # Written once the read has ended: to a hidden file beside the target, then moved.
    warning = write_profile(report, target, database.location.data_dir)
    return WrittenDocument(target, report.organization, warning)


def profile_report(
    session: Session, organization_id: int, today: date | None = None, language: str = ENGLISH
) -> ProfileReport:
    state = load_profile(session, organization_id)
    ours = our_organization(session)
    return ProfileReport(
        organization=state.organization_name,
        is_ours=state.is_ours,
        prompts=prompts_in(language),
        answers=state.answers,
        our_organization=ours.name if ours is not None else "",
        prepared_on=today or date.today(),
    )

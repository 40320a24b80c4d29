"""The MOU as a living document: a version at each export; view, compare, restore.

The use cases the window calls (each its own transaction) are at the end of the module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from partnerdesk.core.choices import MouStatus
from partnerdesk.core.mou_compare import SectionComparison, compare_versions
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes
from partnerdesk.services.commitments.status import COMMITMENTS_CHANGED
from partnerdesk.services.commitments.tracking import follow_mou
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.mou.drafts import MOU_CHANGED, get_mou, review_date
from partnerdesk.services.transactions import transaction
from partnerdesk.store.database import Database
from partnerdesk.store.models import MouSigning, MouVersion


@dataclass(frozen=True)
class VersionSummary:
    number: int
    created_at: datetime
    note: str
    file_name: str
    # When the parties signed this version (the latest signing of it); None: not signed.
    signed_on: date | None = None


def next_version_number(session: Session, mou_id: int) -> int:
    latest = session.scalar(select(func.max(MouVersion.number)).where(MouVersion.mou_id == mou_id))
    return (latest or 0) + 1


def record_version(session: Session, mou_id: int, note: str = "", file_name: str = "") -> int:
    """Keep a snapshot of the current draft; returns its number (1, 2, …)."""
    mou = get_mou(session, mou_id)
    number = next_version_number(session, mou_id)
    session.add(
        MouVersion(
            mou_id=mou.id,
            number=number,
            note=clean_multiline(note),
            sections=dict(mou.sections or {}),
            exported_file_name=file_name,
        )
    )
    session.flush()
    return number


def unchanged_since(session: Session, mou_id: int, number: int) -> bool:
    """Whether version ``number`` is still the latest and the draft still what it holds
    (so the document exported as that version can be sent as it is)."""
    mou = get_mou(session, mou_id)
    if next_version_number(session, mou_id) != number + 1:
        return False
    return version_sections(session, mou_id, number) == dict(mou.sections or {})


def list_versions(session: Session, mou_id: int) -> list[VersionSummary]:
    get_mou(session, mou_id)
    signed: dict[int, date] = {
        number: day
        for number, day in session.execute(
            select(MouSigning.version_number, MouSigning.signed_on)
            .where(MouSigning.mou_id == mou_id)
            .order_by(MouSigning.id)
        )
    }
    return [
        VersionSummary(v.number, v.created_at, v.note, v.exported_file_name, signed.get(v.number))
        for v in session.scalars(
            select(MouVersion).where(MouVersion.mou_id == mou_id).order_by(MouVersion.number)
        )
    ]


def version_sections(session: Session, mou_id: int, number: int) -> dict[str, Any]:
    version = session.scalar(
        select(MouVersion).where(MouVersion.mou_id == mou_id, MouVersion.number == number)
    )
    if version is None:
        raise RecordMissingError(
            translate("Refusals", "Version {number} of this MOU is no longer there.").format(
                number=number
            )
        )
    return dict(version.sections or {})


def compare(
    session: Session, mou_id: int, older: int, newer: int | None, language: str = "en"
) -> list[SectionComparison]:
    """Compare version ``older`` with version ``newer`` (None: the current draft), the
    sections named in ``language``."""
    before = version_sections(session, mou_id, older)
    after = (
        dict(get_mou(session, mou_id).sections or {})
        if newer is None
        else version_sections(session, mou_id, newer)
    )
    return compare_versions(before, after, language)


def restore_version(session: Session, mou_id: int, number: int) -> Changes:
    """Make version ``number`` the current draft. A draft that differs from every kept
    version is kept first as a version of its own, so restoring never loses work."""
    mou = get_mou(session, mou_id)
    restored = version_sections(session, mou_id, number)
    current = dict(mou.sections or {})
    kept = session.scalars(select(MouVersion.sections).where(MouVersion.mou_id == mou_id))
    if all(sections != current for sections in kept):
        record_version(session, mou_id, f"The draft as it was before restoring version {number}.")
    mou.sections = restored
    flag_modified(mou, "sections")
    if mou.status in (MouStatus.SIGNED, MouStatus.IN_REVIEW):
        # Signed: the reviews move the review date; restoring is an amendment like any
        # other change (services/mou/signing.py).
        from partnerdesk.services.mou.signing import follow_amendment

        session.flush()
        return MOU_CHANGED | follow_amendment(session, mou)
    mou.review_on = review_date(restored, mou.created_at.date())
    session.flush()
    if follow_mou(session, mou):
        return MOU_CHANGED | COMMITMENTS_CHANGED
    return MOU_CHANGED


# Use cases: each takes the Database and is one transaction -------------------------------
def versions_of(database: Database, mou_id: int) -> list[VersionSummary]:
    with transaction(database) as session:
        return list_versions(session, mou_id)


def compare_versions_of(
    database: Database, mou_id: int, older: int, newer: int | None, language: str = "en"
) -> list[SectionComparison]:
    """Version ``older`` against version ``newer`` (None: the current draft), the sections
    and their fields named in ``language`` (the screen's)."""
    with transaction(database) as session:
        return compare(session, mou_id, older, newer, language)


def version_text(database: Database, mou_id: int, number: int) -> str:
    """Version ``number`` in full, as plain text."""
    from partnerdesk.core.mou_text import mou_plain_text

    with transaction(database) as session:
        title = get_mou(session, mou_id).title
        sections = version_sections(session, mou_id, number)
    return mou_plain_text(title, sections, f"Version {number}")


def bring_back_version(database: Database, mou_id: int, number: int) -> Changes:
    """Make version ``number`` the current draft (the draft of now is kept first)."""
    with transaction(database) as session:
        return restore_version(session, mou_id, number)


def exported_still_current(database: Database, mou_id: int, number: int, title: str) -> bool:
    """Whether the document exported as version ``number`` (under ``title``) still says
    what the MOU says: nothing changed since, not even the title."""
    with transaction(database) as session:
        return unchanged_since(session, mou_id, number) and get_mou(session, mou_id).title == title

"""An MOU's open points and its plain text (the Word export is in services/documents)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_document import MouDocument, draft_header
from partnerdesk.core.mou_text import mou_plain_text
from partnerdesk.services.mou.drafts import get_mou
from partnerdesk.services.mou.signing import signing_dates
from partnerdesk.services.mou.versions import next_version_number
from partnerdesk.services.vetting.capacity_matrix import our_organization


def mou_findings(session: Session, mou_id: int) -> list[Finding]:
    return check_mou(dict(get_mou(session, mou_id).sections or {}))


def mou_as_text(session: Session, mou_id: int, today: date | None = None) -> str:
    mou = get_mou(session, mou_id)
    number = next_version_number(session, mou_id) - 1
    signed_on, amends = signing_dates(session, mou)
    heading = draft_header(
        MouDocument(
            mou.title,
            {},
            max(number, 1),
            today or date.today(),
            signed_on=signed_on,
            amends_signed_on=amends,
        )
    )
    ours = our_organization(session)
    return mou_plain_text(
        mou.title, dict(mou.sections or {}), heading, ours.name if ours is not None else ""
    )

"""The e-mail that carries an MOU draft: to whom, and the suggested subject and message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from partnerdesk.core.document_language import say
from partnerdesk.core.greetings import greeting, greeting_name
from partnerdesk.exports.email_draft import EmailDraft
from partnerdesk.services.mou.drafts import get_mou
from partnerdesk.services.records.email_recipients import email_recipients
from partnerdesk.services.transactions import transaction
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.database import Database
from partnerdesk.store.models import PartnershipRequest


@dataclass(frozen=True)
class MouEmail:
    organization_id: int | None
    chosen_contact_ids: list[int]
    recipients: list[tuple[str, str]]  # (name, address) of those chosen
    subject: str
    body: str


def mou_email(session: Session, mou_id: int, version: int | None = None) -> MouEmail:
    """Addressed to the request's contact (or, without one, the key leaders); the message
    says which version this is, and that it is still a draft to agree on together (its
    open points may be in our cover note, which is never attached)."""
    mou = get_mou(session, mou_id)
    request = session.get(PartnershipRequest, mou.request_id) if mou.request_id else None
    organization_id = request.organization_id if request else None
    chosen: list[int] = []
    recipients: list[tuple[str, str]] = []
    names: list[str] = []
    if organization_id is not None:
        choices = email_recipients(session, organization_id).choices
        primary = [c for c in choices if c.is_primary]
        wanted = [c for c in primary if request is not None and c.contact_id == request.contact_id]
        wanted = wanted or [c for c in primary if c.is_key_leader]
        chosen = [c.contact_id for c in wanted]
        recipients = [(c.name, c.address) for c in wanted]
        names = [greeting_name(c.name, c.given_name, c.family_name) for c in wanted]
    ours = our_organization(session)
    attached = (
        say("email.attached_version", version=version, title=mou.title)
        if version
        else say("email.attached", title=mou.title)
    )
    body = (
        f"{greeting(names)}\n\n{attached}\n\n{say('email.please')}\n\n"
        f"{say('email.regards')}\n" + (ours.name if ours is not None else "")
    ).rstrip()
    subject = (
        say("email.subject_version", title=mou.title, version=version)
        if version
        else say("email.subject", title=mou.title)
    )
    return MouEmail(organization_id, chosen, recipients, subject, body)


def mou_email_draft(session: Session, mou_id: int, attachment: Path, version: int) -> EmailDraft:
    details = mou_email(session, mou_id, version)
    return EmailDraft(details.recipients, details.subject, details.body, attachment)


def email_for_mou(
    database: Database, mou_id: int, version: int | None = None, language: str = "en"
) -> MouEmail:
    """``mou_email`` as a use case of its own (one transaction, only reading), its
    subject and message in ``language``."""
    from partnerdesk.core.document_language import writing_in

    with writing_in(language), transaction(database) as session:
        return mou_email(session, mou_id, version)

"""The signed MOU: marking it signed, its signed copy, and what later changes make of it.

Signing freezes the MOU as it was signed (a version, ``MouSigning.version_number``) as the
baseline. A change to the draft after that is an amendment: compared with the signed
version, exported as a draft again, and it opens a review (the request is "Under review"
until the amended MOU is signed). The signed copy is copied into the data folder's
``signed`` folder, so it stays with the data when the original is moved or deleted.

The use cases the window and the command line call (each its own transaction) are at the
end of the module.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.dates import date_in_words, document_date
from partnerdesk.core.text import clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.mou.drafts import MOU_CHANGED, add_months, get_mou, review_date
from partnerdesk.services.mou.prefill import DEFAULT_REVIEW_MONTHS
from partnerdesk.services.mou.versions import record_version, version_sections
from partnerdesk.services.transactions import transaction
from partnerdesk.store.models import Mou, MouSigning, MouVersion, PartnershipRequest, StageChange

SIGNED_FOLDER_NAME = "signed"
# What a signed copy may be: the PDF or scan a signer sends back, or the Word file itself.
SIGNED_COPY_TYPES = (".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
# The request moved stage: its lists, and the request page's heading (title, stage and
# decision: the part a Detail.DECISION change re-reads), are read again.
_REQUEST_CHANGED = Changes.of(RecordKind.REQUEST, Detail.DECISION)
_SIGNED_STATES = (MouStatus.SIGNED, MouStatus.IN_REVIEW)


@dataclass(frozen=True)
class Party:
    name: str
    signatory: str  # who the MOU says signs for it ("" when not named yet)


@dataclass(frozen=True)
class SigningForm:
    signed_on: date
    # Party name -> who signed for it; every party of the MOU needs one.
    signers: Mapping[str, str]
    signed_copy: Path | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class SignedState:
    """What the window shows about an MOU's signing and its reviews."""

    mou_id: int
    title: str
    status: MouStatus
    parties: tuple[Party, ...]
    signed_on: date | None
    signers: tuple[tuple[str, str], ...]
    signed_version: int | None
    has_signed_copy: bool
    # The draft differs from the signed version: an amendment waiting to be signed.
    amendment_pending: bool
    review_on: date | None
    every_months: int
    last_review_on: date | None

    @property
    def signed(self) -> bool:
        return self.signed_on is not None


def parties_of(sections: Mapping[str, Any]) -> tuple[Party, ...]:
    rows = (sections.get("parties") or {}).get("parties") or []
    return tuple(
        Party(str(row.get("name", "")).strip(), str(row.get("signatory", "")).strip())
        for row in rows
        if str(row.get("name", "")).strip()
    )


def review_interval(sections: Mapping[str, Any]) -> int:
    """How many months apart the MOU's own "review" section puts its reviews."""
    months = (sections.get("review") or {}).get("every_months")
    try:
        return int(months) if months else DEFAULT_REVIEW_MONTHS
    except (TypeError, ValueError):
        return DEFAULT_REVIEW_MONTHS


def latest_signing(session: Session, mou_id: int) -> MouSigning | None:
    return session.scalar(
        select(MouSigning).where(MouSigning.mou_id == mou_id).order_by(MouSigning.id.desc())
    )


def signed_sections(session: Session, mou_id: int) -> dict[str, Any] | None:
    """The MOU as last signed (the baseline), or None when it was never signed."""
    signing = latest_signing(session, mou_id)
    return None if signing is None else version_sections(session, mou_id, signing.version_number)


def signing_dates(session: Session, mou: Mou) -> tuple[date | None, date | None]:
    """(signed on, amends the MOU signed on) for a document of the MOU as it is now.

    The draft still exactly what was signed is the signed MOU: its export says "Signed on
    DATE" instead of DRAFT. A draft changed since is an amendment to the one signed then.
    Never signed: (None, None), an ordinary draft.
    """
    signing = latest_signing(session, mou.id)
    if signing is None:
        return None, None
    baseline = version_sections(session, mou.id, signing.version_number)
    if baseline == dict(mou.sections or {}):
        return signing.signed_on, None
    return None, signing.signed_on


def move_request_stage(
    session: Session, mou: Mou, stage: RequestStage, why: str, who: str = ""
) -> Changes:
    """Move the MOU's request to ``stage`` (recorded as any other move), if it has one."""
    if mou.request_id is None:
        return Changes()
    request = session.get(PartnershipRequest, mou.request_id)
    if request is None or request.deleted_at is not None or request.stage is stage:
        return Changes()
    request.stage_changes.append(
        StageChange(
            from_stage=request.stage, to_stage=stage, note=why, changed_by=clean_single_line(who)
        )
    )
    request.stage = stage
    return _REQUEST_CHANGED


def follow_amendment(session: Session, mou: Mou) -> Changes:
    """After a save: a signed MOU whose draft now differs from the signed version has an
    amendment, which opens a review (the request goes "Under review")."""
    if mou.status is not MouStatus.SIGNED:
        return Changes()
    baseline = signed_sections(session, mou.id)
    if baseline is None or baseline == dict(mou.sections or {}):
        return Changes()
    mou.status = MouStatus.IN_REVIEW
    return move_request_stage(
        session, mou, RequestStage.UNDER_REVIEW, "The signed MOU is being changed (an amendment)."
    )


def _check_form(form: SigningForm, parties: tuple[Party, ...], today: date) -> dict[str, str]:
    if form.signed_on > today:
        raise InvalidInputError(
            translate(
                "Refusals",
                "The signing date, {date}, is still to come. Mark the MOU signed once "
                "both parties have signed it.",
            ).format(date=date_in_words(form.signed_on))
        )
    if not parties:
        raise InvalidInputError(
            translate(
                "Refusals",
                "The MOU names no parties yet. Name both organizations on its Parties page first.",
            )
        )
    signers: dict[str, str] = {}
    for party in parties:
        signer = clean_single_line(form.signers.get(party.name, ""))
        if not signer:
            raise InvalidInputError(
                translate("Refusals", "Please say who signed for {name}.").format(name=party.name)
            )
        signers[party.name] = signer
    return signers


def check_signed_copy(source: Path) -> None:
    """Refuse, in plain words, a signed copy that is not a PDF, scan or Word file."""
    if source.suffix.lower() not in SIGNED_COPY_TYPES:
        raise InvalidInputError(
            translate(
                "Refusals",
                "“{name}” is not a PDF, a scanned image (PNG, JPEG or TIFF) or a Word "
                "file (.docx), so it was not kept as the signed copy.",
            ).format(name=source.name)
        )


def keep_signed_copy(source: Path, data_dir: Path, mou_id: int, signed_on: date) -> str:
    """Copy ``source`` into the data folder's signed folder; returns the name it is kept
    under. The name cannot clash (a random part), and the copy appears whole or not at
    all: it is written to a hidden file first, then renamed."""
    from partnerdesk.regular_files import open_regular_file

    check_signed_copy(source)
    folder = data_dir / SIGNED_FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    name = f"mou-{mou_id}-signed-{signed_on.isoformat()}-{secrets.token_hex(4)}"
    name += source.suffix.lower()
    hidden = folder / f".{name}.part"
    try:
        with open_regular_file(source) as reading, hidden.open("xb") as writing:
            shutil.copyfileobj(reading, writing)
            writing.flush()
            os.fsync(writing.fileno())
        hidden.replace(folder / name)
    except BaseException:
        hidden.unlink(missing_ok=True)
        raise
    return name


def mark_signed(
    session: Session, mou_id: int, form: SigningForm, copy_name: str = "", today: date | None = None
) -> Changes:
    """Record the signing: the draft as it is becomes the signed version (the version
    already exported when it is the same, else a new one), the MOU is signed, its next
    review is set by its own schedule, and the request becomes an active partnership."""
    mou = get_mou(session, mou_id)
    sections = dict(mou.sections or {})
    signers = _check_form(form, parties_of(sections), today or date.today())
    latest = session.scalar(
        select(MouVersion).where(MouVersion.mou_id == mou_id).order_by(MouVersion.number.desc())
    )
    if latest is not None and dict(latest.sections or {}) == sections:
        number = latest.number
    else:
        number = record_version(session, mou_id, f"As signed on {document_date(form.signed_on)}.")
    first_time = latest_signing(session, mou_id) is None
    session.add(
        MouSigning(
            mou_id=mou_id,
            version_number=number,
            signed_on=form.signed_on,
            signers=signers,
            signed_copy=copy_name,
            recorded_by=clean_single_line(form.recorded_by),
        )
    )
    mou.status = MouStatus.SIGNED
    mou.signed_on = form.signed_on
    if first_time or mou.review_on is None:
        stated = review_date(sections, form.signed_on)
        if stated is None or stated <= form.signed_on:
            stated = add_months(form.signed_on, review_interval(sections))
        mou.review_on = stated
    changes = move_request_stage(
        session, mou, RequestStage.ACTIVE, "The MOU was signed.", form.recorded_by
    )
    session.flush()
    return MOU_CHANGED | changes


def load_signed_state(session: Session, mou_id: int) -> SignedState:
    from partnerdesk.store.models import MouReview

    mou = get_mou(session, mou_id)
    sections = dict(mou.sections or {})
    signing = latest_signing(session, mou_id)
    baseline = (
        None if signing is None else version_sections(session, mou_id, signing.version_number)
    )
    last_review = session.scalar(
        select(MouReview.reviewed_on)
        .where(MouReview.mou_id == mou_id)
        .order_by(MouReview.reviewed_on.desc(), MouReview.id.desc())
        .limit(1)
    )
    return SignedState(
        mou.id,
        mou.title,
        mou.status,
        parties_of(sections),
        signing.signed_on if signing else None,
        tuple((signing.signers or {}).items()) if signing else (),
        signing.version_number if signing else None,
        bool(signing and signing.signed_copy),
        baseline is not None and baseline != sections,
        mou.review_on,
        review_interval(sections),
        last_review,
    )


# Use cases: each takes the Database and is one transaction -------------------------------
def signed_state(database: Database, mou_id: int) -> SignedState:
    with transaction(database) as session:
        return load_signed_state(session, mou_id)


def sign_mou(database: Database, mou_id: int, form: SigningForm) -> Changes:
    """Mark the MOU signed; with ``form.signed_copy``, keep a copy of it in the data folder.

    The copy is made first (outside the transaction, which stays short); if the signing
    is then refused or fails, the copy is removed again, so both or neither remain.
    """
    copy_name = ""
    data_dir = database.location.data_dir
    if form.signed_copy is not None:
        check_signed_copy(form.signed_copy)
        with transaction(database) as session:  # refuse before copying a large scan
            _check_form(
                form, parties_of(dict(get_mou(session, mou_id).sections or {})), date.today()
            )
        copy_name = keep_signed_copy(form.signed_copy, data_dir, mou_id, form.signed_on)
    try:
        with transaction(database) as session:
            session.get(Mou, mou_id, with_for_update=True)
            return mark_signed(session, mou_id, form, copy_name)
    except BaseException:
        if copy_name:
            (data_dir / SIGNED_FOLDER_NAME / copy_name).unlink(missing_ok=True)
        raise


def signed_copy_path(database: Database, mou_id: int) -> Path | None:
    """Where the signed copy of the MOU's latest signing is kept; None when none was kept
    (or it is no longer there)."""
    with transaction(database) as session:
        signing = latest_signing(session, mou_id)
        name = signing.signed_copy if signing is not None else ""
    if not name:
        return None
    path = database.location.data_dir / SIGNED_FOLDER_NAME / name
    return path if path.is_file() else None

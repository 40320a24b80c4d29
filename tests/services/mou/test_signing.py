"""The signed MOU: signing freezes a baseline, later changes are an amendment, reviews move on."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.mou_compare import Change
from partnerdesk.services.documents.mou import export_mou
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.mou.drafts import DraftEdit, add_months, mou_for_request, save_draft
from partnerdesk.services.mou.partnerships import list_partnerships
from partnerdesk.services.mou.reviews import (
    ReviewForm,
    changed_since_signing,
    record_review,
    reviews,
    start_review,
    suggested_changes,
)
from partnerdesk.services.mou.signing import (
    SIGNED_FOLDER_NAME,
    SigningForm,
    sign_mou,
    signed_copy_path,
    signed_state,
)
from partnerdesk.services.mou.versions import versions_of
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from partnerdesk.store.models import PartnershipRequest, StageChange

TODAY = date.today()
SIGNED_ON = TODAY - timedelta(days=20)


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def _chw_mou(database: Database) -> int:
    with database.session() as session:
        mou_id = mou_for_request(session, 1)
    assert mou_id is not None
    return mou_id


def _signers(database: Database, mou_id: int) -> dict[str, str]:
    return {party.name: party.signatory for party in signed_state(database, mou_id).parties}


def _stage(database: Database, request_id: int) -> RequestStage:
    with database.session() as session:
        request = session.get(PartnershipRequest, request_id)
        assert request is not None
        return request.stage


def test_signing_freezes_the_baseline_and_the_export_says_signed(
    sample: Database, tmp_path: Path
) -> None:
    mou_id = _chw_mou(sample)
    signers = _signers(sample, mou_id)
    assert len(signers) == 2 and all(signers.values())
    scan = tmp_path / "signed scan.PDF"
    scan.write_bytes(b"%PDF-1.4 signed by both\n")

    sign_mou(sample, mou_id, SigningForm(SIGNED_ON, signers, scan))

    state = signed_state(sample, mou_id)
    assert state.status is MouStatus.SIGNED and state.signed_on == SIGNED_ON
    assert dict(state.signers) == signers and state.signed_version == 1
    assert not state.amendment_pending and state.has_signed_copy
    # The sample MOU is reviewed every 6 months: the first review is counted from signing.
    assert state.review_on == add_months(SIGNED_ON, 6)
    assert _stage(sample, 1) is RequestStage.ACTIVE
    assert [v.signed_on for v in versions_of(sample, mou_id)] == [SIGNED_ON]
    kept = signed_copy_path(sample, mou_id)
    assert kept is not None and kept.parent == sample.location.data_dir / SIGNED_FOLDER_NAME
    assert kept.read_bytes() == scan.read_bytes() and kept.suffix == ".pdf"
    assert not [p for p in kept.parent.iterdir() if p.name.startswith(".")]  # no leftovers
    with sample.session() as session:
        moves = session.scalars(select(StageChange).where(StageChange.request_id == 1)).all()
        assert moves[-1].to_stage is RequestStage.ACTIVE

    import docx

    from partnerdesk.core.dates import document_date

    export_mou(sample, mou_id, tmp_path / "signed.docx")
    header = docx.Document(str(tmp_path / "signed.docx")).sections[0].header.paragraphs[0].text
    assert header == f"Signed on {document_date(SIGNED_ON)}"


def test_a_change_after_signing_is_an_amendment_and_opens_a_review(
    sample: Database, tmp_path: Path
) -> None:
    mou_id = _chw_mou(sample)
    sign_mou(sample, mou_id, SigningForm(SIGNED_ON, _signers(sample, mou_id)))
    review_before = signed_state(sample, mou_id).review_on

    save_draft(
        sample,
        mou_id,
        DraftEdit("communication", {"how_often": "Every two weeks"}, bases=()),
    )

    state = signed_state(sample, mou_id)
    assert state.amendment_pending and state.status is MouStatus.IN_REVIEW
    assert state.review_on == review_before  # the draft no longer moves the review date
    assert _stage(sample, 1) is RequestStage.UNDER_REVIEW
    assert "Communication" in suggested_changes(sample, mou_id)
    # In the window's language, the parts named as its wizard names them.
    assert ("Plan de comunicación", Change.CHANGED) in changed_since_signing(sample, mou_id, "es")
    import docx

    export_mou(sample, mou_id, tmp_path / "amended.docx")
    header = docx.Document(str(tmp_path / "amended.docx")).sections[0].header.paragraphs[0].text
    assert header.startswith("DRAFT amendment to the MOU signed on ")

    # Bringing back the signed version is no amendment: the review is then closed as any.
    from partnerdesk.services.mou.versions import bring_back_version

    bring_back_version(sample, mou_id, 1)
    assert not signed_state(sample, mou_id).amendment_pending
    assert signed_state(sample, mou_id).review_on == review_before
    save_draft(
        sample,
        mou_id,
        DraftEdit("communication", {"how_often": "Every two weeks"}, bases=()),
    )
    # A review recorded while the amendment waits keeps the review open...
    record_review(sample, mou_id, ReviewForm(TODAY, "Marisol, Angela", "More meetings."))
    assert _stage(sample, 1) is RequestStage.UNDER_REVIEW
    # ...until the amended MOU is signed, which makes it the new baseline.
    sign_mou(sample, mou_id, SigningForm(TODAY, _signers(sample, mou_id)))
    state = signed_state(sample, mou_id)
    assert state.status is MouStatus.SIGNED and not state.amendment_pending
    assert state.signed_on == TODAY and state.signed_version == len(versions_of(sample, mou_id))
    assert _stage(sample, 1) is RequestStage.ACTIVE


def test_a_review_is_recorded_and_moves_the_next_review_by_the_mous_schedule(
    sample: Database,
) -> None:
    mou_id = _chw_mou(sample)
    sign_mou(sample, mou_id, SigningForm(SIGNED_ON, _signers(sample, mou_id)))
    start_review(sample, mou_id)
    assert _stage(sample, 1) is RequestStage.UNDER_REVIEW

    reviewed_on = TODAY - timedelta(days=1)
    record_review(sample, mou_id, ReviewForm(reviewed_on, "Marisol Ortega\nAngela Brooks", ""))

    assert signed_state(sample, mou_id).review_on == add_months(reviewed_on, 6)
    assert _stage(sample, 1) is RequestStage.ACTIVE
    done = reviews(sample, mou_id)
    assert [(r.reviewed_on, r.reviewed_by, r.what_changed) for r in done] == [
        (reviewed_on, "Marisol Ortega\nAngela Brooks", "")
    ]
    assert signed_state(sample, mou_id).last_review_on == reviewed_on


def test_refusals_are_plain_and_leave_nothing_behind(sample: Database, tmp_path: Path) -> None:
    mou_id = _chw_mou(sample)
    signers = _signers(sample, mou_id)
    with pytest.raises(InvalidInputError, match="Only a signed MOU is reviewed"):
        record_review(sample, mou_id, ReviewForm(TODAY, "Marisol", ""))
    with pytest.raises(InvalidInputError, match="still to come"):
        sign_mou(sample, mou_id, SigningForm(TODAY + timedelta(days=3), signers))
    first = next(iter(signers))
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG not really")
    with pytest.raises(InvalidInputError, match=f"who signed for {first}"):
        sign_mou(sample, mou_id, SigningForm(SIGNED_ON, {**signers, first: "  "}, scan))
    with pytest.raises(InvalidInputError, match="not a PDF"):
        sign_mou(sample, mou_id, SigningForm(SIGNED_ON, signers, tmp_path / "notes.txt"))
    folder = sample.location.data_dir / SIGNED_FOLDER_NAME
    assert not folder.exists() or not list(folder.iterdir())
    assert signed_state(sample, mou_id).status is MouStatus.DRAFT
    assert _stage(sample, 1) is RequestStage.VETTING


def test_partnerships_list_their_mou_and_dates(sample: Database) -> None:
    rows = {row.id: row for row in list_partnerships(sample)}
    assert set(rows) == {1, 3}  # the declined request is no partnership
    assert rows[1].mou_status == "draft" and rows[1].signed_on is None
    active = rows[3]
    assert active.stage is RequestStage.ACTIVE and active.mou_status == "signed"
    assert active.signed_on == TODAY - timedelta(days=300)
    assert active.next_review_on == add_months(TODAY - timedelta(days=300), 12)
    assert active.funding_ends_on == TODAY + timedelta(days=640)
    # Its roles table's dated rows: one done, one late (services/sample_data/mou.py).
    assert active.late_commitments == 1
    # The sample's second check-up was held 45 days ago (services/sample_data/checkups.py).
    assert active.last_checkup_on == TODAY - timedelta(days=45)
    assert rows[1].last_checkup_on is None

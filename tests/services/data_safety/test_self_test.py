"""The self-test's document steps write real files that Word and mail programs can open."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pytest

from partnerdesk.services.data_safety.self_test import (
    CHART_FILE_NAME,
    DRAFT_FILE_NAME,
    WORD_FILE_NAME,
    document_steps,
    run_steps,
)


def test_document_steps_write_a_word_file_and_a_draft_that_carries_it(tmp_path: Path) -> None:
    results = list(run_steps(document_steps(tmp_path)))
    assert [result.ok for result in results] == [True] * 6, results
    # The chart library and its files (fonts, the Agg renderer) are in the bundle.
    assert results[-3].name == "draw the check-up trend chart as a picture"
    assert (tmp_path / CHART_FILE_NAME).read_bytes().startswith(b"\x89PNG")
    assert results[-2].name == "load the shared database driver and the password store"
    # The contact-reading libraries (charset-normalizer, phonenumbers) are in the bundle.
    assert results[-1].name == "read a contacts file's encoding and phone numbers"

    document = docx.Document(str(tmp_path / WORD_FILE_NAME))
    assert document.paragraphs[0].text == "MOU: Community health worker referrals"
    for name in ("vetting.docx", "profile.docx"):
        assert docx.Document(str(tmp_path / name)).paragraphs

    raw = (tmp_path / DRAFT_FILE_NAME).read_bytes()
    assert b"\r\n" in raw, "drafts use the line endings mail programs expect"
    draft = BytesParser(policy=policy.default).parsebytes(raw)
    assert draft["X-Unsent"] == "1"
    (attachment,) = draft.iter_attachments()
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert attachment.get_content() == (tmp_path / WORD_FILE_NAME).read_bytes()


def test_a_missing_shipped_file_fails_its_step_and_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in a bundle that forgot its resources folder.
    monkeypatch.setattr("partnerdesk.shipped_files.resources_dir", lambda: tmp_path / "nowhere")
    results = list(run_steps(document_steps(tmp_path)))
    assert len(results) == 1
    assert not results[0].ok
    assert "partnerdesk.svg is missing" in results[0].detail

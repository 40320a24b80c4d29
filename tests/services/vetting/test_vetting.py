"""The question bank in the store, answers that keep their wording, and red flags."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.core.choices import Rating
from partnerdesk.core.question_bank import load_question_bank
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.questions import (
    AnswerForm,
    answers_by_key,
    ensure_question_bank,
    request_red_flags,
    save_answer,
)
from partnerdesk.store.database import Database
from partnerdesk.store.models import PartnershipRequest, VettingAnswer, VettingQuestion

TODAY = date(2026, 11, 23)


def test_the_shipped_bank_is_loaded_once_and_user_wording_is_kept(database: Database) -> None:
    bank = load_question_bank()
    with database.session() as session:
        assert ensure_question_bank(session, bank) == len(bank.questions)
        assert ensure_question_bank(session, bank) == 0
        edited = session.query(VettingQuestion).filter_by(key="hard.why-now").one()
        edited.text = "Why are you coming to us only now?"
        edited.is_custom = True
    with database.session() as session:
        assert ensure_question_bank(session, bank) == 0
        kept = session.query(VettingQuestion).filter_by(key="hard.why-now").one()
        assert kept.text == "Why are you coming to us only now?"


def test_an_answer_keeps_the_wording_it_was_asked_in(database: Database) -> None:
    with database.session() as session:
        ensure_question_bank(session)
        request = PartnershipRequest(title="Diabetes education classes")
        session.add(request)
        session.flush()
        request_id = request.id
    save_answer(
        database,
        request_id,
        "data.ownership",
        AnswerForm("The hospital keeps it.", "Not what we want.", Rating.CONCERN, "Kim"),
    )
    with database.session() as session:
        question = session.query(VettingQuestion).filter_by(key="data.ownership").one()
        asked = question.text
        question.text = "Who will own the data, and who may use it?"
        question.wording_revision += 1
    with database.session() as session:
        answer = session.query(VettingAnswer).one()
        assert answer.question_text_asked == asked
        assert answer.question_revision_asked == 1
        assert answers_by_key(session, request_id)["data.ownership"].rating is Rating.CONCERN
    with pytest.raises(RecordMissingError):
        save_answer(database, request_id, "no.such-question", AnswerForm())


def test_the_sample_request_is_partly_vetted_and_raises_red_flags(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
        request = session.query(PartnershipRequest).filter_by(stage="vetting").one()
        answers = answers_by_key(session, request.id)
        codes = {flag.code for flag in request_red_flags(session, request.id, TODAY)}
    assert 3 <= len(answers) < 20
    assert {"funding-ends-soon", "participation-gap", "unacknowledged-harm"} <= codes


def test_answering_the_data_question_clears_its_flag(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
        request_id = session.query(PartnershipRequest).filter_by(stage="vetting").one().id
        assert "no-data-ownership-answer" in {
            f.code for f in request_red_flags(session, request_id, TODAY)
        }
    save_answer(
        database,
        request_id,
        "data.ownership",
        AnswerForm("Our community owns it; they need our permission to use it."),
    )
    with database.session() as session:
        codes = {f.code for f in request_red_flags(session, request_id, TODAY)}
    assert "no-data-ownership-answer" not in codes

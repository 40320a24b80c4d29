"""The check-up statements as shipped, and the arithmetic both sides' ratings go through."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from partnerdesk.core.checkups import (
    CheckupScores,
    CheckupStatementsError,
    StatementRating,
    describe_trend,
    domain_scores,
    gaps_to_discuss,
    load_checkup_statements,
    shipped_statements,
)


def test_the_shipped_statements_cover_the_issue_domains_in_20_to_30_statements() -> None:
    statements = shipped_statements()
    assert 20 <= statements.statement_count <= 30
    assert [domain.title for domain in statements.domains] == [
        "Shared purpose",
        "Trust and respect",
        "Power and decisions",
        "Communication",
        "Data and credit",
        "Resources and sustainability",
        "Benefits to each side and to the community",
        "Commitments kept",
    ]
    assert all(len(domain.statements) >= 2 for domain in statements.domains)
    assert statements.statement("trust.promises") is not None
    assert statements.statement("trust.promises").domain_id == "trust"  # type: ignore[union-attr]


def test_a_domain_score_is_the_mean_of_what_was_rated_and_blank_is_not_low() -> None:
    statements = shipped_statements()
    scores = domain_scores(
        statements,
        [
            StatementRating("trust.promises", 5),
            StatementRating("trust.knowledge", 2),
            StatementRating("trust.people", None, "Not sure yet"),
            StatementRating("no.such.statement", 1),
        ],
    )
    assert scores["trust"] == 3.5
    assert scores["purpose"] is None


def test_gaps_of_two_steps_or_more_come_widest_first_in_the_forms_order() -> None:
    statements = shipped_statements()
    ours = [
        StatementRating("purpose.goals", 5),
        StatementRating("power.decide", 4),
        StatementRating("data.credit", 5),
        StatementRating("data.shared", 3),
    ]
    theirs = [
        StatementRating("purpose.goals", 3),
        StatementRating("power.decide", 3),
        StatementRating("data.credit", 1),
        StatementRating("data.shared", None),
    ]
    gaps = gaps_to_discuss(statements, ours, theirs)
    assert [(gap.statement.id, gap.ours, gap.theirs, gap.size) for gap in gaps] == [
        ("data.credit", 5, 1, 4),
        ("purpose.goals", 5, 3, 2),
    ]


def test_a_rating_outside_one_to_five_is_refused() -> None:
    with pytest.raises(ValueError):
        StatementRating("trust.promises", 6)


def test_the_trend_in_words_names_each_domain_and_what_was_not_rated() -> None:
    statements = shipped_statements()
    history = [
        CheckupScores(1, date(2026, 3, 1), {"trust": 3.0}, {"trust": 2.0}),
        CheckupScores(2, date(2026, 9, 1), {"trust": 4.5}, {}),
    ]
    words = describe_trend(statements, history)
    assert words.splitlines()[0] == "2 check-ups, from 1 Mar 2026 to 1 Sep 2026."
    assert "Trust and respect: ours from 3 to 4.5; theirs not rated." in words
    assert describe_trend(statements, []) == "No check-up has been done yet."


def test_a_hand_broken_statements_file_names_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "checkup_statements.yaml"
    broken.write_text(
        "version: 1\ndomains:\n  - id: trust\n    title: Trust\n    statements:\n"
        "      - id: trust.a\n        text: One.\n      - id: trust.a\n        text: Two.\n",
        encoding="utf-8",
    )
    with pytest.raises(CheckupStatementsError, match=r"line 8: the statement id 'trust.a'"):
        load_checkup_statements(broken)

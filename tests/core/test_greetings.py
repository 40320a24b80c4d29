"""Greeting people by name: a title is never taken for a given name (issue 15)."""

from __future__ import annotations

import pytest

from partnerdesk.core.greetings import greeting, greeting_name


@pytest.mark.parametrize(
    ("full_name", "given", "family", "expected"),
    [
        # As imported from a vCard or CSV: name parts known.
        ("Dr. Priya Raman", "Priya", "Raman", "Dr. Raman"),
        ("Priya Raman", "Priya", "Raman", "Priya"),
        ("Rev. Samuel Whitaker", "Samuel", "Whitaker", "Rev. Whitaker"),
        ("Dr. Ana María de la Cruz", "Ana María", "de la Cruz", "Dr. de la Cruz"),
        # A contact file that put the title in the given-name column.
        ("Dr. Raman", "Dr.", "Raman", "Dr. Raman"),
        # Typed as one name: read from it.
        ("Dr. Priya Raman", "", "", "Dr. Raman"),
        ("Dr Priya Raman", "", "", "Dr Raman"),
        ("Rev. Dr. Amos Lee", "", "", "Rev. Dr. Lee"),
        ("Ms. Keisha Freeman", "", "", "Ms. Freeman"),
        ("Mr. Tomás Reyes", "", "", "Mr. Reyes"),
        ("Mx. Jordan Ellery", "", "", "Mx. Ellery"),
        ("Pastor James Okafor", "", "", "Pastor Okafor"),
        ("Hermana Lucía", "", "", "Hermana Lucía"),
        ("Sr. José Martínez", "", "", "Sr. Martínez"),
        ("Sra. Carmen Ibáñez de la Vega", "", "", "Sra. de la Vega"),
        ("Ms. Ana María de la Cruz", "", "", "Ms. de la Cruz"),
        ("Priya Raman", "", "", "Priya"),
        ("Robert Castellano Sr.", "", "", "Robert"),
        ("Dr. Marcus Webb Jr.", "", "", "Dr. Webb"),
        ("Priya", "", "", "Priya"),
        ("Nguyễn Thị Lan", "Lan", "Nguyễn", "Lan"),
        # Nothing to greet by: a bare title, an e-mail address kept as the name.
        ("Dr.", "", "", ""),
        ("Dr.", "Priya", "", "Priya"),
        ("angela@riverbend-health.example", "", "", ""),
        ("", "", "", ""),
    ],
)
def test_the_name_a_person_is_greeted_by(
    full_name: str, given: str, family: str, expected: str
) -> None:
    assert greeting_name(full_name, given, family) == expected


def test_never_a_bare_title() -> None:
    for title in ("Dr.", "Rev.", "Ms.", "Mr.", "Mx.", "Pastor", "Hermana", "Sr.", "Sra."):
        assert greeting_name(f"{title} Priya Raman") == f"{title} Raman"
        assert greeting_name(title) == ""


def test_the_greeting_line() -> None:
    assert greeting([]) == "Hello,"
    assert greeting([""]) == "Hello,"
    assert greeting(["Dr. Raman"]) == "Dear Dr. Raman,"
    assert greeting(["Dr. Raman", "Priya"]) == "Dear Dr. Raman and Priya,"
    assert greeting(["Angela", "Robert", "Lan"]) == "Dear Angela, Robert and Lan,"

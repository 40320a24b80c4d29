"""The snippets a shared database's search shows (cut in Python, services/records/
search_postgres.py): the words around the first match, matches marked, accents folded."""

from __future__ import annotations

from partnerdesk.services.records.search_postgres import snippet

MARKS = ("[", "]")


def test_a_match_deep_in_a_long_note_shows_the_words_around_it() -> None:
    words = [f"word{number}" for number in range(400)]
    words[300] = "Hospital"
    words[305] = "hospitality"
    shown = snippet([" ".join(words)], ["hos"], MARKS, 12, 10_000)
    assert shown == (
        "…word296 word297 word298 word299 [Hospital] word301 word302 word303 word304 "
        "[hospitality] word306 word307…"
    )


def test_near_the_start_nothing_is_left_out_before() -> None:
    shown = snippet(["Call with Hélène about the survey"], ["helene", "sur"], MARKS, 12, 3000)
    assert shown == "Call with [Hélène] about the [survey]"


def test_the_first_text_with_a_match_is_shown() -> None:
    texts = ["Quarterly meeting", "", "Ask José Ramírez for the numbers"]
    assert snippet(texts, ["ram"], MARKS, 4, 3000) == "…José [Ramírez] for the…"
    assert snippet(texts, ["zzz"], MARKS, 12, 3000) == ""


def test_a_word_inside_another_is_not_a_match() -> None:
    assert snippet(["the shospital and hospital"], ["hos"], MARKS, 12, 3000) == (
        "the shospital and [hospital]"
    )

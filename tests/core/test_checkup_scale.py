"""One rating scale, in the same words for our staff (the app) and the partner (the form)."""

from __future__ import annotations

from partnerdesk.core.checkup_form import introduction, read_rating
from partnerdesk.core.checkups import SCALE_WORDS, scale_choice, scale_in_words


def test_the_partners_form_explains_the_scale_the_app_shows() -> None:
    words = " ".join(introduction("Eastside Pantry", "Mercy General"))
    assert scale_in_words() in words
    assert "3 = partly" in words and "somewhat" not in words
    assert scale_choice(3) == "3 – partly"


def test_each_word_of_the_scale_is_read_back_as_its_rating() -> None:
    for score, word in SCALE_WORDS.items():
        assert read_rating(word).score == score
        assert read_rating(scale_choice(score)).score == score

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


def test_the_form_in_each_language_explains_a_scale_read_back_as_its_ratings() -> None:
    from partnerdesk.core.checkup_form import scale_in_document_words
    from partnerdesk.core.document_language import (
        DOCUMENT_LANGUAGES,
        ENGLISH,
        document_words,
        writing_in,
    )

    with writing_in(ENGLISH):
        assert scale_in_document_words() == scale_in_words()
    for language in DOCUMENT_LANGUAGES:
        words = document_words(language)
        for score in SCALE_WORDS:
            word = str(words[f"checkup_form.scale.{score}"])
            assert read_rating(word).score == score, (language, word)
            assert read_rating(f"{score} – {word}") == read_rating(str(score))

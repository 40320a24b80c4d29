"""The partner's side of a check-up on paper: the words of the Word form we send, and what
a Rating cell people typed into means.

Shared by exports/checkup_form_docx.py (writes the form) and imports/checkup_form.py (reads
it back), so both agree on the column headings, on the hidden mark that ties each row to
its statement, and on the rating scale the introduction explains.

Reading a Rating cell forgives what people actually type: "4", "4.", "4/5", "4 out of 5",
"4 - Agree", "four", "IV", "Agree", "Mostly", "De acuerdo"… A number or a rating word
followed by more words keeps the rating and hands the words on to the comment. "N/A",
"?" or "don't know" is no rating, and no problem either. A number between two ratings
("3.5", "3-4") is rounded to the nearest whole rating, halves upwards, and said so: the
user sees it in the list of what to check, and a rating close to what they meant starts a
better conversation than none. Anything else is no rating, with the reason in plain words.
Nothing here raises on odd text.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass

from partnerdesk.core.checkups import HIGHEST_SCORE, LOWEST_SCORE
from partnerdesk.core.document_language import DOCUMENT_LANGUAGES, document_words, say
from partnerdesk.core.translation import translate

_LANGUAGES = tuple(DOCUMENT_LANGUAGES)

# The form's words are document words ("checkup_form.*" in resources/document_words.yaml
# and each language's copy), written in the language chosen for the form. Its reading
# knows them in every language, whichever the form was written in.
_WORDS_KEY = "checkup_form."


def form_title() -> str:
    """ "How is our partnership going?", in the document's language."""
    return say("checkup_form.title")


def closing() -> str:
    return say("checkup_form.closing")


def headings() -> tuple[str, str, str]:
    """The columns, in the document's language: Statement | Rating (1–5) | Comments."""
    return (
        say("checkup_form.statement"),
        say("checkup_form.rating"),
        say("checkup_form.comments"),
    )


def headings_in_every_language() -> tuple[tuple[str, str, str], ...]:
    """The columns as each document language writes them (for reading a form back)."""
    found = []
    for language in _LANGUAGES:
        statement, rating, comments = _words_in(language, "statement", "rating", "comments")
        found.append((statement, rating, comments))
    return tuple(found)


def closings_in_every_language() -> tuple[str, ...]:
    return tuple(_words_in(language, "closing")[0] for language in _LANGUAGES)


def _words_in(language: str, *keys: str) -> tuple[str, ...]:
    words = document_words(language)
    return tuple(str(words[_WORDS_KEY + key]) for key in keys)


def scale_in_document_words() -> str:
    """The whole scale in the document's language: "1 = not at all, …, 5 = fully" (in
    English the words the app shows, core.checkups.SCALE_WORDS)."""
    return ", ".join(
        say("checkup_form.scale_step", score=score, words=say(f"checkup_form.scale.{score}"))
        for score in range(LOWEST_SCORE, HIGHEST_SCORE + 1)
    )


# Word bookmark names: a letter or "_" first, letters, digits and "_", at most 40. A
# leading "_" makes Word list it only under "Hidden bookmarks", out of the partner's way.
_MARK_PREFIX = "_pd_"
_MARK_LONGEST = 40


def statement_mark(statement_id: str) -> str:
    """The hidden bookmark name that ties a form row to its statement.

    Bookmarks move with their text when rows are sorted, tables split or the whole form
    is copied into another document, and LibreOffice keeps them; the statement's wording
    is the fallback when one is lost.
    """
    name = _MARK_PREFIX + re.sub(r"[^a-z0-9]", "_", statement_id.casefold())
    if len(name) > _MARK_LONGEST:
        digest = hashlib.sha1(statement_id.encode("utf-8"), usedforsecurity=False).hexdigest()
        name = _MARK_PREFIX + digest[: _MARK_LONGEST - len(_MARK_PREFIX)]
    return name


def introduction(our_name: str, their_name: str) -> tuple[str, ...]:
    """The form's opening paragraphs, from us to the partner, in the document's language."""
    greeting = (
        say("checkup_form.dear", organization=their_name)
        if their_name
        else say("checkup_form.dear_all")
    )
    return (
        greeting,
        say("checkup_form.hear", we=our_name or say("checkup_form.we")),
        say("checkup_form.honest"),
        say("checkup_form.how", scale=scale_in_document_words()),
        say("checkup_form.send_back"),
    )


@dataclass(frozen=True)
class CellRating:
    """What one Rating cell says.

    ``score`` 1–5 or None; ``comment`` words typed after the rating, for the comment;
    ``problem`` "" when read cleanly, else why in plain words — with a score when the
    rating was rounded (the user checks it), without one when nothing could be read.
    """

    score: int | None
    comment: str = ""
    problem: str = ""


# Rating words, English and Spanish (many partners' staff write in Spanish), folded as
# ``_fold`` leaves them. The longest phrase that starts the cell wins.
_WORDS: dict[str, int] = {}
for _score, _phrases in {
    1: (
        "not at all",
        "strongly disagree",
        "totally disagree",
        "completely disagree",
        "disagree strongly",
        "disagree completely",
        "never",
        "none",
        "not really",
        "totalmente en desacuerdo",
        "muy en desacuerdo",
        "completamente en desacuerdo",
        "para nada",
        "en absoluto",
        "nada",
        "nunca",
    ),
    2: (
        "a little",
        "a bit",
        "slightly",
        "rarely",
        "seldom",
        "disagree",
        "somewhat disagree",
        "mostly disagree",
        "en desacuerdo",
        "un poco",
        "poco",
        "casi nunca",
    ),
    3: (
        "somewhat",
        "neutral",
        "neither agree nor disagree",
        "partly",
        "partially",
        "in part",
        "sometimes",
        "so so",
        "more or less",
        "moderately",
        "ni de acuerdo ni en desacuerdo",
        "mas o menos",
        "en parte",
        "algo",
        "a veces",
        "regular",
    ),
    4: (
        "mostly",
        "agree",
        "somewhat agree",
        "largely",
        "usually",
        "often",
        "mostly agree",
        "de acuerdo",
        "bastante",
        "mayormente",
        "en su mayoria",
        "casi siempre",
    ),
    5: (
        "fully",
        "strongly agree",
        "totally agree",
        "completely agree",
        "fully agree",
        "agree strongly",
        "agree completely",
        "agree fully",
        "completely",
        "totally",
        "always",
        "absolutely",
        "totalmente de acuerdo",
        "muy de acuerdo",
        "completamente de acuerdo",
        "completamente",
        "totalmente",
        "plenamente",
        "siempre",
    ),
}.items():
    for _phrase in _phrases:
        _WORDS[_phrase] = _score

# No rating, and no problem: they said they cannot say.
_UNKNOWN = (
    "n a",
    "na",
    "not applicable",
    "don t know",
    "dont know",
    "do not know",
    "unknown",
    "not sure",
    "unsure",
    "no idea",
    "no opinion",
    "can t say",
    "cannot say",
    "no se",
    "no lo se",
    "no aplica",
    "no sabe",
    "ns nc",
    "sin opinion",
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}

# Longest first, so "strongly disagree" is found before "disagree" (or "n a" before "na").
_PHRASES = sorted(
    [(phrase, score) for phrase, score in _WORDS.items()] + [(phrase, None) for phrase in _UNKNOWN],
    key=lambda pair: -len(pair[0]),
)

_SPACE = re.compile(r"\s+")
# A number first: "4", "4.", "3.5", "3,5", then perhaps "/5", "out of 5", "de 5", or a
# second number making a range ("3-4", "3 to 4", "3 o 4").
_LEADING_NUMBER = re.compile(
    r"""^(?P<first>\d{1,4}(?:[.,]\d+)?)(?![\d\w])
        (?:\s*(?:-|–|—|to|or|a|o|y|and)\s*(?P<second>\d{1,4}(?:[.,]\d+)?)(?![\d\w]))?
        (?:\s*(?:/|out\s+of|of|de|sobre)\s*(?P<scale>\d{1,4})(?![\d\w]))?""",
    re.VERBOSE | re.IGNORECASE,
)
# What may stand between a rating and the comment typed after it.
_SEPARATORS = " \t\n-–—:;,.=)]}>|/·•*!\"'“”‘’«»"
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "´": "'", "`": "'"})


def _fold(text: str) -> str:
    """Lower case, accents and punctuation aside, single spaces: how phrases are compared."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.findall(r"[^\W_]+", text))


def _rest(text: str) -> str:
    """The words left after the rating, without the punctuation that joined them to it."""
    rest = text.strip(_SEPARATORS + "(")
    # "4 (we meet monthly)": the brackets were only around the comment.
    if text.lstrip(_SEPARATORS).startswith("(") and rest.endswith(")"):
        rest = rest[:-1]
    return rest.strip()


def _quoted(text: str, longest: int = 40) -> str:
    flat = " ".join(text.split())
    return "“" + (flat if len(flat) <= longest else flat[: longest - 1] + "…") + "”"


def _not_a_rating(text: str) -> CellRating:
    return CellRating(
        None,
        "",
        translate("ReadingForms", "{typed} is not a rating from {lowest} to {highest}").format(
            typed=_quoted(text), lowest=LOWEST_SCORE, highest=HIGHEST_SCORE
        ),
    )


def read_rating(text: str) -> CellRating:
    """What a Rating cell says: a score, no rating, or a problem. Never raises."""
    flat = _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()
    # Quotes and brackets around the whole cell, or a stray full stop, are no part of it.
    core = flat.strip(" \"'“”‘’«»*.")
    if not core or (_fold(core) == "" and core.strip("?¿!¡ -–—") == ""):
        return CellRating(None)  # blank, "?", "-": left for not knowing
    number = _LEADING_NUMBER.match(core)
    if number is not None:
        return _numbered(core, number)
    return _worded(core, flat)


def _as_number(text: str) -> float:
    return float(text.replace(",", "."))


def _numbered(core: str, number: re.Match[str]) -> CellRating:
    typed = number.group(0).strip()
    rest = _rest(core[number.end() :])
    scale = number.group("scale")
    try:
        first = _as_number(number.group("first"))
        second = number.group("second")
        value = (first + _as_number(second)) / 2 if second else first
    except ValueError:
        return _not_a_rating(core)
    if scale is not None and int(scale) != HIGHEST_SCORE:
        return CellRating(
            None,
            rest,
            translate(
                "ReadingForms",
                "{typed} is on another scale; the form asks for a rating from {lowest} to "
                "{highest}",
            ).format(typed=_quoted(typed), lowest=LOWEST_SCORE, highest=HIGHEST_SCORE),
        )
    if not math.isfinite(value) or not LOWEST_SCORE <= value <= HIGHEST_SCORE:
        return CellRating(
            None,
            rest,
            translate("ReadingForms", "{typed} is not a rating from {lowest} to {highest}").format(
                typed=_quoted(typed), lowest=LOWEST_SCORE, highest=HIGHEST_SCORE
            ),
        )
    # "4 - Agree", "5 (fully)": the word only repeats the number; keep no comment of it.
    rest = _without_rating_word(rest)
    score = math.floor(value + 0.5)
    if score == value:
        return CellRating(score, rest)
    return CellRating(
        score,
        rest,
        translate(
            "ReadingForms",
            "{typed} is between two ratings; it was read as {score} (ratings are whole "
            "numbers, halves are rounded up): check it with them",
        ).format(typed=_quoted(typed), score=score),
    )


def _without_rating_word(rest: str) -> str:
    """ "Agree, but we rarely meet" after a number: the word only repeats the number."""
    worded = _phrase_at_start(_fold(rest))
    return rest if worded is None else _after_words(rest, len(worded[0].split(" ")))


def _phrase_at_start(folded: str) -> tuple[str, int | None] | None:
    for phrase, score in _PHRASES:
        if folded == phrase or folded.startswith(phrase + " "):
            return phrase, score
    return None


def _worded(core: str, flat: str) -> CellRating:
    folded = _fold(core)
    # "four", "IV", "cuatro": a number in words, alone or before a separator ("four - mostly")
    head = re.match(r"^([^\W\d_]+)\s*(?:[-–—:;,.=(/]|out of|$)", core.casefold())
    if head is not None and (head.group(1) in _NUMBER_WORDS or head.group(1) in _ROMAN):
        named = head.group(1)
        # A lone "I" is a Roman one; "I think…" is not (the separator above ensures it).
        number = _NUMBER_WORDS.get(named) or _ROMAN[named]
        after = core[len(named) :]
        scaled = re.match(r"^\s*(?:/|out\s+of|de|sobre)\s*(\d+)", after, re.IGNORECASE)
        if scaled is not None:
            if int(scaled.group(1)) != HIGHEST_SCORE:
                return _not_a_rating(core)
            after = after[scaled.end() :]
        rest = _rest(after)
        rest = _without_rating_word(rest)
        return CellRating(number, rest)
    found = _phrase_at_start(folded)
    if found is None:
        return _not_a_rating(flat)
    phrase, score = found
    # Cut as many words off the cell as the phrase has, keeping the rest as typed.
    rest = _after_words(core, len(phrase.split(" ")))
    # "Partly agree", "Mostly, agree": the words after only say the rating again, so they
    # are no comment. Anything more ("Mostly: we meet weekly") stays the comment.
    if _only_rating_words(rest):
        rest = ""
    return CellRating(score, rest)


def _only_rating_words(text: str) -> bool:
    folded = _fold(text)
    return bool(folded) and (folded in _WORDS or folded in _UNKNOWN)


def _after_words(text: str, count: int) -> str:
    """``text`` without its first ``count`` words (as ``_fold`` counts them)."""
    position = 0
    for _ in range(count):
        found = re.search(r"[^\W_]+", text[position:].translate(_QUOTES))
        if found is None:
            return ""
        position += found.end()
    return _rest(text[position:])

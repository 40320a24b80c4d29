"""How a letter greets a person: "Dear Dr. Raman," or "Dear Priya," — never "Dear Dr.,".

A full name may begin with a title ("Dr. Priya Raman", "Pastor James Okafor", "Hermana Lucía
Gómez"). With a title, the person is greeted by title and family name, as they present
themselves; without one, by their given name. The given and family names a contact file
(vCard, CSV) gave are used when there are any; otherwise they are read from the full name.
"""

from __future__ import annotations

from collections.abc import Sequence

# Titles written before a name, compared without case or a final full stop.
TITLES = frozenset(
    {
        "dr",
        "doctor",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "rev",
        "revd",
        "reverend",
        "pastor",
        "fr",
        "father",
        "sister",
        "sr",  # Spanish Señor as a title; Sr. after a name is "Senior" (see SUFFIXES)
        "sra",
        "srta",
        "doña",
        "dra",
        "hermana",
        "hermano",
        "brother",
        "bishop",
        "imam",
        "rabbi",
        "elder",
        "deacon",
        "minister",
        "hon",
        "mme",
        "mlle",
    }
)
# Written after a name: never a family name.
SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "md", "phd", "dds", "rn", "np", "mph", "msw", "lcsw", "esq"}
)
# Words that belong to the family name that follows them ("de la Cruz", "van der Berg").
PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le"}
    | {"van", "von", "ten", "ter", "bin", "binti", "al", "el", "y"}
)


def _bare(word: str) -> str:
    return word.strip(",").rstrip(".").casefold()


def is_title(word: str) -> bool:
    return _bare(word) in TITLES


def greeting_name(full_name: str, given_name: str = "", family_name: str = "") -> str:
    """The words after "Dear" for one person ("" when the record holds no usable name)."""
    # A contact saved with only an e-mail address has it as its name: no name to greet.
    words = [] if "@" in full_name else full_name.split()
    titles: list[str] = []
    while words and is_title(words[0]) and (len(words) > 1 or not titles):
        titles.append(words.pop(0))
    while words and _bare(words[-1]) in SUFFIXES and len(words) > 1:
        words.pop()
    # A title kept in the given-name field by a contact file ("Dr." / "Raman").
    given_words = given_name.split()
    given_titles: list[str] = []
    while given_words and is_title(given_words[0]):
        given_titles.append(given_words.pop(0))
    titles = titles or given_titles
    given = " ".join(given_words)
    family = family_name.strip()
    if titles:
        family = family or _family_from(words)
        if family:
            return f"{' '.join(titles)} {family}"
        # "Dr." and nothing else: a title is never a name.
        return given
    return given or (words[0] if words else "")


def _family_from(words: Sequence[str]) -> str:
    """The family name at the end of a name, with the particles before it."""
    if not words:
        return ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in PARTICLES:
        start -= 1
    if len(words) == 1:
        return words[0]
    return " ".join(words[start:])


def greeting(names: Sequence[str]) -> str:
    """ "Dear A," / "Dear A and B," / "Dear A, B and C,"; "Hello," with no names; in the
    document's language (Spanish greets without a gendered "Estimado/a": "Buenos días, A:")."""
    from partnerdesk.core.document_language import say

    names = [name for name in names if name]
    if not names:
        return say("greeting.hello")
    if len(names) == 1:
        return say("greeting.dear", names=names[0])
    listed = say("mou.list_and", first=", ".join(names[:-1]), last=names[-1])
    return say("greeting.dear", names=listed)

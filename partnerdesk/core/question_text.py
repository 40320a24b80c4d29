"""A question as it is asked of one organization: its placeholders filled from the record.

The shipped hard questions are quoted word for word, with "(X) years" where the number of
years the organization has been active in our community goes. When the record says it,
the question reads with the number; when it does not, it reads plainly without one ("has
been around for years"): the question goes out to them as it is, and "(X)" is not a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEARS = re.compile(r"\(X\)\s+years?\b")
# The same place in the Spanish bank's wording ("(X) años").
_AÑOS = re.compile(r"\(X\)\s+años?\b")


@dataclass(frozen=True)
class RecordFacts:
    """What the record says that a question can be worded with."""

    years_in_community: int | None = None


def fill_placeholders(text: str, facts: RecordFacts) -> str:
    years = facts.years_in_community
    if years is None or years < 0:
        return _AÑOS.sub("años", _YEARS.sub("years", text))
    text = _YEARS.sub(f"{years} year" if years == 1 else f"{years} years", text)
    return _AÑOS.sub(f"{years} año" if years == 1 else f"{years} años", text)

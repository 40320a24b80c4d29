"""Small pieces of plain English that depend on a number ("1 person", "3 people").

Until the interface goes through Qt's translation files (with their plural forms), every
count shown to a user is worded here, so "1 organizations" cannot slip back in.
"""

from __future__ import annotations


def count_of(number: int, one: str, many: str) -> str:
    """``count_of(1, "person", "people")`` → "1 person"; thousands get separators."""
    return f"{number:,} {one if number == 1 else many}"

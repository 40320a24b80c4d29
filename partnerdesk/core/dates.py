"""Dates as people read them."""

from __future__ import annotations

from datetime import date


def friendly_date(value: date) -> str:
    """A date as people write it ("3 Nov 2026"), the same on every platform."""
    return f"{value.day} {value:%b %Y}"

"""A partner profile as the Word export reads it: plain data, never a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerdesk.core.profile_prompts import ProfilePrompts


@dataclass(frozen=True)
class ProfileReport:
    """Everything the Word export needs, as plain data."""

    organization: str
    is_ours: bool
    prompts: ProfilePrompts
    answers: dict[str, str]
    our_organization: str
    prepared_on: date

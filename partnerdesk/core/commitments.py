"""Commitments: what each side promised, taken from the MOU and from a decision's conditions.

The roles table's rows, each SMARTIE goal and each condition of a "proceed with conditions"
decision become one commitment each. Its status is stored as open, done or dropped; "late"
is never stored: it is an open commitment whose due date has passed, so it never goes stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from partnerdesk.core.choices import LabelledChoice, label_choices
from partnerdesk.core.dates import UnreadableDateError, read_date
from partnerdesk.core.text import clean_single_line
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate


class CommitmentSource(LabelledChoice):
    ROLE = "role"  # a row of the MOU's roles table
    GOAL = "goal"  # a SMARTIE goal of the MOU
    CONDITION = "condition"  # a condition of a "proceed with conditions" decision


class CommitmentStatus(LabelledChoice):
    """As stored. ``LATE`` is shown, never stored (see ``shown_status``)."""

    OPEN = "open"
    DONE = "done"
    LATE = "late"
    DROPPED = "dropped"


label_choices(
    {
        CommitmentSource.ROLE: QT_TRANSLATE_NOOP("CommitmentSource", "Role"),
        CommitmentSource.GOAL: QT_TRANSLATE_NOOP("CommitmentSource", "Goal"),
        CommitmentSource.CONDITION: QT_TRANSLATE_NOOP("CommitmentSource", "Condition"),
        CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("CommitmentStatus", "Open"),
        CommitmentStatus.DONE: QT_TRANSLATE_NOOP("CommitmentStatus", "Done"),
        CommitmentStatus.LATE: QT_TRANSLATE_NOOP("CommitmentStatus", "Late"),
        CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("CommitmentStatus", "Dropped"),
    }
)

# Why the app itself dropped a commitment: its source is gone. Such a commitment comes back
# (as it was) when its source does; one the user dropped stays dropped.
# They are stored as written here (in English); the window shows them in its language
# (``shown_words``), so they are marked for lupdate.
REMOVED_FROM_MOU = QT_TRANSLATE_NOOP("commitments", "removed from the MOU")
NO_LONGER_A_CONDITION = QT_TRANSLATE_NOOP("commitments", "no longer a condition of the decision")
REMOVED_REASONS = (REMOVED_FROM_MOU, NO_LONGER_A_CONDITION)

BOTH_PARTIES = QT_TRANSLATE_NOOP("commitments", "Both of us")


def shown_words(stored: str) -> str:
    """A party or a reason to drop as the window shows it: the words PartnerDesk itself
    stored ("Both of us") in the screen's language, anything the user wrote as written."""
    if stored in (BOTH_PARTIES, *REMOVED_REASONS):
        return translate("commitments", stored)
    return stored


# Soon: what the Today page lists ahead of its due date (as for follow-ups).
DUE_SOON_DAYS = 14


def shown_status(status: CommitmentStatus, due_on: date | None, today: date) -> CommitmentStatus:
    if status is CommitmentStatus.OPEN and due_on is not None and due_on < today:
        return CommitmentStatus.LATE
    return status


def due_date(text: str) -> date | None:
    """The date a "due" cell means, or None ("Weekly", "Quarterly", "" are not dates)."""
    try:
        return read_date(text)
    except UnreadableDateError:
        return None


_BULLET = re.compile(r"^\s*(?:[-*•–]|\(?\d{1,2}[.)])\s*")
_DATE_IN_TEXT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}",
    re.IGNORECASE,
)


def date_in(text: str) -> date | None:
    """The first written date in a goal or condition ("… by March 31, 2027"), if any."""
    for found in _DATE_IN_TEXT.finditer(text):
        day = due_date(found.group(0))
        if day is not None:
            return day
    return None


def goals_of(text: str) -> list[str]:
    """One goal per paragraph (as the goals page asks), lines of a paragraph joined."""
    paragraphs = re.split(r"\n\s*\n", text or "")
    return [" ".join(part.split()) for part in paragraphs if part.strip()]


def conditions_of(text: str) -> list[str]:
    """One condition per line, list marks ("-", "1.") taken off."""
    lines = (_BULLET.sub("", line).strip() for line in (text or "").splitlines())
    return [line for line in lines if line]


@dataclass(frozen=True)
class Promise:
    """One commitment as its source states it."""

    what: str
    party: str
    due_text: str
    due_on: date | None


def roles_promises(sections: dict[str, Any]) -> list[Promise]:
    rows = ((sections or {}).get("roles") or {}).get("roles") or []
    promises = []
    for row in rows:
        what = clean_single_line(str(row.get("responsibility", "") or ""))
        due_text = clean_single_line(str(row.get("due", "") or ""))
        if what:
            party = clean_single_line(str(row.get("party", "") or ""))
            promises.append(Promise(what, party, due_text, due_date(due_text)))
    return promises


def goal_promises(sections: dict[str, Any]) -> list[Promise]:
    text = str(((sections or {}).get("goals") or {}).get("goals") or "")
    return [_dated(goal, BOTH_PARTIES) for goal in goals_of(text)]


def condition_promises(text: str, party: str) -> list[Promise]:
    """A "proceed with conditions" decision's conditions: ``party`` must meet each."""
    return [_dated(line, party) for line in conditions_of(text)]


def _dated(what: str, party: str) -> Promise:
    due_on = date_in(what)
    return Promise(what, party, due_on.isoformat() if due_on else "", due_on)

"""The sections of the main window: their keys, titles and the records they list."""

from __future__ import annotations

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import RecordKind

# Page keys, in navigation order, with their titles (icons are resources/icons/nav-KEY.svg).
NAVIGATION: list[tuple[str, str]] = [
    ("today", QT_TRANSLATE_NOOP("navigation", "Today")),
    ("organizations", QT_TRANSLATE_NOOP("navigation", "Organizations")),
    ("contacts", QT_TRANSLATE_NOOP("navigation", "Contacts")),
    ("requests", QT_TRANSLATE_NOOP("navigation", "Requests")),
    ("partnerships", QT_TRANSLATE_NOOP("navigation", "Partnerships")),
    ("notes", QT_TRANSLATE_NOOP("navigation", "Notes")),
    ("trash", QT_TRANSLATE_NOOP("navigation", "Trash")),
]
# Pages outside the navigation, and the entry that stays highlighted while they show.
NAVIGATION_PARENT = {"organization": "organizations", "request": "requests", "search": ""}
PAGE_OF_KIND = {
    RecordKind.ORGANIZATION: "organizations",
    RecordKind.CONTACT: "contacts",
    RecordKind.REQUEST: "requests",
    RecordKind.NOTE: "notes",
}
# View menu shortcuts (Ctrl+N): a page added later takes the next number, so the keys
# people learned for the others stay the same.
SHORTCUT_NUMBER = {
    "today": 1,
    "organizations": 2,
    "contacts": 3,
    "requests": 4,
    "notes": 5,
    "trash": 6,
    "partnerships": 7,
}

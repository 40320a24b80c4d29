"""``list commitments``: each promise of every partnership, with its status."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from partnerdesk.commands import EXIT_OK, EXIT_USAGE, shown_date
from partnerdesk.core.commitments import shown_words
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from partnerdesk.services.commitments.lists import CommitmentLine

WHAT_WIDTH = 60


def command_list_commitments(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.commitments.lists import JSON_FIELDS, list_commitments
    from partnerdesk.services.database_access import open_database

    due_within = arguments.due_within
    if due_within is not None and due_within < 0:
        print(
            translate("Commands", "--due-within takes a number of days from today: 0 or more."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    database = open_database(location)
    try:
        lines = list_commitments(database, due_within)
    finally:
        database.close()
    records = [line.as_json() for line in lines]
    if arguments.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not records:
        print(
            translate("Commands", "No commitments due then.")
            if due_within is not None
            else translate("Commands", "No commitments yet.")
        )
        return EXIT_OK
    table = [[_title(key) for key in JSON_FIELDS]]
    table += [[_cell(key, line) for key in JSON_FIELDS] for line in lines]
    widths = [max(len(line[i]) for line in table) for i in range(len(JSON_FIELDS))]
    for line in table:
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells).rstrip())
    return EXIT_OK


# The text table's headers, and its statuses, in the reader's language; --json keeps the
# keys and the stored values ("open") for other programs.
TITLES = {
    "id": QT_TRANSLATE_NOOP("Commands", "ID"),
    "request_id": QT_TRANSLATE_NOOP("Commands", "Request"),
    "what": QT_TRANSLATE_NOOP("Commands", "What"),
    "party": QT_TRANSLATE_NOOP("Commands", "Party"),
    "due_on": QT_TRANSLATE_NOOP("Commands", "Due"),
    "status": QT_TRANSLATE_NOOP("Commands", "Status"),
}
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Commands", "open"),
    "done": QT_TRANSLATE_NOOP("Commands", "done"),
    "late": QT_TRANSLATE_NOOP("Commands", "late"),
    "dropped": QT_TRANSLATE_NOOP("Commands", "dropped"),
}


def _title(key: str) -> str:
    return translate("Commands", TITLES[key]) if key in TITLES else key.capitalize()


def _cell(key: str, line: CommitmentLine) -> str:
    if key == "status":
        return translate("Commands", STATUS_WORDS.get(line.status.value, line.status.value))
    if key == "party":
        return shown_words(line.party)
    if key == "due_on":
        return "" if line.due_on is None else shown_date(line.due_on)
    value = line.as_json()[key]
    text = "" if value is None else str(value)
    # A long goal would push every column off the screen; --json has it whole.
    return text[: WHAT_WIDTH - 1] + "…" if key == "what" and len(text) > WHAT_WIDTH else text

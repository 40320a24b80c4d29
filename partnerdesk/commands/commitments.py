"""``list commitments``: each promise of every partnership, with its status."""

from __future__ import annotations

import argparse
import json
import sys

from partnerdesk.commands import EXIT_OK, EXIT_USAGE
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

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
    titles = {
        "id": translate("Commands", "ID"),
        "request_id": translate("Commands", "Request"),
        "due_on": translate("Commands", "Due"),
    }
    table = [[titles.get(key, key.capitalize()) for key in JSON_FIELDS]]
    table += [[_cell(key, r[key]) for key in JSON_FIELDS] for r in records]
    widths = [max(len(line[i]) for line in table) for i in range(len(JSON_FIELDS))]
    for line in table:
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells).rstrip())
    return EXIT_OK


def _cell(key: str, value: object) -> str:
    text = "" if value is None else str(value)
    # A long goal would push every column off the screen; --json has it whole.
    return text[: WHAT_WIDTH - 1] + "…" if key == "what" and len(text) > WHAT_WIDTH else text

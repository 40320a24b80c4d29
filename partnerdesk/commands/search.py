"""``search``: what the search box finds, for scripts and support.

    partnerdesk search TEXT [--json]

The same search as the box at the top of the window (services/records/search.py): every
word typed must start a word in the record, accents on Latin letters ignored. Results
come kind by kind in the box's order (organizations, contacts, notes, requests).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_USAGE
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

# The keys of each result in --json; scripts rely on exactly these.
RESULT_KEYS = ("kind", "id", "title", "snippet")


def register(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help=translate(
            "Commands", "print what the search box finds for TEXT (kind, id, title, snippet)"
        ),
    )
    search.add_argument(
        "text",
        metavar="TEXT",
        help=translate("Commands", "the words to look for (quote several)"),
    )
    search.add_argument(
        "--json", action="store_true", help=translate("Commands", "print a JSON list of results")
    )
    search.set_defaults(handler=command_search)


def command_search(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.records.search import match_expression, search_results_as_rows

    if not match_expression(arguments.text):
        print(
            translate("Commands", "Type a word to search for (letters or digits)."), file=sys.stderr
        )
        return EXIT_USAGE
    database = open_database(location)
    try:
        results = search_results_as_rows(database, arguments.text)
    finally:
        database.close()
    if arguments.json:
        json.dump(
            [dict(zip(RESULT_KEYS, row, strict=True)) for row in results],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return EXIT_OK
    if not results:
        print(
            translate("Commands", "Nothing found for “{strip}”.").format(
                strip=arguments.text.strip()
            ),
            file=sys.stderr,
        )
    for kind, record_id, title, snippet in results:
        print("\t".join((kind, str(record_id), _one_line(title), _one_line(snippet))))
    return EXIT_OK


def _one_line(value: str) -> str:
    """A field as one cell of a tab-separated line: no tabs or line breaks inside."""
    return " ".join(value.split())

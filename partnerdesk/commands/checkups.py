"""``checkups REQUEST_ID``: each check-up of a partnership, with both sides' domain scores."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.core.translation import SOURCE_LANGUAGE, current_language, translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from partnerdesk.core.checkups import CheckupScores, CheckupStatements


def register(commands: Any) -> None:
    checkups = commands.add_parser(
        "checkups",
        help=translate("Commands", "a partnership's check-ups: per domain, our score and theirs"),
        description=translate(
            "Commands",
            "Each check-up of the partnership, oldest first: its date and, for each "
            "domain of the statements, the mean of our side's ratings and of the partner's "
            "(null when that side rated none of its statements).",
        ),
    )
    checkups.add_argument("request_id", metavar="REQUEST_ID", type=int)
    checkups.add_argument(
        "--json", action="store_true", help=translate("Commands", "print as JSON")
    )
    checkups.set_defaults(handler=command_checkups)


def as_json(statements: CheckupStatements, history: list[CheckupScores]) -> list[dict[str, Any]]:
    """The command's JSON (a contract): every domain, in the statements' order."""
    return [
        {
            "id": item.checkup_id,
            "date": item.held_on.isoformat(),
            "domains": [
                {
                    "domain": domain.id,
                    "title": domain.title,
                    "ours": item.ours.get(domain.id),
                    "theirs": item.theirs.get(domain.id),
                }
                for domain in statements.domains
            ],
        }
        for item in history
    ]


def command_checkups(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.core.checkups import shipped_statements
    from partnerdesk.services.checkups.checkups import checkup_history
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import RecordMissingError

    database = open_database(location)
    try:
        history = checkup_history(database, arguments.request_id)
    except RecordMissingError:
        print(
            translate("Commands", "There is no request {number}.").format(
                number=arguments.request_id
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    finally:
        database.close()
    if arguments.json:
        # The JSON is a contract: the English titles and ISO dates, whatever the run's language.
        json.dump(as_json(shipped_statements(), history), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not history:
        print(translate("Commands", "No check-up yet."))
        return EXIT_OK
    # The text is for people: the areas in the run's language, the dates in its words
    # (English keeps the ISO dates it always printed).
    language = current_language()
    records = as_json(shipped_statements(language), history)
    # The column headings, each as wide as its longest entry in the language printed.
    heading, ours_heading = translate("Commands", "Domain"), translate("Commands", "Ours")
    theirs_heading = translate("Commands", "Theirs")
    width = max(len(heading), *(len(domain["title"]) for domain in records[0]["domains"]))
    ours_width = max(4, len(ours_heading))
    for record in records:
        print(
            translate("Commands", "Check-up {id} on {date}").format(
                id=record["id"], date=_date(record["date"], language)
            )
        )
        print(f"  {heading.ljust(width)}  {ours_heading.ljust(ours_width)}  {theirs_heading}")
        for domain in record["domains"]:
            ours, theirs = _score(domain["ours"]), _score(domain["theirs"])
            print(f"  {domain['title'].ljust(width)}  {ours.ljust(ours_width)}  {theirs}")
    return EXIT_OK


def _date(iso: str, language: str) -> str:
    if language == SOURCE_LANGUAGE:
        return iso
    from partnerdesk.core.dates import date_in_words

    return date_in_words(date.fromisoformat(iso))


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"

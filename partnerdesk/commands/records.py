"""``demo``, ``check`` and ``list``: load the sample data, check the store, print records."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Commands
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

LIST_KINDS = {"organizations": "organization", "contacts": "contact", "requests": "request"}
# One whole sentence per kind: another language may need the noun's gender, not just the
# English command word (issue 21).
NOTHING_LISTED = {
    "organizations": QT_TRANSLATE_NOOP("Commands", "No organizations yet."),
    "contacts": QT_TRANSLATE_NOOP("Commands", "No contacts yet."),
    "requests": QT_TRANSLATE_NOOP("Commands", "No requests yet."),
}


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo", help=translate("Commands", "load the sample data (fictional records)")
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("Commands", "load it even if the store already holds records"),
    )
    demo.set_defaults(handler=command_demo, writes=True)
    check = commands.add_parser(
        "check", help=translate("Commands", "check the data file; exit 1 if anything is wrong")
    )
    check.set_defaults(handler=command_check)
    listing = commands.add_parser(
        "list",
        help=translate(
            "Commands", "print organizations, contacts, requests, partnerships or commitments"
        ),
    )
    listing.add_argument(
        "what",
        choices=sorted([*LIST_KINDS, "commitments", "partnerships"]),
        help=translate("Commands", "which records to print"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Commands", "print JSON instead of a table")
    )
    listing.add_argument(
        "--due-within",
        type=int,
        metavar="DAYS",
        help=translate(
            "Commands", "commitments: only those still to do, due within DAYS days (late ones too)"
        ),
    )
    listing.set_defaults(handler=command_list)


def command_demo(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.sample_data.loading import SampleDataRefusedError, add_sample_data

    database = open_database(location)
    try:
        summary = add_sample_data(database, force=arguments.force)
    except SampleDataRefusedError as refusal:
        print(
            translate("Commands", "{refusal} Use --force to load it anyway.").format(
                refusal=refusal
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    finally:
        database.close()
    print(
        translate(
            "Commands", "Loaded the sample data: {organizations}, {contacts}, {notes}, {requests}."
        ).format(
            organizations=Commands.tr("%n organization(s)", "", summary.organizations),
            contacts=Commands.tr("%n contact(s)", "", summary.contacts),
            notes=Commands.tr("%n note(s)", "", summary.notes),
            requests=Commands.tr("%n request(s)", "", summary.requests),
        )
    )
    return EXIT_OK


def command_check(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.data_safety.checking import check_data

    outcome = check_data(location)
    print(outcome.message, file=sys.stdout if outcome.healthy else sys.stderr)
    return EXIT_OK if outcome.healthy else EXIT_PROBLEM


def command_list(arguments: argparse.Namespace, location: DataLocation) -> int:
    if arguments.what == "partnerships":
        from partnerdesk.commands.partnerships import command_list_partnerships

        return command_list_partnerships(arguments, location)
    from partnerdesk.services.changes import RecordKind
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.records.list_output import records_to_list
    from partnerdesk.services.records.listing import COLUMNS, display_text

    if arguments.what == "commitments":
        from partnerdesk.commands.commitments import command_list_commitments

        return command_list_commitments(arguments, location)
    if arguments.due_within is not None:
        print(translate("Commands", "--due-within is for commitments only."), file=sys.stderr)
        return EXIT_USAGE
    kind = RecordKind(LIST_KINDS[arguments.what])
    database = open_database(location)
    try:
        listed = records_to_list(database, kind, with_red_flags=arguments.json)
    finally:
        database.close()
    rows, records = listed.rows, listed.records
    if arguments.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    columns = COLUMNS[kind]
    table = [[translate("Commands", "ID"), *(column.label for column in columns)]]
    table += [[str(row.id), *(display_text(row.values[c.key]) for c in columns)] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells).rstrip())
    if not rows:
        print(translate("Commands", NOTHING_LISTED[arguments.what]))
    return EXIT_OK

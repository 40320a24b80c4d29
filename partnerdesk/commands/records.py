"""``demo``, ``check`` and ``list``: load the sample data, check the store, print records."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.paths import DataLocation

LIST_KINDS = {"organizations": "organization", "contacts": "contact", "requests": "request"}


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="load the sample data (fictional records)")
    demo.add_argument(
        "--force", action="store_true", help="load it even if the store already holds records"
    )
    demo.set_defaults(handler=command_demo, writes=True)
    check = commands.add_parser("check", help="check the data file; exit 1 if anything is wrong")
    check.set_defaults(handler=command_check)
    listing = commands.add_parser("list", help="print organizations, contacts or requests")
    listing.add_argument("what", choices=sorted(LIST_KINDS), help="which records to print")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=command_list)


def command_demo(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.sample_data.loading import SampleDataRefusedError, load_sample_data
    from partnerdesk.store.database import open_database

    database = open_database(location)
    try:
        with database.session() as session:
            summary = load_sample_data(session, force=arguments.force)
    except SampleDataRefusedError as refusal:
        print(f"{refusal} Use --force to load it anyway.", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        database.close()
    print(
        f"Loaded the sample data: {summary.organizations} organizations, "
        f"{summary.contacts} contacts, {summary.notes} notes, {summary.requests} requests."
    )
    return EXIT_OK


def command_check(arguments: argparse.Namespace, location: DataLocation) -> int:
    from sqlalchemy.exc import DBAPIError

    from partnerdesk.store.database import integrity_problems, open_database
    from partnerdesk.store.errors import DamagedDatabaseError

    database_file = location.database_file
    if database_file is not None and not database_file.exists():
        print(f"There is no PartnerDesk data at {database_file} yet; nothing to check.")
        return EXIT_OK
    try:
        database = open_database(location)
        try:
            problems = integrity_problems(database)
        finally:
            database.close()
    except DamagedDatabaseError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    except DBAPIError as error:
        # Damage deep in the file stops the check itself: that is its finding, not a crash.
        problems = [str(error.orig).strip()]
    if problems:
        print(
            "The data file is damaged. Restore your most recent backup. "
            f"SQLite reported: {'; '.join(problems[:5])}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    if database_file is None:
        from partnerdesk.store.connection_errors import hide_password

        shown = hide_password(location.url)
        print(f"All good: the shared database {shown} is reachable and up to date.")
        return EXIT_OK
    print(f"All good: {database_file} is healthy and up to date.")
    return EXIT_OK


def command_list(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.changes import RecordKind
    from partnerdesk.services.records.listing import COLUMNS, as_json_list, display_text, list_rows
    from partnerdesk.store.database import open_database

    kind = RecordKind(LIST_KINDS[arguments.what])
    database = open_database(location)
    try:
        with database.session() as session:
            rows = list_rows(session, kind)
            records = as_json_list(rows)
            if kind is RecordKind.REQUEST and arguments.json:
                from partnerdesk.services.vetting.questions import request_red_flags

                for record in records:
                    record["red_flags"] = [
                        {
                            "code": flag.code,
                            "title": flag.title,
                            "message": f"{flag.title}. {flag.explanation}",
                        }
                        for flag in request_red_flags(session, record["id"])
                    ]
    finally:
        database.close()
    if arguments.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    columns = COLUMNS[kind]
    table = [["ID", *(column.title for column in columns)]]
    table += [[str(row.id), *(display_text(row.values[c.key]) for c in columns)] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells).rstrip())
    if not rows:
        print(f"No {arguments.what} yet.")
    return EXIT_OK

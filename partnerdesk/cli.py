"""The ``partnerdesk`` command: opens the app, or runs a command for scripting and support.

Kept light: Qt, Alembic and python-docx are imported only by the commands that need them,
so ``partnerdesk list`` answers quickly.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from partnerdesk import APP_NAME, __version__
from partnerdesk.log_file import LOG_FILE_NAME, start_logging
from partnerdesk.paths import DataLocation, resolve_data_location
from partnerdesk.store.errors import StoreError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

LIST_KINDS = {"organizations": "organization", "contacts": "contact", "requests": "request"}

DESCRIPTION = f"""\
{APP_NAME} keeps your organization's partners, partnership requests, vetting and
MOUs in one place on this computer. With no command it opens the app."""

EPILOG = """\
examples:
  partnerdesk                         open the app
  partnerdesk demo                    load the sample data into an empty store
  partnerdesk check                   check that the data file is healthy
  partnerdesk list requests --json    print partnership requests as JSON
  partnerdesk --data-dir ~/pd-test    use another data folder

The data folder can also be set with the environment variable PARTNERDESK_DATA_DIR,
and a database URL with PARTNERDESK_DATABASE_URL."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding your data (default: your user data folder)",
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="use this database instead of the file in the data folder (a SQLAlchemy URL)",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the main window, wait until it is shown, then quit (for smoke tests)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the sample data (fictional records)")
    demo.add_argument(
        "--force", action="store_true", help="load it even if the store already holds records"
    )
    commands.add_parser("check", help="check the data file; exit 1 if anything is wrong")
    listing = commands.add_parser("list", help="print organizations, contacts or requests")
    listing.add_argument("what", choices=sorted(LIST_KINDS), help="which records to print")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    commands.add_parser(
        "self-test", help="check, in a temporary folder, that this installation works"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if arguments.command == "self-test":
        return run_self_test()
    location = resolve_data_location(arguments.data_dir, arguments.database_url)
    start_logging(location.data_dir)
    if arguments.command is None:
        from partnerdesk.app import run_gui

        return run_gui(location, exit_when_ready=arguments.exit_when_ready)
    handlers: dict[str, Callable[[argparse.Namespace, DataLocation], int]] = {
        "demo": command_demo,
        "check": command_check,
        "list": command_list,
    }
    return _guarded(lambda: handlers[arguments.command](arguments, location), location)


def _guarded(action: Callable[[], int], location: DataLocation) -> int:
    """Run a command so that users see a sentence, never a traceback."""
    try:
        return action()
    except StoreError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception:
        log.exception("unexpected error in a command")
        log_file = location.data_dir / LOG_FILE_NAME
        where = f" Details were written to {log_file}." if log_file.exists() else ""
        print(f"{APP_NAME} ran into an unexpected problem and stopped.{where}", file=sys.stderr)
        return EXIT_PROBLEM


def command_demo(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.sample_data import SampleDataRefusedError, load_sample_data
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
    from partnerdesk.store.database import integrity_problems, open_database

    database_file = location.database_file
    if database_file is not None and not database_file.exists():
        print(f"There is no PartnerDesk data at {database_file} yet; nothing to check.")
        return EXIT_OK
    database = open_database(location)
    try:
        problems = integrity_problems(database)
    finally:
        database.close()
    if problems:
        print(
            "The data file is damaged. Restore your most recent backup. "
            f"SQLite reported: {'; '.join(problems[:5])}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    where = database_file if database_file is not None else "the database"
    print(f"All good: {where} is healthy and up to date.")
    return EXIT_OK


def command_list(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.changes import RecordKind
    from partnerdesk.services.records import COLUMNS, as_json_list, display_text, list_rows
    from partnerdesk.store.database import open_database

    kind = RecordKind(LIST_KINDS[arguments.what])
    database = open_database(location)
    try:
        with database.session() as session:
            rows = list_rows(session, kind)
    finally:
        database.close()
    if arguments.json:
        json.dump(as_json_list(rows), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    columns = COLUMNS[kind]
    table = [["ID", *(column.title for column in columns)]]
    table += [[str(row.id), *(display_text(row.values[c.key]) for c in columns)] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
    if not rows:
        print(f"No {arguments.what} yet.")
    return EXIT_OK


def run_self_test() -> int:
    from partnerdesk.services.self_test import run_steps, store_steps

    print(f"{APP_NAME} {__version__} self-test")
    with tempfile.TemporaryDirectory(prefix="partnerdesk-self-test-") as folder:
        start_logging(Path(folder))
        steps = list(store_steps(Path(folder)))
        steps.append(("build the main window offscreen", lambda: _self_test_window(Path(folder))))
        failed = False
        for result in run_steps(iter(steps)):
            print(f"  {'ok ' if result.ok else 'FAILED'} {result.name} {result.detail}".rstrip())
            failed = failed or not result.ok
    print("Self-test failed." if failed else "Self-test passed.")
    return EXIT_PROBLEM if failed else EXIT_OK


def _self_test_window(folder: Path) -> None:
    from partnerdesk.app import build_window_offscreen_check

    build_window_offscreen_check(DataLocation(folder))

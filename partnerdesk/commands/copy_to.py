"""``copy-to URL``: this computer's data into an empty shared database, as Settings does.

The data folder's own file is copied (never the shared database Settings may have
chosen); the shared database's tables are created or brought up to date first, and the
copy is all or nothing, into a database that holds no records yet. Which database this
computer uses is not changed: Settings → Use a shared database… does that.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

# Progress is printed every tenth of the way: a few plain lines, not a screenful.
PROGRESS_STEPS = 10


def register(commands: Any) -> None:
    copying = commands.add_parser(
        "copy-to",
        help=translate("Commands", "copy this computer's data into an empty shared database"),
        description=translate(
            "Commands",
            "Copy the data kept on this computer (in the data folder) into an "
            "empty shared PostgreSQL database, as Settings → Use a shared database… does: its "
            "tables are set up, then every record is copied, all or nothing. A database that "
            "already holds records is refused. This computer's data stays as it is, and "
            "PartnerDesk keeps using it until you choose the shared database in Settings.",
        ),
    )
    copying.add_argument(
        "url",
        metavar="URL",
        help=translate("Commands", "the shared database, e.g. postgresql://user@server/database"),
    )
    copying.add_argument(
        "--yes", action="store_true", help=translate("Commands", "do not ask before copying")
    )
    copying.set_defaults(handler=command_copy_to)


def command_copy_to(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.data_safety.shared_setup import (
        hide_password,
        is_postgres_url,
        local_records_summary,
        look_at_shared_database,
        not_empty_refusal,
        set_up_shared_database,
    )
    from partnerdesk.services.database_access import open_database

    if arguments.database_url is not None:
        print(
            translate(
                "Commands",
                "copy-to copies the data kept in the data folder: give that folder with "
                "--data-dir, and the shared database as URL (not with --database-url).",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    shown = hide_password(arguments.url)
    if not is_postgres_url(arguments.url):
        print(
            translate(
                "Commands",
                "{shown} is not the address of a PostgreSQL database. Give "
                "one like postgresql://user@server/database.",
            ).format(shown=shown),
            file=sys.stderr,
        )
        return EXIT_USAGE
    here = DataLocation(location.data_dir)
    if here.database_file is None or not here.database_file.exists():
        print(
            translate("Commands", "There is no PartnerDesk data in {data_dir} to copy.").format(
                data_dir=location.data_dir
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    # Looked at before asking, so a database that cannot take the copy is said at once.
    found = look_at_shared_database(arguments.url)
    if not found.usable:
        print(found.describe(), file=sys.stderr)
        return EXIT_PROBLEM
    if found.holds_records and found.records is not None:
        print(not_empty_refusal(found.records), file=sys.stderr)
        return EXIT_PROBLEM
    local = open_database(here)
    try:
        summary = local_records_summary(local)
        if summary is None:
            print(
                translate("Commands", "There are no records in {data_dir} to copy.").format(
                    data_dir=location.data_dir
                ),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if not arguments.yes and not _confirmed(summary, shown):
            print(translate("Commands", "Nothing was copied."), file=sys.stderr)
            return EXIT_PROBLEM
        print(
            translate("Commands", "Copying {summary} to {shown}…").format(
                summary=summary, shown=shown
            ),
            flush=True,
        )
        said: set[int] = set()

        def progress(done: int, total: int) -> None:
            step = done * PROGRESS_STEPS // max(total, 1)
            if step > 0 and step not in said:
                said.add(step)
                after = translate("Commands", ", preparing the search…") if done >= total else ""
                print(
                    translate("Commands", "  {value}% copied{after}").format(
                        value=step * 100 // PROGRESS_STEPS, after=after
                    ),
                    flush=True,
                )

        # A refusal (records arrived meanwhile, the server went away) is a StoreError:
        # cli.py prints its sentence and exits 1; nothing was copied.
        ready = set_up_shared_database(location.data_dir, arguments.url, local, progress)
    finally:
        local.close()
    print(ready.describe())
    print(
        translate(
            "Commands",
            "PartnerDesk on this computer still uses the data kept here; to work on the shared "
            "database, choose it in Settings → Use a shared database…",
        )
    )
    return EXIT_OK


def _confirmed(summary: str, shown: str) -> bool:
    if not sys.stdin.isatty():
        print(
            translate("Commands", "copy-to asks before copying; add --yes to copy without asking."),
            file=sys.stderr,
        )
        return False
    answer = input(
        translate("Commands", "Copy {summary} into the shared database {shown}? [y/N] ").format(
            summary=summary, shown=shown
        )
    )
    return means_yes(answer)


def means_yes(answer: str) -> bool:
    """Whether ``answer`` to a [y/N] question is a yes: the English "y" or "yes", or the
    answers the translation gives (Spanish: "s", "sí", "si"), as the prompt's letters do."""
    words = translate(
        "Commands",
        "y,yes",
        "the answers meaning yes to a question ending in [y/N], separated by commas",
    )
    accepted = {"y", "yes", *(word.strip().casefold() for word in words.split(","))}
    return answer.strip().casefold() in accepted - {""}

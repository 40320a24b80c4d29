"""The ``partnerdesk`` command: opens the app, or runs a command for scripting and support.

Kept light: Qt, Alembic and python-docx are imported only by the commands that need them,
so ``partnerdesk list`` answers quickly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from partnerdesk import APP_NAME, __version__, process_tuning
from partnerdesk.commands import (
    EXIT_OK,
    EXIT_PROBLEM,
    backups,
    charter_commands,
    checkup_form_commands,
    checkups,
    copy_to,
    form_commands,
    import_export,
    kickoff_commands,
    mou_commands,
    partnerships,
    records,
    results_commands,
    search,
    self_test,
)
from partnerdesk.commands.argparse_words import argparse_words
from partnerdesk.core.translation import (
    LANGUAGE_NAMES,
    language_setting,
    resolve_language,
    system_languages,
    translate,
    use_language,
)
from partnerdesk.log_file import LOG_FILE_NAME, start_logging
from partnerdesk.paths import DataLocation, resolve_data_location
from partnerdesk.services.errors import StoreError

log = logging.getLogger(__name__)

# form_commands joins the ``export`` and ``import`` of import_export: registered after it.
COMMAND_MODULES = (
    records,
    search,
    import_export,
    form_commands,
    checkup_form_commands,
    kickoff_commands,
    charter_commands,
    results_commands,
    mou_commands,
    partnerships,
    checkups,
    backups,
    copy_to,
    self_test,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description=translate(
            "Commands",
            "{app} keeps your organization's partners, partnership requests, vetting and\n"
            "MOUs in one place on this computer. With no command it opens the app.",
        ).format(app=APP_NAME),
        epilog=translate(
            "Commands",
            "examples:\n"
            "  partnerdesk                         open the app\n"
            "  partnerdesk demo                    load the sample data into an empty store\n"
            "  partnerdesk check                   check that the data file is healthy\n"
            "  partnerdesk list requests --json    print partnership requests as JSON\n"
            "  partnerdesk --data-dir ~/pd-test    use another data folder\n"
            "  partnerdesk --language es check     the same, with messages in Spanish\n"
            "\n"
            "The data folder can also be set with the environment variable "
            "PARTNERDESK_DATA_DIR,\n"
            "and a database URL with PARTNERDESK_DATABASE_URL.",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Commands", "show program's version number and exit"),
    )
    # Both may be given: with a shared database the data folder still keeps this
    # computer's settings, log and letterhead.
    where = parser.add_argument_group(translate("Commands", "where the data is"))
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("Commands", "the folder holding your data (default: your user data folder)"),
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "Commands",
            "use this database instead of the file in the data folder, e.g. "
            "postgresql://user@server/database (a SQLAlchemy URL)",
        ),
    )
    parser.add_argument("--language", choices=sorted(LANGUAGE_NAMES), help=_language_help())
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate(
            "Commands",
            "open the main window, wait until it is shown, then quit (for smoke tests)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    _language_after_any_command(parser)
    return parser


def _language_help() -> str:
    return translate(
        "Commands",
        "the language of the window and of the messages (default: as chosen in "
        "Settings → Language, else the system's)",
    )


def _language_after_any_command(parser: argparse.ArgumentParser) -> None:
    """``--language`` is understood after a command too (``partnerdesk check --language
    es``), as the other global options are not: scripts add it wherever it fits."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                if "--language" not in command._option_string_actions:
                    command.add_argument(
                        "--language",
                        choices=sorted(LANGUAGE_NAMES),
                        default=argparse.SUPPRESS,
                        help=_language_help(),
                    )
                _language_after_any_command(command)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language, opens_window = _language_of_run(argv)
    if not opens_window:
        # The window translates through Qt (ui/language.py); the commands, their help and
        # their messages read the same translation here, without Qt.
        use_language(language)
    with argparse_words():  # "usage:", "options:", its errors: in the run's language
        parser = build_parser()
        arguments = parser.parse_args(argv)
    handler = getattr(arguments, "handler", None)
    if handler is not None:
        # Only the window's start is kept free of collections (process_tuning.py, 2).
        process_tuning.resume_after_start()
    if handler is not None and not getattr(arguments, "needs_data_location", True):
        return int(handler(arguments, None))
    location = resolve_data_location(arguments.data_dir, arguments.database_url)
    start_logging(location.data_dir)
    location = _with_chosen_shared_database(location, ask=handler is not None)
    if handler is None:
        from partnerdesk.app import run_gui

        return run_gui(
            location, exit_when_ready=arguments.exit_when_ready, language=arguments.language
        )
    return _guarded(lambda: _run(handler, arguments, location), location)


def _language_of_run(argv: list[str]) -> tuple[str, bool]:
    """The language of this run's messages, and whether the run opens the window.

    Known before the parser is built, so that ``--help`` is in that language too: the
    ``--language`` option, else Settings → Language of the data folder, else the system's.
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language")
    early.add_argument("--data-dir")
    early.add_argument("--database-url")
    early.add_argument("--exit-when-ready", action="store_true")
    known, rest = early.parse_known_args(argv)
    opens_window = not rest
    if known.language:
        return known.language, opens_window
    if opens_window:
        return "", True  # the window asks Qt for the system's languages itself
    chosen = language_setting(resolve_data_location(known.data_dir).data_dir)
    return resolve_language(chosen, system_languages()), False


def _run(handler: Callable[..., int], arguments: argparse.Namespace, location: DataLocation) -> int:
    """Run a command; one that writes holds the data folder for its whole run."""
    writes = getattr(arguments, "writes", False)
    if callable(writes):
        writes = writes(arguments)
    if not writes or location.database_file is None:
        return int(handler(arguments, location))
    from partnerdesk.instance_lock import writing_to

    with writing_to(location.data_dir):
        return int(handler(arguments, location))


def run() -> NoReturn:
    """The ``partnerdesk`` program: ``main``, then leave without tearing everything down.

    Both ends are process_tuning.py's measures (2 and 4): no cyclic garbage collection
    while the window starts, and no freeing of every object one by one at the end, since
    by the time ``main`` returns everything is written and closed.
    """
    process_tuning.pause_for_start()
    process_tuning.leave_now(main())


def _with_chosen_shared_database(location: DataLocation, *, ask: bool) -> DataLocation:
    """The shared database chosen in Settings, with its password from the keyring.

    Without a kept password a command asks for it when someone is typing (the app asks
    in a window); an address given on the command line or in the environment wins.
    """
    if location.database_url is not None:
        return location
    from partnerdesk.shared_database import (
        PasswordStore,
        location_with_saved_server,
        saved_server,
    )

    server = saved_server(location.data_dir)
    if server is None:
        return location
    password = PasswordStore().get(server)
    if password is None and ask and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(
            translate("Commands", "Password of {user} for {address}: ").format(
                user=server.user, address=server.address
            )
        )
    return location_with_saved_server(location, password)


def _guarded(action: Callable[[], int], location: DataLocation) -> int:
    """Run a command so that users see a sentence, never a traceback."""
    try:
        return action()
    except StoreError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(translate("Commands", "Stopped."), file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        # The reader went away (e.g. piped into `head`): not an error for the user.
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 (must outlive this call)
        return EXIT_OK
    except Exception as error:
        from partnerdesk.services.data_safety.plain_words import plain_sentence

        plain = plain_sentence(error, location)
        if plain is not None:
            log.warning("a command stopped: %s", plain, exc_info=True)
            print(plain, file=sys.stderr)
            return EXIT_PROBLEM
        log.exception("unexpected error in a command")
        log_file = location.data_dir / LOG_FILE_NAME
        # Only point to a log that could really be written (not on a read-only disk).
        written = log_file.exists() and os.access(log_file, os.W_OK)
        if written:
            message = translate(
                "Commands",
                "{app} ran into an unexpected problem and stopped. Details were written to "
                "{log_file}.",
            ).format(app=APP_NAME, log_file=log_file)
        else:
            message = translate(
                "Commands", "{app} ran into an unexpected problem and stopped."
            ).format(app=APP_NAME)
        print(message, file=sys.stderr)
        return EXIT_PROBLEM

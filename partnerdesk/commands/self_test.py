"""``self-test``: check, in a temporary folder, that this installation works end to end."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from partnerdesk import APP_NAME, __version__
from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.core.translation import translate
from partnerdesk.log_file import start_logging
from partnerdesk.paths import DataLocation


def register(commands: Any) -> None:
    self_test = commands.add_parser(
        "self-test",
        help=translate("Commands", "check, in a temporary folder, that this installation works"),
    )
    self_test.set_defaults(handler=command_self_test, needs_data_location=False)


def command_self_test(arguments: argparse.Namespace, location: DataLocation | None) -> int:
    from partnerdesk.services.data_safety.self_test import document_steps, run_steps, store_steps

    print(
        translate("Commands", "{APP_NAME} {__version__} self-test").format(
            APP_NAME=APP_NAME, __version__=__version__
        )
    )
    with tempfile.TemporaryDirectory(prefix="partnerdesk-self-test-") as folder:
        start_logging(Path(folder))
        steps = [*store_steps(Path(folder)), *document_steps(Path(folder))]
        steps.append(
            (
                translate("Commands", "open the main window and the user guide offscreen"),
                lambda: _window(Path(folder)),
            )
        )
        failed = False
        for result in run_steps(iter(steps)):
            # "ok" and "FAILED" stay as they are: scripts and support read them.
            print(f"  {'ok ' if result.ok else 'FAILED'} {result.name} {result.detail}".rstrip())
            failed = failed or not result.ok
    print(
        translate("Commands", "Self-test failed.")
        if failed
        else translate("Commands", "Self-test passed.")
    )
    return EXIT_PROBLEM if failed else EXIT_OK


def _window(folder: Path) -> None:
    from partnerdesk.app import build_window_offscreen_check

    build_window_offscreen_check(DataLocation(folder))

"""The command line's subcommands, one module per area; each module has ``register()``.

A handler takes the parsed arguments and the data location and returns the exit code.
Handlers import what they need inside, so ``partnerdesk list`` stays quick to start.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from partnerdesk.core.translation import SOURCE_LANGUAGE, Messages, current_language
from partnerdesk.paths import DataLocation

# The commands' messages with plural forms: ``Commands.tr("%n event(s) …", "", count)``
# (core/translation.py: the variable is named like its context, so lupdate finds them).
Commands = Messages("Commands")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, DataLocation], int]


def shown_date(day: date) -> str:
    """A date in a command's text output: English keeps the ISO date it always printed
    (scripts read it); another language writes its short form ("20 nov 2026").
    --json always has the ISO date."""
    if current_language() == SOURCE_LANGUAGE:
        return day.isoformat()
    from partnerdesk.core.dates import friendly_date

    return friendly_date(day)

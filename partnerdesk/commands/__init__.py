"""The command line's subcommands, one module per area; each module has ``register()``.

A handler takes the parsed arguments and the data location and returns the exit code.
Handlers import what they need inside, so ``partnerdesk list`` stays quick to start.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from partnerdesk.paths import DataLocation

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, DataLocation], int]

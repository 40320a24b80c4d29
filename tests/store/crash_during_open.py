"""Child process for test_crash_safety.py: dies (SIGKILL) while opening the store changes it.

Usage: python crash_during_open.py DATA_DIR N

Opens the store in DATA_DIR with ``open_database`` (which creates or upgrades the schema)
and kills itself with SIGKILL right after the N-th CREATE statement has run, the way a
power cut or a killed app would stop it. The parent then checks that the store still opens.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from partnerdesk.paths import DataLocation
from partnerdesk.store.database import open_database


def main(argv: list[str]) -> int:
    data_dir, die_after = Path(argv[0]), int(argv[1])
    created = 0

    @event.listens_for(Engine, "after_cursor_execute")
    def _count_creates(*arguments: Any) -> None:
        nonlocal created
        statement = str(arguments[2])
        if statement.lstrip().upper().startswith("CREATE"):
            created += 1
            if created == die_after:
                os.kill(os.getpid(), signal.SIGKILL)

    open_database(DataLocation(data_dir)).close()
    print(f"opened after {created} CREATE statements; never killed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

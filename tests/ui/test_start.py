"""Starting the app: a bad data file gets a plain explanation, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from partnerdesk.app import run_gui
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation

from .conftest import RecordingDialogs


def test_a_file_that_is_not_a_database_is_explained(
    data_dir: Path, dialogs: RecordingDialogs
) -> None:
    (data_dir / DATABASE_FILE_NAME).write_bytes(b"%PDF-1.7 not a database at all" * 40)
    assert run_gui(DataLocation(data_dir), dialogs=dialogs) == 1
    kind, title, text = dialogs.shown[0]
    assert kind == "problem"
    assert title == "PartnerDesk cannot open your data"
    assert "not a PartnerDesk database" in text
    assert "Nothing has been changed" in text


def test_opening_an_up_to_date_store_does_not_load_alembic(data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from partnerdesk.paths import DataLocation\n"
        "from partnerdesk.store.database import open_database\n"
        f"location = DataLocation(Path({str(data_dir)!r}))\n"
        "open_database(location).close()\n"  # creates: needs alembic
        "for name in [m for m in sys.modules if m.startswith('alembic')]:\n"
        "    del sys.modules[name]\n"
        "open_database(location).close()\n"
        "print(any(m.startswith('alembic') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"

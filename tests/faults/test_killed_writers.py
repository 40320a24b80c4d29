"""Writers killed with SIGKILL (issue 16): the folder's lock dies with its holder, a killed
restore leaves the old data or the new, whole, and a migration waits for a writer."""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partnerdesk.instance_lock import WAITING_MESSAGE
from partnerdesk.paths import DATABASE_FILE_NAME
from partnerdesk.services.data_safety.backups import backup_now

from .harness import (
    SAMPLE_CONTACTS,
    contacts_csv,
    data_file,
    failures_shown,
    run_cli,
    sample_store,
    start_cli,
)

pytestmark = pytest.mark.sqlite_only
SAMPLES = Path(__file__).parent.parent / "data"


def _healthy_contacts(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(
            db.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        )


@pytest.mark.parametrize("trial", range(2))
def test_an_import_killed_mid_run_leaves_no_lock_and_no_half_import(
    data_dir: Path, tmp_path: Path, trial: int
) -> None:
    sample_store(data_dir)
    csv = contacts_csv(tmp_path / "many.csv", 3000, f"Killed{trial}")
    importing = start_cli("import", str(csv), data_dir=data_dir)
    time.sleep(random.uniform(0.5, 1.5))
    importing.kill()
    importing.communicate()
    # The next writer is not kept waiting by the dead one's lock file.
    started = time.monotonic()
    demo = run_cli("demo", data_dir=data_dir)
    assert time.monotonic() - started < 20
    assert WAITING_MESSAGE not in demo.stderr
    assert not failures_shown(demo.stderr)
    assert _healthy_contacts(data_file(data_dir)) in (SAMPLE_CONTACTS, SAMPLE_CONTACTS + 3000)


@pytest.mark.parametrize("trial", range(2))
def test_a_restore_killed_mid_run_leaves_old_or_new_data_whole(
    data_dir: Path, tmp_path: Path, trial: int
) -> None:
    location = sample_store(data_dir)
    small = backup_now(location, "manual")
    run_cli("import", str(contacts_csv(tmp_path / "c.csv", 2000, f"Big{trial}")), data_dir=data_dir)
    restoring = start_cli("restore", str(small), data_dir=data_dir)
    time.sleep(random.uniform(0.3, 1.0))
    restoring.kill()
    restoring.communicate()
    assert _healthy_contacts(data_file(data_dir)) in (SAMPLE_CONTACTS, SAMPLE_CONTACTS + 2000)
    checked = run_cli("check", data_dir=data_dir)
    assert checked.returncode == 0, checked.stderr


def test_upgrading_an_older_store_waits_for_the_writer_holding_the_folder(
    data_dir: Path,
) -> None:
    shutil.copyfile(SAMPLES / "schema-0002.sqlite3", data_dir / DATABASE_FILE_NAME)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from partnerdesk.instance_lock import writing_to\n"
            "with writing_to(Path(sys.argv[1])):\n"
            "    print('holding', flush=True)\n"
            "    time.sleep(1.5)\n",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    listed = run_cli("list", "organizations", data_dir=data_dir)
    holder.communicate()
    assert listed.returncode == 0, listed.stderr
    assert WAITING_MESSAGE in listed.stderr, "the upgrade waited for the writer"

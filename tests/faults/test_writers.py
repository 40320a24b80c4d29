"""One writer at a time (issue 16, item 2): real processes racing on one data folder.

A restore racing an import lost the import (2 of 10 trials): the import committed after
the restore's safety copy was taken. Every command that writes now holds the folder's
lock for its whole run, so the safety copy contains every committed write.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import pytest

from partnerdesk.instance_lock import LOCK_FILE_NAME, WAITING_MESSAGE, InstanceLock
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
IMPORTED = 1500


def _contacts(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return int(
            db.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        )


def _wait_until_held_by(data_dir: Path, pid: int, limit: float = 30) -> None:
    lock_file = data_dir / LOCK_FILE_NAME
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if lock_file.read_text().split()[:1] == [str(pid)]:
                return
        time.sleep(0.01)
    pytest.fail("the import never took the data folder")


def test_a_restore_started_during_an_import_keeps_the_import_in_its_safety_copy(
    data_dir: Path, tmp_path: Path
) -> None:
    location = sample_store(data_dir)
    backup = backup_now(location, "manual")
    csv = contacts_csv(tmp_path / "many.csv", IMPORTED, "Racing")
    importing = start_cli("import", str(csv), data_dir=data_dir)
    _wait_until_held_by(data_dir, importing.pid)
    restore = run_cli("restore", str(backup), data_dir=data_dir)
    imported_out, imported_err = importing.communicate(timeout=120)

    assert importing.returncode == 0, imported_err
    assert f"{IMPORTED} new" in imported_out
    assert restore.returncode == 0, restore.stderr
    assert WAITING_MESSAGE in restore.stderr
    assert not failures_shown(restore.stderr + imported_err)
    kept = Path(restore.stdout.splitlines()[-1].rsplit(" in ", 1)[1])
    assert _contacts(kept) == SAMPLE_CONTACTS + IMPORTED, "the import is in the safety copy"
    assert _contacts(data_file(data_dir)) == SAMPLE_CONTACTS


def test_a_second_import_at_once_waits_and_both_land(data_dir: Path, tmp_path: Path) -> None:
    sample_store(data_dir)
    first = start_cli(
        "import", str(contacts_csv(tmp_path / "a.csv", IMPORTED, "First")), data_dir=data_dir
    )
    _wait_until_held_by(data_dir, first.pid)
    second = run_cli(
        "import", str(contacts_csv(tmp_path / "b.csv", 50, "Second")), data_dir=data_dir
    )
    _out, first_err = first.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 0, first_err + second.stderr
    assert WAITING_MESSAGE in second.stderr
    assert not failures_shown(first_err + second.stderr)
    assert _contacts(data_file(data_dir)) == SAMPLE_CONTACTS + IMPORTED + 50


@pytest.mark.parametrize("command", [["import", "CSV"], ["demo", "--force"], ["backup"]])
def test_a_writing_command_is_refused_plainly_while_the_window_is_open(
    data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    sample_store(data_dir)
    before = data_file(data_dir).read_bytes()
    csv = str(contacts_csv(tmp_path / "c.csv", 5, "Refused"))
    window = InstanceLock(data_dir)  # what the open window holds
    assert window.acquire()
    try:
        started = time.monotonic()
        result = run_cli(*[csv if word == "CSV" else word for word in command], data_dir=data_dir)
        took = time.monotonic() - started
    finally:
        window.release()
    assert result.returncode == 1
    assert "PartnerDesk is open with this data. Close it first" in result.stderr
    assert not failures_shown(result.stderr)
    assert took < 20, "refused at once, not after waiting for the window to close"
    assert data_file(data_dir).read_bytes() == before


def test_reading_commands_still_run_beside_the_window(data_dir: Path, tmp_path: Path) -> None:
    sample_store(data_dir)
    window = InstanceLock(data_dir)
    assert window.acquire()
    try:
        listed = run_cli("list", "contacts", data_dir=data_dir)
        copied = run_cli("backup", str(tmp_path / "copy.sqlite3"), data_dir=data_dir)
    finally:
        window.release()
    assert listed.returncode == 0 and copied.returncode == 0, listed.stderr + copied.stderr


def test_the_window_does_not_open_while_a_command_writes_and_says_why(data_dir: Path) -> None:
    from partnerdesk.instance_lock import writing_to
    from partnerdesk.paths import DataLocation
    from partnerdesk.ui.startup import lock_data_folder
    from tests.ui.conftest import RecordingDialogs

    dialogs = RecordingDialogs()
    with writing_to(data_dir):
        assert lock_data_folder(DataLocation(data_dir), dialogs) is None
    assert dialogs.shown == [("inform", "PartnerDesk is busy with this data", dialogs.shown[0][2])]
    assert "command" in dialogs.shown[0][2]


def test_a_writer_that_never_finishes_ends_the_wait_with_a_sentence(data_dir: Path) -> None:
    import subprocess
    import sys

    from partnerdesk.instance_lock import DataFolderBusyError, writing_to

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from partnerdesk.instance_lock import writing_to\n"
            "with writing_to(Path(sys.argv[1])):\n"
            "    print('holding', flush=True)\n"
            "    time.sleep(30)\n",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    told: list[str] = []
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with (
            pytest.raises(DataFolderBusyError, match="nothing was changed"),
            writing_to(data_dir, wait_seconds=0.3, tell=told.append),
        ):
            pytest.fail("must not run while another writer holds the folder")
    finally:
        holder.kill()
        holder.communicate()
    assert told == [WAITING_MESSAGE]

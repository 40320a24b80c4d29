"""Real faults for the fault suite: damaged files, a full or read-only disk, other processes.

Everything here is made by the tests themselves (fictional records, `.example` addresses);
nothing is read from the machine beyond a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import open_database

PAGE_SIZE = 4096
SAMPLE_CONTACTS = 10


def run_cli(*args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, as a user's script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_cli(*args: str, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "partnerdesk", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def sample_store(data_dir: Path) -> DataLocation:
    """A data folder holding the sample data (6 organizations, 10 contacts)."""
    location = DataLocation(data_dir)
    database = open_database(location)
    try:
        with database.session() as session:
            load_sample_data(session)
    finally:
        database.close()
    return location


def data_file(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE_NAME


def zero_page(path: Path, page: int) -> None:
    """Overwrite one page (1 = the first) with zeros, as a failing disk sector would."""
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE_SIZE)
        handle.write(b"\0" * PAGE_SIZE)


def page_count(path: Path) -> int:
    return path.stat().st_size // PAGE_SIZE


def contacts_csv(path: Path, count: int, prefix: str) -> Path:
    lines = ["Name,Email,Company"]
    lines += [
        f"{prefix} Person {n},{prefix.lower()}.{n}@contacts.example,{prefix} Health {n % 7}"
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def failures_shown(text: str) -> list[str]:
    """What a user must never see from a command: a crash instead of a sentence."""
    return [
        marker
        for marker in ("Traceback", "unexpected problem", "Exception ignored", "Error:")
        if marker in text
    ]


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real file system of ``size`` (e.g. "600k") at ``folder``: writes past it fail with
    ENOSPC. Needs root and mount; skipped where not permitted, except on CI."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a small disk: {mounted.stderr!r}")
        pytest.skip("mounting a small disk is not permitted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def make_read_only(folder: Path) -> None:
    """Remount the small disk at ``folder`` read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Use up every free byte of the disk at ``folder``."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()


def killed_writer(database_file: Path) -> None:
    """A process that wrote to ``database_file`` and was killed (SIGKILL) before closing it."""
    code = (
        "import sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA journal_mode=WAL')\n"
        "db.execute('UPDATE organizations SET name = name')\n"
        "db.commit()\n"
        "print('written', flush=True)\n"
        "time.sleep(60)\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", code, str(database_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
    finally:
        writer.kill()  # SIGKILL: no chance to checkpoint or close
        writer.communicate()

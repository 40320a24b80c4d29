"""The benchmark scripts still run: a tiny dataset, every benchmark once, one table.

CI does not run the benchmarks themselves (they take minutes and measure the machine);
this only makes sure bench/ keeps working as the app changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
TINY = ["--orgs", "20", "--contacts", "50", "--notes", "100", "--requests", "5", "--seed", "3"]


def _run(*arguments: str, timeout: int = 120) -> str:
    result = subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _digest(data_dir: Path) -> str:
    digest = hashlib.sha256()
    with closing(sqlite3.connect(data_dir / "partnerdesk.sqlite3")) as connection:
        for table in ("organizations", "contacts", "outreach_notes", "vetting_answers", "mous"):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def test_a_tiny_dataset_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    output = _run(str(BENCH / "make_dataset.py"), *TINY, "--out", str(first))
    assert "20 organizations, 50 contacts, 5 requests, 100 notes" in output
    assert "Search index: consistent with the records" in output
    _run(str(BENCH / "make_dataset.py"), *TINY, "--out", str(second))
    assert _digest(first) == _digest(second)


def test_every_benchmark_runs_on_a_tiny_dataset(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run(str(BENCH / "make_dataset.py"), *TINY, "--out", str(data))
    table = _run(
        str(BENCH / "run_all"),
        *("--data-dir", str(data), "--repeat", "1", "--import-rows", "300", "--quick"),
        timeout=300,
    )
    for figure in (
        "Start to usable window",
        "Search, 1 letter, p95",
        "Search, 8 letters, p95",
        "Open Contacts list",
        "Open Biggest organization's page",
        "Contacts list scrolled end to end",
        "MOU export to Word (full MOU)",
        "Import a 300-row Outlook CSV",
        "Peak memory after opening every page",
        "Open the busiest request's vetting page, first time",
        "Longest GUI-thread block saving an answer",
        "Open the busiest request's MOU wizard, again",
        "Longest GUI-thread block typing in the MOU wizard",
    ):
        assert figure in table
    # Benchmark 9 starts its own PostgreSQL server where one is installed.
    if shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        assert "PostgreSQL: search, 1 letter, p95" in table
        assert "PostgreSQL: the Contacts list's first page" in table
    assert "failed to run" not in table

#!/usr/bin/env python3
"""Benchmark 1: start to a usable window, as a whole process, with the dataset.

``partnerdesk --data-dir DIR --exit-when-ready`` is timed from launch to exit (opening
on the Today page), against the floor: bench/floor_window.py, which only imports
PySide6.QtWidgets and sqlalchemy.orm and shows an empty QMainWindow. The two are run in
turn, after one unmeasured run of each (so both find their files in the disk cache and
their bytecode compiled, as after installing). Target: ≤ 1.1× the floor.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchkit import BENCH_DIR, Figure, arguments, check_data_dir, emit, median

RATIO_TARGET = 1.1


def app_command(data_dir: Path) -> list[str]:
    installed = Path(sys.executable).with_name("partnerdesk")
    program = [str(installed)] if installed.exists() else [sys.executable, "-m", "partnerdesk"]
    return [*program, "--data-dir", str(data_dir), "--exit-when-ready"]


def floor_command() -> list[str]:
    return [sys.executable, str(BENCH_DIR / "floor_window.py")]


def run_seconds(command: list[str]) -> float:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed PartnerDesk has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module at every start instead. The
    # unmeasured first run writes the bytecode, as the first start after installing does.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    options = arguments(__doc__.split("\n\n")[0], repeat=7).parse_args(argv)
    data_dir = check_data_dir(options.data_dir)
    app, floor = app_command(data_dir), floor_command()
    # Every run opens on the Today page, as a first start does: the window otherwise
    # reopens the page it closed on, and other benchmarks may have left any page there.
    (data_dir / "settings.ini").unlink(missing_ok=True)
    run_seconds(floor)
    run_seconds(app)
    app_s, floor_s = [], []
    for _ in range(options.repeat):
        floor_s.append(run_seconds(floor))
        app_s.append(run_seconds(app))
    emit(
        Figure(
            "Start to usable window",
            median(app_s),
            "s",
            f"≤ {RATIO_TARGET:g}× the floor",
            baseline=median(floor_s),
            baseline_name="floor (empty QMainWindow)",
            ratio_limit=RATIO_TARGET,
        ),
        options.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

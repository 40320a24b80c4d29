"""What the benchmark scripts share: repeated timing, medians and percentiles, and one way
to print a figure (a readable line, or a JSON line for run_all with ``--json``).

These machines are noisy, so a figure is the median of several runs, and a baseline is
measured in the same run as what it is compared with.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
JSON_PREFIX = "FIGURE "


@dataclass(frozen=True)
class Figure:
    """One measured figure and what it is held against.

    ``limit`` applies to ``value`` unless ``ratio_limit`` is given, which then applies to
    ``value / baseline`` (start-up is judged against the bare Qt window, not in seconds).
    """

    name: str
    value: float
    unit: str
    target: str
    limit: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    ratio_limit: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if self.ratio_limit is not None:
            return None if self.ratio is None else self.ratio <= self.ratio_limit
        if self.limit is not None:
            return self.value <= self.limit
        return None

    def line(self) -> str:
        text = f"{self.name}: {format_value(self.value, self.unit)} (target {self.target})"
        if self.baseline is not None:
            base = format_value(self.baseline, self.unit)
            ratio = f", {self.ratio:.2f}×" if self.ratio is not None else ""
            text += f"; {self.baseline_name} {base}{ratio}"
        if self.met is not None:
            text += " — met" if self.met else " — MISSED"
        if self.note:
            text += f" [{self.note}]"
        return text


def format_value(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "rows":
        return f"{value:,.0f} rows"
    return f"{value:g} {unit}".strip()


def emit(figure: Figure, as_json: bool) -> None:
    if as_json:
        print(JSON_PREFIX + json.dumps(asdict(figure) | {"met": figure.met}), flush=True)
    else:
        print(figure.line(), flush=True)


def parse_figures(output: str) -> list[dict[str, object]]:
    """The figures a script printed with ``--json``."""
    return [
        json.loads(line[len(JSON_PREFIX) :])
        for line in output.splitlines()
        if line.startswith(JSON_PREFIX)
    ]


def arguments(description: str, repeat: int) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data-dir", type=Path, required=True, help="made by make_dataset.py")
    parser.add_argument("--repeat", type=int, default=repeat, help="runs per figure")
    parser.add_argument("--json", action="store_true", help="print figures for run_all")
    return parser


def check_data_dir(data_dir: Path) -> Path:
    data_dir = data_dir.expanduser().resolve()
    if not (data_dir / "partnerdesk.sqlite3").is_file():
        sys.exit(f"{data_dir} holds no PartnerDesk data; build it with bench/make_dataset.py")
    return data_dir


def timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` took."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 20 samples is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def offscreen() -> None:
    """Qt without a screen; must run before PySide6 is imported."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


MEASURED_PREFIX = "MEASURED "


def report_measurements(values: dict[str, object]) -> None:
    """A child process's raw measurements, for its parent (``run_measuring_child``)."""
    print(MEASURED_PREFIX + json.dumps(values), flush=True)


def run_measuring_child(command: list[str]) -> dict[str, Any]:
    """Run a benchmark's child process (offscreen) and return what it measured."""
    import subprocess

    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    lines = [line for line in result.stdout.splitlines() if line.startswith(MEASURED_PREFIX)]
    if result.returncode != 0 or not lines:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    values: dict[str, Any] = json.loads(lines[-1][len(MEASURED_PREFIX) :])
    return values

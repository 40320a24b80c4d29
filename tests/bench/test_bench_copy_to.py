"""bench/bench_copy_to.py still runs: it starts its own PostgreSQL, like the tests' server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.test_bench_smoke import BENCH, TINY, _run

pytestmark = pytest.mark.postgresql_only


def test_the_copy_benchmark_runs_on_a_tiny_dataset(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run(str(BENCH / "make_dataset.py"), *TINY, "--out", str(data))
    output = _run(str(BENCH / "bench_copy_to.py"), "--data-dir", str(data), "--repeat", "1")
    assert "Copied 20 organizations, 50 contacts, 100 notes" in output
    assert "Copy this computer's data into an empty shared database" in output

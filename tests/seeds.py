"""The seed documents the domain comes from, found beside the repository (../shared/seeds).

Where they are absent (a copy of the project on its own) the checks against their text are
skipped with a reason; CI always has them, so there a missing seed fails the test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def seed_text(name: str) -> str:
    path = SEEDS_DIR / name
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"seed document {name} is missing from {SEEDS_DIR} in CI")
        pytest.skip(f"seed document {name} is not available here")
    return path.read_text(encoding="utf-8")

"""Running a snippet in a Python process of its own, for what only a fresh start shows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping


def fresh_python_output(code: str, env: Mapping[str, str] | None = None) -> str:
    """What ``code`` prints in a new Python process (stripped); fails the test if it fails."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()

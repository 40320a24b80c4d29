"""Check a built PartnerDesk the way a user's first start would go, without a screen.

Runs the bundle's own ``self-test`` (store, migrations, shipped files, Word document, e-mail
draft, main window), then opens the window with the sample data and quits once it is
shown. A data file or hidden import the bundle forgot fails here, not on a user's machine.

    python installer/smoke_test.py [EXECUTABLE]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180


def default_executable(dist: Path = ROOT / "dist") -> Path:
    """Where installer/partnerdesk.spec puts the program for this system."""
    if sys.platform == "win32":
        return dist / "PartnerDesk" / "partnerdesk-cli.exe"
    if sys.platform == "darwin":
        return dist / "PartnerDesk.app" / "Contents" / "MacOS" / "PartnerDesk"
    return dist / "partnerdesk" / "partnerdesk"


def _run(executable: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        [str(executable), *arguments],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    print(f"$ {executable.name} {' '.join(arguments)}  ({time.monotonic() - started:.1f} s)")
    print(result.stdout.rstrip())
    if result.returncode != 0:
        print(result.stderr.rstrip(), file=sys.stderr)
        raise SystemExit(f"smoke test failed: exit code {result.returncode}")
    return result


def smoke_test(executable: Path) -> None:
    if not executable.is_file():
        raise SystemExit(f"smoke test: {executable} does not exist; build it first")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = _run(executable, "--version").stdout.strip()
    if version != f"PartnerDesk {project['version']}":
        raise SystemExit(f"smoke test failed: the bundle says {version!r}")
    # In English whatever the build machine speaks: the sentence is compared.
    if "Self-test passed." not in _run(executable, "--language", "en", "self-test").stdout:
        raise SystemExit("smoke test failed: the self-test did not pass")
    with tempfile.TemporaryDirectory(prefix="partnerdesk-smoke-") as folder:
        _run(executable, "--data-dir", folder, "demo")
        _run(executable, "--data-dir", folder, "--exit-when-ready")
    print("Smoke test passed.")


if __name__ == "__main__":
    smoke_test(Path(sys.argv[1]) if len(sys.argv) > 1 else default_executable())

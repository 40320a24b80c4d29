"""The layering rule: only partnerdesk/ui (and app.py, which wires it) may import Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "partnerdesk"
QT_FREE = ["core", "store", "services", "exports", "imports"]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == [], f"these modules import PySide6 outside partnerdesk/ui: {offenders}"


def test_importing_the_non_ui_packages_loads_no_qt() -> None:
    """Also catches Qt pulled in indirectly, through another module."""
    modules = [f"partnerdesk.{name}" for name in QT_FREE] + [
        "partnerdesk.cli",
        "partnerdesk.services.records.listing",
        "partnerdesk.services.sample_data.loading",
        "partnerdesk.services.records.today",
        "partnerdesk.services.data_safety.self_test",
        "partnerdesk.store.database",
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'alembic', 'docx')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"loaded at import time: {result.stdout.strip()}"


def test_opening_the_window_loads_no_optional_heavy_library() -> None:
    """vCard, YAML, Word, migration, shared-database, language and chart libraries load
    when first needed."""
    code = (
        "import sys\n"
        "import partnerdesk.app\n"
        "heavy = ('vobject', 'yaml', 'docx', 'alembic', 'psycopg', 'keyring', 'babel',\n"
        "         'matplotlib')\n"
        # And the program's own modules that only later pages, dialogs and documents use
        # (tests/ui/test_start.py checks the window once built, too).
        "later = ('partnerdesk.store.models', 'partnerdesk.core.checkups',\n"
        "         'partnerdesk.ui.rich_text_delegate', 'partnerdesk.exports.charts')\n"
        "print(','.join(sorted(m for m in sys.modules\n"
        "                      if m.split('.')[0] in heavy or m.startswith(later))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "", f"loaded at start: {result.stdout.strip()}"


def test_the_window_and_the_commands_never_open_a_session() -> None:
    """They call use cases, which own their transactions (the import contracts in
    pyproject.toml forbid them the store and SQLAlchemy; this catches a session reached
    through some other object)."""
    paths = [*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "commands").rglob("*.py")]
    paths += [PACKAGE / "cli.py"]
    opening = [
        str(path.relative_to(PACKAGE))
        for path in paths
        if ".session(" in path.read_text(encoding="utf-8")
    ]
    assert opening == [], f"these open database sessions themselves: {opening}"

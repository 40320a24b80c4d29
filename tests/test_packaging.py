"""The package ships what it needs: every subpackage, its resources and its migrations."""

from __future__ import annotations

import tomllib
from pathlib import Path

import partnerdesk

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "partnerdesk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    # Folders of shipped files count as packages too, or setuptools warns and may skip them.
    found |= {
        ".".join(("partnerdesk", "resources", *folder.relative_to(ROOT / "resources").parts))
        for folder in (ROOT / "resources").rglob("*")
        if folder.is_dir()
    }
    missing = found - listed
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_version_matches_pyproject() -> None:
    assert partnerdesk.__version__ == _pyproject()["project"]["version"]


def test_migration_scripts_are_inside_the_package() -> None:
    from partnerdesk.shipped_files import migrations_dir
    from partnerdesk.store.schema import known_revisions

    assert (migrations_dir() / "env.py").is_file()
    assert known_revisions()[0] == "0001"

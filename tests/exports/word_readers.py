"""Reading exported Word files back: with python-docx, and with a real LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest


def all_text(path: Path) -> str:
    """Paragraphs, table cells and footers, one per line."""
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(paragraph.text for paragraph in section.footer.paragraphs)
    return "\n".join(parts)


def libreoffice_text(source: Path, work: Path) -> str:
    """The document's text as LibreOffice reads it (headless conversion to plain text)."""
    converted = libreoffice_convert(source, work, "txt:Text (encoded):UTF8", "txt")
    return converted.read_text(encoding="utf-8-sig")


def libreoffice_convert(source: Path, work: Path, to: str, suffix: str) -> Path:
    """The file LibreOffice writes from ``source`` with the filter ``to``, in ``work``.

    Skips where LibreOffice is not installed, except in CI, which installs it and sets
    PARTNERDESK_REQUIRE_LIBREOFFICE: there a missing LibreOffice fails the test.
    """
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        if os.environ.get("PARTNERDESK_REQUIRE_LIBREOFFICE"):
            pytest.fail("LibreOffice is required in this run (CI installs it) but is missing")
        pytest.skip("LibreOffice is not installed here (CI installs it)")
    result = subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{work / 'office-profile'}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(work),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = work / f"{source.stem}.{suffix}"
    assert converted.exists(), result.stdout + result.stderr
    return converted

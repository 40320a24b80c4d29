#!/usr/bin/env python3
"""Benchmark 4: a full MOU exported to .docx in-process, as "Export to Word…" does it.

A full MOU: every section written (paragraphs of realistic length), twelve parties' roles,
four parties with signatories, and open points listed at the end. Timed: building the
document with the app's export (exports/mou_docx.py) and saving it. Baseline: python-docx
building an equivalent document directly (same headings, paragraphs and tables), measured
in the same run. Target: ≤ 100 ms.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
from benchkit import Figure, arguments, emit, median, timed

from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_document import MouDocument
from partnerdesk.core.mou_sections import SECTIONS, FieldKind
from partnerdesk.core.mou_text import field_text
from partnerdesk.exports.mou_docx import write_mou_docx

TARGET_MS = 100.0
PARAGRAPH = (
    "The parties meet every month at the pantry, share a short written summary within a "
    "week, and agree changes together; neighbors who use the service are invited to each "
    "review and their comments are answered in writing. "
)


def full_draft() -> dict[str, Any]:
    draft: dict[str, Any] = {}
    for section in SECTIONS:
        values: dict[str, Any] = {}
        for field in section.fields:
            if field.kind in (FieldKind.TEXT, FieldKind.LINE):
                values[field.id] = PARAGRAPH * (3 if field.kind is FieldKind.TEXT else 1)
            elif field.kind is FieldKind.DATE:
                values[field.id] = "2027-03-01"
            elif field.kind is FieldKind.NUMBER:
                values[field.id] = 6
            elif field.kind is FieldKind.CHOICE:
                values[field.id] = "together"
        draft[section.id] = values
    parties = ["Eastside Food Collective", "Riverbend Health System", "County Health", "Library"]
    draft["parties"]["parties"] = [
        {"name": name, "signatory": f"Signatory {n}", "title": "Director"}
        for n, name in enumerate(parties)
    ]
    draft["roles"]["roles"] = [
        {"responsibility": PARAGRAPH[:90], "party": parties[n % 4], "due": "Monthly"}
        for n in range(12)
    ]
    draft["conflict"]["process"] = ""  # one open point, listed at the end
    return draft


def direct(draft: dict[str, Any], target: Path) -> None:
    """The same content through python-docx alone: no sanitizing, letterhead or helpers."""
    document = docx.Document()
    document.add_heading("MOU: benchmark", 0)
    for number, section in enumerate(SECTIONS, start=1):
        document.add_heading(f"{number}. {section.title}", 1)
        for field in section.fields:
            value = draft[section.id].get(field.id)
            if field.kind in (FieldKind.PARTIES, FieldKind.ROLES):
                table = document.add_table(rows=1, cols=3)
                table.style = document.styles["Table Grid"]
                for row in value:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row.values(), strict=False):
                        cell.text = text
            elif text := field_text(field, value):
                document.add_paragraph(f"{field.label}: {text}")
    document.save(str(target))


def main(argv: list[str] | None = None) -> int:
    options = arguments(__doc__.split("\n\n")[0], repeat=20).parse_args(argv)
    draft = full_draft()
    findings = check_mou(draft)
    content = MouDocument("MOU: benchmark", draft, 3, date(2026, 11, 23), findings)
    app_ms, direct_ms = [], []
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder) / "app.docx", Path(folder) / "direct.docx"
        write_mou_docx(content, ours)  # first run imports and warms up: not counted
        direct(draft, theirs)
        for _ in range(options.repeat):  # interleaved, so both see the same load
            app_ms.append(timed(lambda: write_mou_docx(content, ours)) * 1000)
            direct_ms.append(timed(lambda: direct(draft, theirs)) * 1000)
    emit(
        Figure(
            "MOU export to Word (full MOU)",
            median(app_ms),
            "ms",
            f"≤ {TARGET_MS:g} ms",
            limit=TARGET_MS,
            baseline=median(direct_ms),
            baseline_name="python-docx directly",
            note=f"{len(SECTIONS)} sections, 12 roles, 4 signatories",
        ),
        options.json,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

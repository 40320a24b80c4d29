#!/usr/bin/env python3
"""The interface's translations: extract the messages, compile them.

    scripts/translations.py update     # pyside6-lupdate: sources -> resources/translations/*.ts
    scripts/translations.py build      # pyside6-lrelease: *.ts -> *.qm beside them
    scripts/translations.py update --into DIR   # write the updated .ts files into DIR instead

``update`` keeps every translation already made, adds new messages (unfinished) and drops
the ones no longer in the code; messages carry no line numbers, so moving code around
changes nothing. A translator then fills in resources/translations/partnerdesk_es.ts
(Qt Linguist, or any editor), following docs/translating.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partnerdesk.translation_files import compile_all, qt_program  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)
# Every place a message for users is written: the window, the program's wiring, the
# commands, the refusals the services explain themselves with, and the words of core's
# choices shown on screen (stages, ratings, statuses).
SOURCES = (
    "partnerdesk/ui",
    "partnerdesk/app.py",
    "partnerdesk/cli.py",
    "partnerdesk/commands",
    # The services' refusals ("Please give the organization a name.") and the words they
    # show (the timeline, the lists, what changed), said in the window's language.
    "partnerdesk/services",
    "partnerdesk/core/choices.py",
    "partnerdesk/core/commitments.py",
    "partnerdesk/core/dates.py",
    "partnerdesk/core/team_charter.py",
    # Said by the commands and shown in the window alike (issue 21).
    "partnerdesk/core/forms.py",
    "partnerdesk/shared_database.py",
    # A save refused because someone else saved first: the sentence and the fields' names.
    "partnerdesk/store/errors.py",
    "partnerdesk/store/schema.py",
    "partnerdesk/store/database.py",
    # What reading a returned form found (the preview dialogs and the commands show it).
    "partnerdesk/imports/docx_forms.py",
    "partnerdesk/imports/checkup_form.py",
    "partnerdesk/core/checkup_form.py",
    # The commands' own words (issue 21, review items 5-17).
    "partnerdesk/core/file_reasons.py",
    "partnerdesk/store/copy_records.py",
    "partnerdesk/imports/contact_files.py",
    "partnerdesk/imports/contact_rows.py",
    "partnerdesk/imports/csv_formats.py",
    "partnerdesk/imports/vcards.py",
    "partnerdesk/instance_lock.py",
)


def update(into: Path | None = None) -> list[Path]:
    """Run lupdate over SOURCES for every language; returns the .ts files written."""
    program = qt_program("lupdate")
    if program is None:
        sys.exit("pyside6-lupdate was not found: install PySide6 (scripts/setup.sh).")
    written = []
    for language in LANGUAGES:
        source = TRANSLATIONS / f"partnerdesk_{language}.ts"
        target = source if into is None else into / source.name
        if into is not None and source.exists():
            shutil.copyfile(source, target)
        subprocess.run(
            [
                str(program),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *(str(ROOT / path) for path in SOURCES),
                "-ts",
                str(target),
            ],
            check=True,
        )
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["update", "build"])
    parser.add_argument("--into", type=Path, help="write the results into this folder")
    options = parser.parse_args()
    if options.action == "update":
        for path in update(options.into):
            print(f"Updated {path}")
    else:
        compiled = compile_all(options.into)
        print(f"Compiled {len(compiled)} translation(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Child process for test_crash_safety.py: imports batches of contacts until it is killed.

Usage: python crash_writer.py DATA_DIR FIRST_BATCH MAX_BATCHES

It opens the store in DATA_DIR, prints ``ready``, then for batch FIRST_BATCH, FIRST_BATCH+1,
... imports a generated CSV of CONTACTS_PER_BATCH contacts (each named ``Batch {n} Person
{i}``, with an e-mail ``batch{n}.person{i}@crash.example``) in one transaction, exactly as
the app does: ``preview_import``, then ``apply_import``, which commits its own transaction.
It prints ``started {n}`` just before the writes begin and ``committed {n}`` once the
transaction has been committed, flushing stdout each time, so the parent knows what is
promised to be on disk when it sends SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from partnerdesk.paths import DataLocation
from partnerdesk.services.transfer.contact_import import RowStatus, apply_import, preview_import
from partnerdesk.store.database import open_database

CONTACTS_PER_BATCH = 2000


def contact_name(batch: int, index: int) -> str:
    return f"Batch {batch} Person {index}"


def contact_email(batch: int, index: int) -> str:
    return f"batch{batch}.person{index}@crash.example"


def batch_file_name(batch: int) -> str:
    return f"crash-batch-{batch}.csv"


def write_batch_csv(folder: Path, batch: int) -> Path:
    path = folder / batch_file_name(batch)
    lines = ["Full Name,E-mail"]
    lines += [
        f"{contact_name(batch, i)},{contact_email(batch, i)}" for i in range(CONTACTS_PER_BATCH)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    data_dir, first_batch, max_batches = Path(argv[0]), int(argv[1]), int(argv[2])
    # The CSV files live beside the data folder, not in it: only the store is under test.
    csv_folder = data_dir.parent / "crash-csv"
    csv_folder.mkdir(exist_ok=True)
    database = open_database(DataLocation(data_dir))
    say("ready")
    for batch in range(first_batch, first_batch + max_batches):
        source = write_batch_csv(csv_folder, batch)
        plan = preview_import(database, source)
        statuses = {row.status for row in plan.rows}
        if RowStatus.SKIPPED in statuses or RowStatus.MERGE in statuses:
            raise SystemExit(f"batch {batch}: unexpected plan {statuses}")
        say(f"started {batch}")
        apply_import(database, plan)
        say(f"committed {batch}")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Revision 0010: MOUs and decisions written before it get their commitments on upgrade."""

from __future__ import annotations

import shutil
from pathlib import Path

from partnerdesk.core.commitments import BOTH_PARTIES, CommitmentSource, CommitmentStatus
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.commitments.lists import list_commitments
from partnerdesk.services.commitments.status import mark_done
from partnerdesk.services.mou.drafts import DraftEdit, mou_for_request, read_draft, save_draft
from partnerdesk.store.database import open_database

SAMPLES = Path(__file__).resolve().parent.parent / "data"


def test_the_sample_mou_of_schema_0009_gets_its_commitments_and_they_follow_it(
    tmp_path: Path,
) -> None:
    location = DataLocation(tmp_path / "data")
    location.ensure_exists()
    shutil.copyfile(SAMPLES / "schema-0009.sqlite3", location.data_dir / DATABASE_FILE_NAME)
    database = open_database(location)
    try:
        lines = list_commitments(database)
        assert [(line.source, line.party) for line in lines] == [
            (CommitmentSource.GOAL, BOTH_PARTIES),
            (CommitmentSource.ROLE, "Riverbend Health System"),
            (CommitmentSource.ROLE, "Riverbend Health System"),
        ]
        assert all(line.status is CommitmentStatus.OPEN for line in lines)
        screening = next(line for line in lines if line.what.startswith("Screen patients"))
        assert screening.due_text == "Weekly" and screening.due_on is None
        # The app takes them on from there: a status set stays as the MOU is saved.
        mark_done(database, screening.id)
        with database.session() as session:
            mou_id = mou_for_request(session, screening.request_id)
        assert mou_id is not None
        rows = read_draft(database, mou_id).sections["roles"]["roles"]
        save_draft(database, mou_id, DraftEdit("roles", {"roles": rows}))
        after = {line.id: line.status for line in list_commitments(database)}
        assert after[screening.id] is CommitmentStatus.DONE and len(after) == 3
    finally:
        database.close()

"""Outlines of the tables the Today page reads: names and types, without the ORM models.

The window opens on the Today page. Reading it through these outlines lets the window
open before the models are declared (about 0.1 s) and their mappers configured (about
0.08 s); both happen once the window is on screen. Only the columns Today reads are here,
typed as the models type them; tests/store/test_outlines.py holds them to the models.

Worth keeping, measured for issue 17 (bench/bench_start.py on the benchmark data, three
runs each): with Today read through the models the start took 1.20–1.30× the bare floor,
over the 1.1× budget; with these outlines 0.96–1.14×. The start's other measures and
their budget are in partnerdesk/process_tuning.py (this is its measure 3).
"""

from __future__ import annotations

from sqlalchemy import Date, Integer, String, Text, column, table

from partnerdesk.core.choices import Decision, MouStatus, RequestStage
from partnerdesk.core.commitments import CommitmentStatus
from partnerdesk.store.column_types import UtcDateTime, choice_column

organizations = table(
    "organizations",
    column("id", Integer),
    column("deleted_at", UtcDateTime),
    column("name", String),
)
contacts = table("contacts", column("id", Integer), column("deleted_at", UtcDateTime))
outreach_notes = table(
    "outreach_notes",
    column("id", Integer),
    column("deleted_at", UtcDateTime),
    column("organization_id", Integer),
    column("follow_up_action", Text),
    column("follow_up_due", Date),
    column("follow_up_done_at", UtcDateTime),
)
partnership_requests = table(
    "partnership_requests",
    column("id", Integer),
    column("deleted_at", UtcDateTime),
    column("title", String),
    column("organization_id", Integer),
    column("received_on", Date),
    column("stage", choice_column(RequestStage)),
    column("decision", choice_column(Decision)),
)
mous = table(
    "mous",
    column("id", Integer),
    column("deleted_at", UtcDateTime),
    column("title", String),
    column("request_id", Integer),
    column("review_on", Date),
    column("status", choice_column(MouStatus)),
)

commitments = table(
    "commitments",
    column("id", Integer),
    column("request_id", Integer),
    column("what", Text),
    column("party", String),
    column("due_on", Date),
    column("status", choice_column(CommitmentStatus)),
)

OUTLINES = (organizations, contacts, outreach_notes, partnership_requests, mous, commitments)

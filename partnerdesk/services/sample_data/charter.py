"""The sample active partnership's team charter (issue 19): short, as a real one starts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from partnerdesk.services.charter.charters import write_part

SAMPLE_CHARTER = {
    "goal": "Every child on the Eastside can get a free, healthy lunch all summer, at a "
    "place their family already knows. This summer: lunch five days a week at the WIC "
    "clinic, and at least 120 children a day by August.",
    "agreeing": "We plan together at our monthly meeting. The Food Collective and the county "
    "each have one voice, and the parents on our advisory group speak first. What we decide "
    "goes in the minutes.",
    "challenges": "Either side raises a concern early, first with the other's coordinator "
    "(Darnell Hayes for us, Siobhán O'Connor for the county). If it is not settled in two "
    "weeks, Marisol Ortega and the county's WIC director meet.",
    "meetings": "First Tuesday of each month, 5:30 pm, at the clinic, with food and "
    "childcare. The county writes the minutes and shares them within a week; in summer we "
    "also check in by phone every Friday.",
}


def add_sample_charter(session: Session, request_id: int) -> None:
    for part_id, text in SAMPLE_CHARTER.items():
        write_part(session, request_id, part_id, text)

"""A request's team charter: read it, and save one part at a time as the user types.

The editor (ui/editors/charter_dialog.py) sends a ``PageEdit`` per part, like the MOU
wizard: the part's id, ``{"text": …}`` and the part as the store may hold it. A part saved
differently since (a colleague, on a shared database) is refused with their words, so the
user chooses whose to keep; nothing is overwritten unseen.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.team_charter import PART_BY_ID, PARTS, TeamCharter
from partnerdesk.core.text import clean_multiline
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import ChangedElsewhereError, InvalidInputError
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.transactions import transaction
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.errors import Difference
from partnerdesk.store.models import PartnershipRequest
from partnerdesk.store.models import TeamCharter as StoredCharter

# The charter shows on no list and not on Today: only the charter editor re-reads it.
CHARTER_CHANGED = Changes.of(Detail.CHARTER)
# Each part's one field, as the editor sends it.
TEXT = "text"


@dataclass(frozen=True)
class CharterDraft:
    """What the editor opens on: the request and each part's text as stored."""

    request_id: int
    request_title: str
    our_organization: str
    their_organization: str
    texts: dict[str, str]


def stored_charter(session: Session, request_id: int) -> StoredCharter | None:
    return session.scalar(select(StoredCharter).where(StoredCharter.request_id == request_id))


def charter_of(session: Session, request_id: int) -> TeamCharter:
    """The charter as documents print it (empty texts when none was written)."""
    request = get_request(session, request_id)
    ours = our_organization(session)
    stored = stored_charter(session, request_id)
    return TeamCharter(
        request.title,
        ours.name if ours is not None else "",
        request.organization.name if request.organization is not None else "",
        {part.id: getattr(stored, part.id) if stored else "" for part in PARTS},
    )


def write_part(
    session: Session,
    request_id: int,
    part_id: str,
    text: str,
    bases: tuple[str, ...] = (),
) -> Changes:
    """Save one part. ``bases``: the texts the store may hold (as last read, then after
    this user's saves still on their way); when it holds none of them, someone else saved
    meanwhile and nothing is written. Empty: save over whatever is stored."""
    part = PART_BY_ID.get(part_id)
    if part is None:
        raise InvalidInputError(
            translate("Refusals", "That part of the team charter does not exist.")
        )
    get_request(session, request_id)
    charter = stored_charter(session, request_id)
    stored = getattr(charter, part_id) if charter is not None else ""
    cleaned = clean_multiline(text)
    if bases and stored not in {clean_multiline(base) for base in bases} and stored != cleaned:
        raise their_part(part_id, stored, cleaned)
    if stored == cleaned:
        return Changes()
    if charter is None:
        charter = StoredCharter(request_id=request_id)
        session.add(charter)
    setattr(charter, part_id, cleaned)
    session.flush()
    return CHARTER_CHANGED


def their_part(part_id: str, theirs: str, mine: str) -> ChangedElsewhereError:
    # Named as the team charter's page names it, in the window's language.
    title = translate("CharterPart", PART_BY_ID[part_id].title)
    return ChangedElsewhereError(
        f"part of the team charter ({title})",
        [Difference(title, _words(theirs), _words(mine))],
        {TEXT: theirs},
        part=title,
    )


def _words(text: str) -> str:
    words = " ".join(text.split())
    if not words:
        return "(empty)"
    return words if len(words) <= 80 else words[:79] + "…"


# Use cases: each takes the Database and is one transaction -------------------------------
def read_charter(database: Database, request_id: int) -> CharterDraft:
    with transaction(database) as session:
        charter = charter_of(session, request_id)
        return CharterDraft(
            request_id,
            charter.request_title,
            charter.our_organization,
            charter.their_organization,
            dict(charter.texts),
        )


def save_charter(database: Database, request_id: int, edit: PageEdit) -> Changes:
    """Write one part of the charter, or (refused) nothing.

    Two staff saving the same charter at once (a shared database) are taken one after the
    other: the request's row is locked first, so the second compares against the first's
    committed words and, refused, is shown them.
    """
    if not edit.section_id:
        return Changes()  # only the page to resume on: the charter does not keep it
    text = str(edit.values.get(TEXT, "") or "")
    bases = tuple(str(base.get(TEXT, "") or "") for base in edit.bases)
    try:
        with transaction(database) as session:
            # FOR UPDATE (PostgreSQL; SQLite writes one at a time anyway): a colleague's
            # save still being written is waited for, then read as committed.
            session.get(PartnershipRequest, request_id, with_for_update=True)
            return write_part(session, request_id, edit.section_id, text, bases)
    except ChangedElsewhereError as error:
        if error.theirs is not None:
            raise
        # The row moved on under this save (its version checked at write time, or a
        # first charter made by both at once): say what the part now holds.
        with transaction(database) as session:
            charter = stored_charter(session, request_id)
            theirs = getattr(charter, edit.section_id) if charter is not None else ""
        raise their_part(edit.section_id, theirs, clean_multiline(text)) from error

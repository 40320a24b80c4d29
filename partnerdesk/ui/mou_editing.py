"""The MOU wizard's writes: a page, the title, where it was left, and its findings.

Each is a small write made at once (a few milliseconds), so typing never waits on a thread.
A moment when the store is busy (an export, a backup) is answered with a line to show while
the wizard tries again; a colleague's save meanwhile is asked about, never overwritten unseen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import OperationalError

from partnerdesk.core.mou_checks import Finding
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.mou.drafts import rename_mou, save_section, set_last_page
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.mou_wizard import TheirSection
from partnerdesk.ui.record_editing import KEEP_MINE, RELOAD, conflict_text


class MouEditing:
    def __init__(self, database: Database, dialogs: Dialogs) -> None:
        self.database = database
        self.dialogs = dialogs

    def _write(self, work: Any) -> str:
        try:
            with self.database.session() as session:
                work(session)
        except (InvalidInputError, RecordMissingError) as error:
            return str(error)
        except OperationalError:
            # Another save (an export, a backup) holds the store for a moment: try again.
            return "Saving as soon as PartnerDesk has finished what it is doing…"
        return ""

    def save_section(
        self, mou_id: int, section_id: str, values: dict[str, Any], base: dict[str, Any]
    ) -> str | TheirSection:
        try:
            return self._write(
                lambda session: save_section(session, mou_id, section_id, values, base)
            )
        except ChangedElsewhereError as error:
            choice = self.dialogs.choose(
                f"Someone else changed this {error.what}",
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == RELOAD and isinstance(error.theirs, dict):
                return TheirSection(error.theirs)
            # Keep mine, or the question closed: what is on screen is what the user sees
            # as the MOU, so it is saved (over theirs, knowingly).
            return self._write(lambda session: save_section(session, mou_id, section_id, values))

    def save_title(self, mou_id: int, title: str) -> str:
        return self._write(lambda session: rename_mou(session, mou_id, title))

    def set_last_page(self, mou_id: int, page: str) -> None:
        self._write(lambda session: set_last_page(session, mou_id, page))

    def findings(self, mou_id: int) -> list[Finding]:
        from partnerdesk.services.mou.export import mou_findings

        with self.database.session() as session:
            return mou_findings(session, mou_id)

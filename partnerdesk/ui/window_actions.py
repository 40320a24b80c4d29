"""The main window's actions behind menus and buttons, each made the first time it is used.

Most sessions open few of them; making them all (and importing the MOU, e-mail,
vetting and import code behind them) at every start made every start slower.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partnerdesk.paths import DataLocation
    from partnerdesk.store.database import Database
    from partnerdesk.ui.change_runner import ChangeRunner
    from partnerdesk.ui.contact_transfer import ContactTransfer
    from partnerdesk.ui.dialogs import Dialogs
    from partnerdesk.ui.email_actions import EmailActions
    from partnerdesk.ui.letterhead_actions import LetterheadActions
    from partnerdesk.ui.mou_actions import MouActions
    from partnerdesk.ui.operations import Operations
    from partnerdesk.ui.profile_actions import ProfileActions
    from partnerdesk.ui.record_editing import RecordEditing
    from partnerdesk.ui.shared_database_actions import SharedDatabaseActions
    from partnerdesk.ui.tasks import TaskRunner
    from partnerdesk.ui.vetting_actions import VettingActions
    from partnerdesk.ui.window_state import WindowState


class WindowActions:
    """Mixed into the main window, which provides what these are made from."""

    database: Database
    dialogs: Dialogs
    tasks: TaskRunner
    changes: ChangeRunner
    operations: Operations
    window_state: WindowState

    show_organization: Callable[[int], None]
    show_request: Callable[[int], None]
    switch_to: Callable[[DataLocation], None]

    def made(self, name: str) -> bool:
        """Whether the action ``name`` was made already (looking would make it)."""
        return name in self.__dict__

    @cached_property
    def editing(self) -> RecordEditing:
        from partnerdesk.ui.record_editing import RecordEditing

        return RecordEditing(
            self,
            self.database,
            self.changes,
            self.dialogs,
            self.show_organization,
            self.show_request,
            # Who logs a request is the user's own name, asked once (as on answers).
            lambda: self.vetting.user_name(),
        )

    @cached_property
    def transfer(self) -> ContactTransfer:
        from partnerdesk.ui.contact_transfer import ContactTransfer

        return ContactTransfer(self, self.changes)

    @cached_property
    def vetting(self) -> VettingActions:
        from partnerdesk.ui.vetting_actions import VettingActions

        return VettingActions(self, self.operations, self.dialogs, self.window_state.settings)

    @cached_property
    def email(self) -> EmailActions:
        from partnerdesk.ui.email_actions import EmailActions

        return EmailActions(self, self.changes)

    @cached_property
    def mous(self) -> MouActions:
        from partnerdesk.ui.mou_actions import MouActions

        return MouActions(self, self.changes, self.email, self.window_state.settings)

    @cached_property
    def letterhead(self) -> LetterheadActions:
        from partnerdesk.ui.letterhead_actions import LetterheadActions

        return LetterheadActions(self.changes)

    @cached_property
    def profiles(self) -> ProfileActions:
        from partnerdesk.ui.profile_actions import ProfileActions

        return ProfileActions(self, self.changes)

    @cached_property
    def shared(self) -> SharedDatabaseActions:
        from partnerdesk.ui.shared_database_actions import SharedDatabaseActions

        return SharedDatabaseActions(self, self.database, self.tasks, self.dialogs, self.switch_to)

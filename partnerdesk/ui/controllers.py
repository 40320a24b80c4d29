"""The window's feature controllers, each made the first time it is used.

Most sessions open few of them; making them all (and importing the MOU, e-mail,
vetting and import code behind them) at every start made every start slower. Each is
made in a function of its own below, from the window's context and the few window
callbacks it needs, so what a controller is given can be read (and changed) in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from partnerdesk.ui.context import WindowContext

if TYPE_CHECKING:
    from partnerdesk.paths import DataLocation
    from partnerdesk.ui.calendar_actions import CalendarActions
    from partnerdesk.ui.charter_actions import CharterActions
    from partnerdesk.ui.checkup_actions import CheckupActions
    from partnerdesk.ui.commitment_actions import CommitmentActions
    from partnerdesk.ui.contact_transfer import ContactTransfer
    from partnerdesk.ui.data_safety import DataSafety
    from partnerdesk.ui.email_actions import EmailActions
    from partnerdesk.ui.form_actions import FormActions
    from partnerdesk.ui.help_actions import HelpActions
    from partnerdesk.ui.kickoff_actions import KickoffActions
    from partnerdesk.ui.letterhead_actions import LetterheadActions
    from partnerdesk.ui.mou_actions import MouActions
    from partnerdesk.ui.profile_actions import ProfileActions
    from partnerdesk.ui.record_editing import RecordEditing
    from partnerdesk.ui.results_actions import ResultsActions
    from partnerdesk.ui.shared_database_actions import SharedDatabaseActions
    from partnerdesk.ui.signing_actions import SigningActions
    from partnerdesk.ui.trash_actions import TrashActions
    from partnerdesk.ui.vetting_actions import VettingActions


@dataclass(frozen=True)
class WindowCallbacks:
    """What controllers may ask of the window: show a page, close it, load the sample."""

    show_organization: Callable[[int], None]
    show_request: Callable[[int], None]
    switch_to: Callable[[DataLocation], None]
    close_without_saving_state: Callable[[], None]
    load_sample_data: Callable[[], None]


class Controllers:
    def __init__(self, parent: QWidget, context: WindowContext, window: WindowCallbacks) -> None:
        self.parent = parent
        self.context = context
        self.window = window

    def made(self, name: str) -> bool:
        """Whether the controller ``name`` was made already (looking would make it)."""
        return name in self.__dict__

    @cached_property
    def trash(self) -> TrashActions:
        from partnerdesk.ui.trash_actions import TrashActions

        return TrashActions(self.parent, self.context.operations, self.context.dialogs)

    @cached_property
    def calendar(self) -> CalendarActions:
        from partnerdesk.ui.calendar_actions import CalendarActions

        return CalendarActions(self.context.operations, self.context.dialogs, self.context.settings)

    @cached_property
    def commitments(self) -> CommitmentActions:
        from partnerdesk.ui.commitment_actions import CommitmentActions

        return CommitmentActions(self.parent, self.context.operations, self.context.dialogs)

    @cached_property
    def checkups(self) -> CheckupActions:
        from partnerdesk.ui.checkup_actions import CheckupActions

        return CheckupActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def safety(self) -> DataSafety:
        from partnerdesk.ui.data_safety import DataSafety

        return DataSafety(
            self.parent,
            self.context.operations,
            self.context.database.location,
            self.context.settings,
            self.window.close_without_saving_state,
        )

    @cached_property
    def help(self) -> HelpActions:
        from partnerdesk.ui.help_actions import HelpActions

        return HelpActions(
            self.parent,
            self.context.operations,
            self.context.database.location,
            self.context.settings,
            self.safety.backup_folder,
            self._edit_our_profile,
            self.window.load_sample_data,
        )

    def _edit_our_profile(self) -> None:
        self.profiles.edit_our_profile()

    @cached_property
    def editing(self) -> RecordEditing:
        from partnerdesk.ui.record_editing import RecordEditing

        return RecordEditing(
            self.parent,
            self.context.operations,
            self.context.dialogs,
            self.window.show_organization,
            self.window.show_request,
            # Who logs a request is the user's own name, asked once (as on answers).
            lambda: self.vetting.user_name(),
        )

    @cached_property
    def transfer(self) -> ContactTransfer:
        from partnerdesk.ui.contact_transfer import ContactTransfer

        return ContactTransfer(self.parent, self.context.operations)

    @cached_property
    def vetting(self) -> VettingActions:
        from partnerdesk.ui.vetting_actions import VettingActions

        return VettingActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def forms(self) -> FormActions:
        from partnerdesk.ui.form_actions import FormActions

        return FormActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def kickoff(self) -> KickoffActions:
        from partnerdesk.ui.kickoff_actions import KickoffActions

        return KickoffActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def results(self) -> ResultsActions:
        from partnerdesk.ui.results_actions import ResultsActions

        return ResultsActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def charter(self) -> CharterActions:
        from partnerdesk.ui.charter_actions import CharterActions

        return CharterActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def email(self) -> EmailActions:
        from partnerdesk.ui.email_actions import EmailActions

        return EmailActions(
            self.parent,
            self.context.operations,
            self.context.dialogs,
            self.context.database.location.data_dir,
        )

    @cached_property
    def mous(self) -> MouActions:
        from partnerdesk.ui.mou_actions import MouActions

        return MouActions(
            self.parent,
            self.context.operations,
            self.context.dialogs,
            self.email,
            self.context.settings,
            self.context.database.location.data_dir,
            sign=lambda mou_id, over: self.signing.mark_mou_signed(mou_id, over),
        )

    @cached_property
    def signing(self) -> SigningActions:
        from partnerdesk.ui.signing_actions import SigningActions

        return SigningActions(
            self.parent, self.context.operations, self.context.dialogs, self.vetting.user_name
        )

    @cached_property
    def letterhead(self) -> LetterheadActions:
        from partnerdesk.ui.letterhead_actions import LetterheadActions

        return LetterheadActions(
            self.context.operations,
            self.context.dialogs,
            self.context.database.location.data_dir,
        )

    @cached_property
    def profiles(self) -> ProfileActions:
        from partnerdesk.ui.profile_actions import ProfileActions

        return ProfileActions(
            self.parent, self.context.operations, self.context.dialogs, self.context.settings
        )

    @cached_property
    def shared(self) -> SharedDatabaseActions:
        from partnerdesk.ui.shared_database_actions import SharedDatabaseActions

        return SharedDatabaseActions(
            self.parent,
            self.context.operations,
            self.context.database.location,
            self.window.switch_to,
        )

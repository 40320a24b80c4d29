"""The Help menu's windows: the user guide, the welcome and the About box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk import APP_NAME, __version__
from partnerdesk.paths import DataLocation, shown_path
from partnerdesk.ui.guide_dialog import GuideDialog, guide_file
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.welcome_dialog import Welcome, WelcomeDialog, WelcomeFacts

LICENCE = "GPL-3.0-or-later"


def about_text() -> str:
    # The version is the package's own (kept equal to pyproject.toml by a test), so a
    # frozen build, which carries no package metadata, shows it too.
    return QCoreApplication.translate(
        "help_actions",
        "<h2>{APP_NAME} {__version__}</h2><p>PartnerDesk helps "
        "community-based organizations vet the partnership requests "
        "they receive, keep their partners' history, and agree to "
        "partnerships on their own terms.</p><p>Free software under "
        "the GNU General Public License, version 3 or later "
        "({LICENCE}): you may use, share and change it. It comes "
        "with no warranty.</p>",
    ).format(APP_NAME=APP_NAME, __version__=__version__, LICENCE=LICENCE)


class HelpActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        location: DataLocation,
        settings: QSettings,
        backup_folder: Callable[[], Path],
        set_up_profile: Callable[[], None],
        load_sample: Callable[[], None],
    ) -> None:
        self.parent = parent
        self.operations = operations
        self.location = location
        self.dialogs = operations.dialogs
        self.backup_folder = backup_folder
        self.welcome = Welcome(
            parent,
            settings,
            self.welcome_facts,
            set_up_profile,
            load_sample,
            self.ask_if_store_is_empty,
        )
        self.guide: GuideDialog | None = None

    def welcome_facts(self) -> WelcomeFacts:
        """What is known at once; whether the store is empty follows (see below)."""
        database_file = self.location.database_file
        return WelcomeFacts(
            data_place="" if database_file is None else shown_path(database_file.parent),
            backup_place=shown_path(self.backup_folder()),
            store_is_empty=None,
        )

    def ask_if_store_is_empty(self, then: Callable[[bool], None]) -> None:
        from partnerdesk.services.sample_data.loading import store_is_empty

        self.operations.query(store_is_empty, then)

    def show_welcome(self) -> WelcomeDialog:
        return self.welcome.show()

    def show_guide(self) -> GuideDialog | None:
        """The guide in a window of its own, beside the main window (one at a time)."""
        if self.guide is None:
            if not guide_file().is_file():
                self.dialogs.problem(
                    QCoreApplication.translate("HelpActions", "The user guide is missing"),
                    QCoreApplication.translate(
                        "HelpActions",
                        "The user guide was not found in this installation of PartnerDesk. "
                        "Installing PartnerDesk again brings it back; your data is not affected.",
                    ),
                )
                return None
            self.guide = GuideDialog(parent=self.parent)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_about(self) -> None:
        self.dialogs.about(
            QCoreApplication.translate("HelpActions", "About {APP_NAME}").format(APP_NAME=APP_NAME),
            about_text(),
        )

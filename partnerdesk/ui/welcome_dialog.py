"""The welcome on the first start: what PartnerDesk is for, and the first steps.

It offers to set up our organization's profile now or later and to load the sample data,
and says where the data is kept and how backups work. Once closed it is not shown again
(remembered in the data folder's settings); Help → Welcome… opens it any time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import APP_NAME
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.paths import resource
from partnerdesk.ui.widgets import heading
from partnerdesk.ui.window_state import keep_private

WELCOME_DONE_KEY = "welcome/done"
START_BUTTON = QT_TRANSLATE_NOOP("welcome_dialog", "Start using PartnerDesk")
ICON_SIZE = 56
WIDTH = 620

WHAT_FOR = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "PartnerDesk keeps track of the hospitals and health systems that ask your organization "
    "to partner, the people you deal with there, and your history with them. It helps you "
    "check each request on your own terms before you agree to anything.",
)
PROFILE_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "Tell PartnerDesk who “we” are: your organization's name, mission and values, so they "
    "are at hand when you weigh a request.",
)
PROFILE_LATER_HINT = QT_TRANSLATE_NOOP(
    "welcome_dialog", "Whenever you are ready: File → Our organization's profile…"
)
SAMPLE_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "An invented example: a hospital system approaching a community food collective, with "
    "contacts, notes and a request being vetted. Move it to the Trash when you are done.",
)
SAMPLE_REFUSED_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "PartnerDesk already holds records, so the sample is not added: it would mix with yours.",
)
BACKUPS_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "PartnerDesk backs up your data by itself, every half hour while you work and when you "
    "close it, and keeps recent and older copies in {folder}. File → Backups and restore… "
    "brings an earlier copy back. Settings → Backup folder… can send the backups to a USB "
    "stick or a synced folder.",
)
GUIDE_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog", "Help → User guide (F1) walks you through the everyday tasks, with pictures."
)
SHARED_BACKUPS_TEXT = QT_TRANSLATE_NOOP(
    "welcome_dialog",
    "Your data is in a shared database. Its backups are made by the server it runs on; ask "
    "whoever looks after that server.",
)


def welcome_done(settings: QSettings) -> bool:
    return str(settings.value(WELCOME_DONE_KEY, "false")).lower() == "true"


def mark_welcome_done(settings: QSettings) -> None:
    settings.setValue(WELCOME_DONE_KEY, True)
    settings.sync()
    keep_private(Path(settings.fileName()))


@dataclass(frozen=True)
class WelcomeFacts:
    """What the welcome tells: where the data and the backups are, and if a sample fits."""

    data_place: str  # e.g. "~/.local/share/PartnerDesk", or "" for a shared database
    backup_place: str
    # None while it is being read: the box to load the sample waits until it is known.
    store_is_empty: bool | None


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(title: str, *widgets: QWidget) -> QWidget:
    """A bold heading over its text and choices, indented a little (no frames: calmer)."""
    section = QWidget()
    section.setAccessibleName(title)
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(heading(title, size_delta=1))
    body = QVBoxLayout()
    body.setContentsMargins(14, 0, 0, 0)
    for widget in widgets:
        body.addWidget(widget)
    layout.addLayout(body)
    return section


class WelcomeDialog(QDialog):
    def __init__(self, facts: WelcomeFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setObjectName("welcome-dialog")

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "partnerdesk.svg"))).pixmap(ICON_SIZE))
        icon.setAccessibleName(self.tr("{APP_NAME} logo").format(APP_NAME=APP_NAME))
        title = heading(self.tr("Welcome to {APP_NAME}").format(APP_NAME=APP_NAME), size_delta=5)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addSpacing(8)
        header.addWidget(title, 1)
        self.what_for = _paragraph(QCoreApplication.translate("welcome_dialog", WHAT_FOR))

        self.profile_now = QRadioButton(self.tr("Set it up &now"))
        self.profile_later = QRadioButton(self.tr("&Later"))
        self.profile_later.setChecked(True)
        self.profile_choice = QButtonGroup(self)
        self.profile_choice.addButton(self.profile_now)
        self.profile_choice.addButton(self.profile_later)
        choices = QHBoxLayout()
        choices.addWidget(self.profile_now)
        choices.addWidget(self.profile_later)
        choices.addStretch(1)
        choice_row = QWidget()
        choice_row.setLayout(choices)
        choices.setContentsMargins(0, 0, 0, 0)
        self.profile_hint = _paragraph(
            QCoreApplication.translate("welcome_dialog", PROFILE_LATER_HINT)
        )
        profile = _section(
            self.tr("Your organization's profile"),
            _paragraph(QCoreApplication.translate("welcome_dialog", PROFILE_TEXT)),
            choice_row,
            self.profile_hint,
        )

        self.load_sample = QCheckBox(self.tr("Load the &sample data to look around"))
        self.sample_text = _paragraph(QCoreApplication.translate("welcome_dialog", SAMPLE_TEXT))
        self.show_store_is_empty(facts.store_is_empty)
        sample = _section(self.tr("Look around first"), self.load_sample, self.sample_text)

        if facts.data_place:
            where = self.tr(
                "Everything stays on this computer, in {data_place}. "
                "PartnerDesk never sends anything over the internet. "
                "Settings → Where is my data? shows every file."
            ).format(data_place=facts.data_place)
            backups_text = QCoreApplication.translate("welcome_dialog", BACKUPS_TEXT).format(
                folder=facts.backup_place
            )
        else:
            where = self.tr("Your data is kept in a shared database that your organization set up.")
            backups_text = QCoreApplication.translate("welcome_dialog", SHARED_BACKUPS_TEXT)
        self.where = _paragraph(where)
        self.backups = _paragraph(backups_text)
        data = _section(self.tr("Your data and its backups"), self.where, self.backups)
        guide = _paragraph(QCoreApplication.translate("welcome_dialog", GUIDE_TEXT))

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            QCoreApplication.translate("welcome_dialog", START_BUTTON),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(header)
        layout.addWidget(self.what_for)
        layout.addWidget(profile)
        layout.addWidget(sample)
        layout.addWidget(data)
        layout.addSpacing(6)
        layout.addWidget(guide)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        # Wrapped text needs a width to know its height: give it one, then the height.
        self.setMinimumWidth(WIDTH)
        self.resize(WIDTH, self.heightForWidth(WIDTH))
        self.start_button.setFocus()

    def show_store_is_empty(self, empty: bool | None) -> None:
        """The sample is offered only into an empty store (None: not known yet)."""
        self.load_sample.setEnabled(bool(empty))
        self.sample_text.setText(
            QCoreApplication.translate("welcome_dialog", SAMPLE_REFUSED_TEXT)
            if empty is False
            else QCoreApplication.translate("welcome_dialog", SAMPLE_TEXT)
        )
        self.load_sample.setAccessibleDescription(self.sample_text.text())

    def profile_now_chosen(self) -> bool:
        return self.profile_now.isChecked()

    def sample_chosen(self) -> bool:
        return self.load_sample.isEnabled() and self.load_sample.isChecked()


class Welcome:
    """Shows the welcome when it is due, and carries out what the person chose."""

    def __init__(
        self,
        parent: QWidget,
        settings: QSettings,
        facts: Callable[[], WelcomeFacts],
        set_up_profile: Callable[[], None],
        load_sample: Callable[[], None],
        ask_if_empty: Callable[[Callable[[bool], None]], None] | None = None,
    ) -> None:
        self.parent = parent
        self.settings = settings
        self.facts = facts
        # Whether the store is empty is read off the GUI thread; the welcome opens at once
        # and offers the sample when the answer arrives.
        self.ask_if_empty = ask_if_empty
        self.set_up_profile = set_up_profile
        self.load_sample = load_sample
        self.dialog: WelcomeDialog | None = None

    def show_if_first_start(self) -> bool:
        if welcome_done(self.settings):
            return False
        self.show()
        return True

    def show(self) -> WelcomeDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = WelcomeDialog(self.facts(), self.parent)
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        self.dialog = dialog
        if self.ask_if_empty is not None:
            self.ask_if_empty(lambda empty: self._known_if_empty(dialog, empty))
        # Window-modal and not blocking: the window behind is ready, and a start with
        # --exit-when-ready is never held up.
        dialog.open()
        return dialog

    def _known_if_empty(self, dialog: WelcomeDialog, empty: bool) -> None:
        if self.dialog is dialog:  # not closed meanwhile
            dialog.show_store_is_empty(empty)

    def _finished(self, dialog: WelcomeDialog, result: int) -> None:
        self.dialog = None
        # Closing it any way counts as seen: Help → Welcome… is there to come back.
        mark_welcome_done(self.settings)
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        # The sample first: it is refused once the store holds the new profile.
        if dialog.sample_chosen():
            self.load_sample()
        if dialog.profile_now_chosen():
            self.set_up_profile()

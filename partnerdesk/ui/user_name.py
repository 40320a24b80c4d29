"""The user's own name, asked once and kept in the data folder's settings.

It fills "Asked by" on answers and names who moved a request or decided on it. The
computer's login name ("root", "admin", "jsmith") is not a name to show on an answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.window_state import keep_private

NAME_KEY = "user/name"
ASK_TITLE = QT_TRANSLATE_NOOP("user_name", "Your name")
ASK_TEXT = QT_TRANSLATE_NOOP("user_name", "Your name, as it should appear on answers and notes:")


class UserName:
    def __init__(self, settings: QSettings, dialogs: Dialogs) -> None:
        self.settings = settings
        self.dialogs = dialogs
        # Cancelled this time: not asked again until the next start.
        self._declined = False

    def known(self) -> str | None:
        """The remembered name ("" when the user chose to give none), None if never asked."""
        if not self.settings.contains(NAME_KEY):
            return None
        return str(self.settings.value(NAME_KEY, ""))

    def name(self) -> str:
        """The user's name, asking for it the first time it is needed."""
        known = self.known()
        if known is not None:
            return known
        if self._declined:
            return ""
        answer = self.dialogs.ask_text(
            QCoreApplication.translate("user_name", ASK_TITLE),
            QCoreApplication.translate("user_name", ASK_TEXT),
        )
        if answer is None:
            self._declined = True
            return ""
        self.remember(answer)
        return answer.strip()

    def remember(self, name: str) -> None:
        self.settings.setValue(NAME_KEY, " ".join(name.split()))
        self.settings.sync()
        keep_private(Path(self.settings.fileName()))

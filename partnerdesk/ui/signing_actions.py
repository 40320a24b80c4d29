"""The signed MOU in the window: mark it signed, open the signed copy, record a review.

Reached from the request page's "Signed MOU" button. Every read and write goes through
``Operations``; the signed copy is opened with the computer's own program for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from partnerdesk.core.dates import date_in_words
from partnerdesk.core.mou_compare import Change
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.database_access import Database
from partnerdesk.services.mou.drafts import find_request_mou
from partnerdesk.services.mou.reviews import changed_since_signing, record_review
from partnerdesk.services.mou.signing import (
    SignedState,
    sign_mou,
    signed_copy_path,
    signed_state,
)
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.signing_dialogs import ReviewDialog, SignMouDialog
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations

NO_MOU = QT_TRANSLATE_NOOP(
    "signing_actions",
    "This request has no MOU yet. Write it first with “MOU…” on this page; once both "
    "organizations have signed it, mark it as signed here.",
)


@dataclass(frozen=True)
class _Found:
    """What a request's signing actions need: its MOU (None: none yet) and its state."""

    mou_id: int | None
    state: SignedState | None = None
    # The parts changed since signing: (title, how), for the review's "what changed".
    changes_so_far: tuple[tuple[str, Change], ...] = ()


def _find(
    database: Database, request_id: int, with_changes: bool = False, language: str = "en"
) -> _Found:
    """``language``: the screen's, for the sections named in what changed."""
    mou_id = find_request_mou(database, request_id).mou_id
    if mou_id is None:
        return _Found(None)
    changes = changed_since_signing(database, mou_id, language) if with_changes else []
    return _Found(mou_id, signed_state(database, mou_id), tuple(changes))


# One line of the review's "what changed" per part: whole, so each language words its own.
CHANGE_LINES = {
    Change.ADDED: QT_TRANSLATE_NOOP("signing_actions", "{title}: added"),
    Change.REMOVED: QT_TRANSLATE_NOOP("signing_actions", "{title}: removed"),
    Change.CHANGED: QT_TRANSLATE_NOOP("signing_actions", "{title}: changed"),
}


def changes_text(changes: tuple[tuple[str, Change], ...]) -> str:
    """What changed since signing, one line a part, for the user to go on writing."""
    return "\n".join(
        QCoreApplication.translate("signing_actions", CHANGE_LINES[change]).format(title=title)
        for title, change in changes
        if change in CHANGE_LINES
    )


class SigningActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        user_name: Callable[[], str] = lambda: "",
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        """``open_url`` opens the signed copy in the computer's program for it (tests
        replace it); ``user_name``: who is recording the signing."""
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.user_name = user_name
        self.open_url = open_url

    # Mark as signed -------------------------------------------------------------------
    def mark_signed(self, request_id: int) -> None:
        self.operations.query(
            lambda database: _find(database, request_id), self._ask_signing, once="signing"
        )

    def mark_mou_signed(self, mou_id: int, over: QWidget | None = None) -> None:
        """From the MOU's own editor: the same steps, the dialog over ``over``."""
        self.operations.query(
            lambda database: _Found(mou_id, signed_state(database, mou_id)),
            lambda found: self._ask_signing(found, over),
            once="signing",
        )

    def _ask_signing(self, found: _Found, over: QWidget | None = None) -> None:
        if found.mou_id is None or found.state is None:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "No MOU yet"),
                QCoreApplication.translate("signing_actions", NO_MOU),
            )
            return
        state = found.state
        if (
            state.signed_on is not None
            and not state.amendment_pending
            and not self.dialogs.confirm(
                QCoreApplication.translate("SigningActions", "Already signed"),
                QCoreApplication.translate(
                    "SigningActions",
                    "This MOU was marked as signed on {document_date} and has "
                    "not changed since. Record another signing of it anyway?",
                ).format(document_date=date_in_words(state.signed_on)),
                action=QCoreApplication.translate("SigningActions", "Record another signing"),
            )
        ):
            return
        if not state.parties:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "No parties yet"),
                QCoreApplication.translate(
                    "SigningActions",
                    "The MOU names no parties yet. Name both organizations and who signs for each "
                    "on its Parties page, then mark it as signed.",
                ),
            )
            return
        dialog = SignMouDialog(state, Path(user_documents_dir()), over or self.parent)
        if not dialog.exec():
            return
        form = dialog.result_form(self.user_name())
        mou_id = found.mou_id
        self.operations.change(
            lambda database: sign_mou(database, mou_id, form),
            QCoreApplication.translate(
                "SigningActions", "The MOU is marked as signed on {document_date}."
            ).format(document_date=date_in_words(form.signed_on)),
        )

    # Open the signed copy ----------------------------------------------------------------
    def open_signed_copy(self, request_id: int) -> None:
        def read(database: Database) -> tuple[_Found, Path | None]:
            found = _find(database, request_id)
            if found.mou_id is None:
                return found, None
            return found, signed_copy_path(database, found.mou_id)

        self.operations.query(read, self._open_copy, once="signed copy")

    def _open_copy(self, found_and_path: tuple[_Found, Path | None]) -> None:
        found, path = found_and_path
        if found.mou_id is None:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "No MOU yet"),
                QCoreApplication.translate("signing_actions", NO_MOU),
            )
            return
        if path is None:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "No signed copy"),
                QCoreApplication.translate(
                    "SigningActions",
                    "No signed copy of this MOU is kept. Choose one when you mark the MOU as "
                    "signed (“Mark as signed…”).",
                ),
            )
            return
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.dialogs.warn(
                QCoreApplication.translate("SigningActions", "Could not open the signed copy"),
                QCoreApplication.translate(
                    "SigningActions",
                    "This computer has no program set to open “{name}”. It is kept in {parent}.",
                ).format(name=path.name, parent=path.parent),
            )

    # Record a review ---------------------------------------------------------------------
    def record_review(self, request_id: int) -> None:
        language = content_language()
        self.operations.query(
            lambda database: _find(database, request_id, with_changes=True, language=language),
            self._ask_review,
            once="review",
        )

    def _ask_review(self, found: _Found) -> None:
        if found.mou_id is None or found.state is None:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "No MOU yet"),
                QCoreApplication.translate("signing_actions", NO_MOU),
            )
            return
        if not found.state.signed:
            self.dialogs.inform(
                QCoreApplication.translate("SigningActions", "Not signed yet"),
                QCoreApplication.translate(
                    "SigningActions",
                    "Reviews are for a signed MOU. Once both organizations have signed it, "
                    "choose “Mark as signed…” first.",
                ),
            )
            return
        dialog = ReviewDialog(found.state, changes_text(found.changes_so_far), self.parent)
        if not dialog.exec():
            return
        form = dialog.result_form()
        mou_id = found.mou_id
        self.operations.change(
            lambda database: record_review(database, mou_id, form),
            QCoreApplication.translate(
                "SigningActions", "The review is recorded; the next review date has moved on."
            ),
        )

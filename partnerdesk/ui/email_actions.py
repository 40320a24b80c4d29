"""E-mailing a document the app wrote (an MOU draft, a profile) to a partner's people.

Screens call ``EmailActions.draft_email`` with the document; this class reads the
organization's contacts (on the database worker) and shows the Email draft dialog.
Drafts are written to the ``email-drafts`` folder in the data folder: readable only by
the user, out of their documents, and old ones are removed after a month.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.email_recipients import EmailRecipients, recipients_at
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.email_draft_dialog import EmailDraftDialog, OpenUrl
from partnerdesk.ui.operations import Operations

DRAFTS_FOLDER_NAME = "email-drafts"


class EmailActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        data_dir: Path,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        platform: str = sys.platform,
    ) -> None:
        """``data_dir``: the data folder, where drafts are written. ``open_url`` opens
        files, folders and mailto: links; tests pass a recorder so no real program starts.
        ``platform`` is ``sys.platform`` (tests try "darwin")."""
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.data_dir = data_dir
        self.open_url = open_url
        self.platform = platform

    @property
    def drafts_folder(self) -> Path:
        return self.data_dir / DRAFTS_FOLDER_NAME

    def draft_email(
        self,
        organization_id: int,
        attachment: Path,
        subject: str,
        body: str,
        chosen_contact_ids: Sequence[int] = (),
        then: Callable[[EmailDraftDialog], None] | None = None,
    ) -> None:
        """Show the Email draft dialog for ``attachment`` (a .docx already written).

        ``subject`` and ``body`` are the suggested text, which the user can change;
        ``chosen_contact_ids`` are ticked to begin with (e.g. the request's contact).
        The organization's people are read first; ``then`` is handed the dialog once it
        is open (window-modal). An organization gone meanwhile is said so, and no dialog
        opens.
        """

        def gone(error: Exception) -> bool:
            if isinstance(error, RecordMissingError):
                self.dialogs.inform(
                    QCoreApplication.translate("EmailActions", "No e-mail was prepared"), str(error)
                )
                return True
            return False

        def show(recipients: EmailRecipients) -> None:
            dialog = self._open_dialog(recipients, attachment, subject, body, chosen_contact_ids)
            if then is not None:
                then(dialog)

        self.operations.query(
            lambda database: recipients_at(database, organization_id), show, if_refused=gone
        )

    def _open_dialog(
        self,
        recipients: EmailRecipients,
        attachment: Path,
        subject: str,
        body: str,
        chosen_contact_ids: Sequence[int],
    ) -> EmailDraftDialog:
        dialog = EmailDraftDialog(
            recipients,
            attachment,
            subject,
            body,
            drafts_folder=self.drafts_folder,
            dialogs=self.dialogs,
            open_url=self.open_url,
            platform=self.platform,
            chosen_contact_ids=chosen_contact_ids,
            tell=self.operations.tell,
            parent=self.parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

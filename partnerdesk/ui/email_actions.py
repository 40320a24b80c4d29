"""E-mailing a document the app wrote (an MOU draft, a profile) to a partner's people.

Screens call ``EmailActions.draft_email`` with the document; this class finds the
organization's contacts and shows the Email draft dialog. Drafts are written to the
``email-drafts`` folder in the data folder: readable only by the user, out of their
documents, and old ones are removed after a month.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.email_recipients import email_recipients
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.email_draft_dialog import EmailDraftDialog, OpenUrl

DRAFTS_FOLDER_NAME = "email-drafts"


class EmailActions:
    def __init__(
        self,
        parent: QWidget,
        changes: ChangeRunner,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        platform: str = sys.platform,
    ) -> None:
        """``open_url`` opens files, folders and mailto: links; tests pass a recorder so no
        real program starts. ``platform`` is ``sys.platform`` (tests try "darwin")."""
        self.parent = parent
        self.changes = changes
        self.database = changes.database
        self.dialogs = changes.dialogs
        self.open_url = open_url
        self.platform = platform

    @property
    def drafts_folder(self) -> Path:
        return self.database.location.data_dir / DRAFTS_FOLDER_NAME

    def draft_email(
        self,
        organization_id: int,
        attachment: Path,
        subject: str,
        body: str,
        chosen_contact_ids: Sequence[int] = (),
    ) -> EmailDraftDialog | None:
        """Show the Email draft dialog for ``attachment`` (a .docx already written).

        ``subject`` and ``body`` are the suggested text, which the user can change;
        ``chosen_contact_ids`` are ticked to begin with (e.g. the request's contact).
        The dialog is returned, already open (window-modal), or None if the organization
        is gone.
        """
        try:
            with self.database.session() as session:
                recipients = email_recipients(session, organization_id)
        except RecordMissingError as error:
            self.dialogs.inform("No e-mail was prepared", str(error))
            return None
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
            tell=self.changes.tell,
            parent=self.parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

"""The "Email draft" dialog: choose who a document goes to, then hand it to the mail program.

PartnerDesk never sends mail itself. It writes an ``.eml`` draft with the document attached
and asks the system to open it; where that cannot work (no mail program set up, or Apple
Mail, which opens such files read-only) it offers a new e-mail without the attachment, with
the document shown in its folder, or the message text to paste.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.exports.email_addresses import EmailDraftError, parse_addresses
from partnerdesk.exports.email_draft import (
    EmailDraft,
    draft_file_name,
    mailto_url,
    plain_text,
    prune_old_drafts,
    write_email_draft,
)
from partnerdesk.services.records.email_recipients import EmailRecipients, RecipientChoice
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.forms import add_row, text_box
from partnerdesk.ui.widgets import resize_within_screen

OpenUrl = Callable[[QUrl], bool]
ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 1
WITHOUT_ATTACHMENT = QT_TRANSLATE_NOOP("Dialogs", "Open a new e-mail without the attachment")
COPY_TEXT = QT_TRANSLATE_NOOP("Dialogs", "Copy the message text")
SHOW_IN_FOLDER = QT_TRANSLATE_NOOP("Dialogs", "Show the e-mail file in its folder")
CLOSE = QT_TRANSLATE_NOOP("Dialogs", "Close")
MAC_NOTICE = QT_TRANSLATE_NOOP(
    "email_draft_dialog",
    "<b>On a Mac, Mail opens e-mail files read-only</b>: you could read the draft but not "
    "send it. So start with “Open a new e-mail without the attachment”: Mail opens a new "
    "e-mail, and PartnerDesk shows the document in its folder for you to drag in. With "
    "another mail program, such as Outlook, “Open in my mail program” may give you the "
    "draft with the document already attached.",
)


def _name(choice: RecipientChoice) -> str:
    """The name with what matters for choosing, e.g. "Robert Castellano (key leader, decides)"."""
    marks = [
        mark
        for mark, wanted in (
            (QCoreApplication.translate("email_draft_dialog", "key leader"), choice.is_key_leader),
            (
                QCoreApplication.translate(
                    "email_draft_dialog", "decides", "a person who makes the decisions"
                ),
                choice.is_decision_maker,
            ),
        )
        if wanted
    ]
    return f"{choice.name} ({', '.join(marks)})" if marks else choice.name


class EmailDraftDialog(QDialog):
    def __init__(
        self,
        recipients: EmailRecipients,
        attachment: Path,
        subject: str,
        body: str,
        *,
        drafts_folder: Path,
        dialogs: Dialogs,
        open_url: OpenUrl = QDesktopServices.openUrl,
        platform: str = sys.platform,
        chosen_contact_ids: Sequence[int] = (),
        tell: Callable[[str], None] = lambda _message: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.drafts_folder = drafts_folder
        self.dialogs = dialogs
        self.open_url = open_url
        self.tell = tell
        self.on_mac = platform == "darwin"
        self.last_draft_file: Path | None = None
        self.setWindowTitle(self.tr("Email draft"))

        intro = QLabel(
            self.tr(
                "PartnerDesk prepares an e-mail to {organization_name} with "
                "“{name}” attached. You read it over and send it from your "
                "own mail program."
            ).format(organization_name=recipients.organization_name, name=attachment.name)
        )
        hint = QLabel(
            self.tr(
                "Outlook opens the e-mail ready to send. If your mail program shows it without a "
                "Send button (Thunderbird, for one), use its “Edit As New Message”."
            )
        )
        hint.setWordWrap(True)
        paint(hint, Tone.MUTED)
        hint.setVisible(not self.on_mac)
        self.mac_notice = QLabel(QCoreApplication.translate("email_draft_dialog", MAC_NOTICE))
        self.mac_notice.setTextFormat(Qt.TextFormat.RichText)
        self.mac_notice.setWordWrap(True)
        self.mac_notice.setVisible(self.on_mac)

        self.people = self._people_list(recipients.choices, chosen_contact_ids)
        no_people = QLabel(
            self.tr(
                "No one at {organization_name} has an e-mail address saved. "
                "Type the addresses below, or add them on their contact "
                "pages."
            ).format(organization_name=recipients.organization_name)
        )
        missing = QLabel(
            self.tr("No e-mail address saved for {names}.").format(
                names=", ".join(recipients.without_address)
            )
        )
        paint(missing, Tone.MUTED)

        self.other_addresses = QLineEdit()
        self.other_addresses.setPlaceholderText(
            self.tr("name@example.org; separate several with commas")
        )
        self.subject = QLineEdit(subject)
        self.body = text_box(7)
        self.body.setPlainText(body)
        attachment_name = QLabel(attachment.name)
        attachment_name.setToolTip(str(attachment))
        attachment_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Names and file names are shown as typed, never read as HTML.
        for label in (intro, no_people, missing, attachment_name):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if recipients.choices:
            add_row(
                form,
                self.tr("&To:"),
                self.people,
                self.tr("Tick each person it goes to (Space ticks)."),
            )
        else:
            self.people.setParent(self)
            self.people.hide()
            add_row(form, self.tr("To:"), no_people)
        if recipients.without_address:
            form.addRow("", missing)
        add_row(form, self.tr("Ot&her addresses:"), self.other_addresses)
        add_row(form, self.tr("&Subject:"), self.subject)
        add_row(form, self.tr("&Message:"), self.body)
        add_row(form, self.tr("Attachment:"), attachment_name)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.open_button = QPushButton(self.tr("&Open in my mail program"))
        self.without_button = QPushButton(self.tr("Open a new e-mail &without the attachment"))
        self.copy_button = QPushButton(self.tr("&Copy message text"))
        self.close_button = QPushButton(self.tr("Close"))
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.without_button.clicked.connect(self.open_without_attachment)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button.clicked.connect(self.reject)
        first, second = (
            (self.without_button, self.open_button)
            if self.on_mac
            else (self.open_button, self.without_button)
        )
        first.setDefault(True)
        # Wrapped onto a second line on a narrow screen (200% on a laptop) rather than cut.
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        for button in (first, second, self.copy_button):
            button.setAutoDefault(button is first)
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        self.close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.mac_notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(button_row)
        # Tab follows the form, then the buttons in the order shown.
        for before, after in (
            (self.people, self.other_addresses),
            (self.other_addresses, self.subject),
            (self.subject, self.body),
            (self.body, first),
            (first, second),
            (second, self.copy_button),
            (self.copy_button, self.close_button),
        ):
            QWidget.setTabOrder(before, after)
        resize_within_screen(self, 900, self.sizeHint().height())

    def _people_list(
        self, choices: list[RecipientChoice], chosen_contact_ids: Sequence[int]
    ) -> QTreeWidget:
        """A tick box per address, with the person's role to help choose."""
        people = QTreeWidget()
        people.setColumnCount(3)
        people.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail address")])
        people.setRootIsDecorated(False)
        people.setAlternatingRowColors(True)
        people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = people.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The role, squeezed to what the others leave, lost its heading in a longer
        # language: no column narrower than its heading, the list scrolls sideways instead.
        header.setMinimumSectionSize(max(header.sectionSizeHint(column) for column in range(3)))
        for choice in choices:
            item = QTreeWidgetItem([_name(choice), choice.role_title, choice.address])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            chosen = choice.contact_id in chosen_contact_ids and choice.is_primary
            item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            item.setData(0, ADDRESS_ROLE, (choice.name, choice.address))
            item.setToolTip(1, choice.role_title)
            people.addTopLevelItem(item)
        first = people.topLevelItem(0)
        if first is not None:
            # Current, so Space ticks it at once, but not highlighted as if it were chosen.
            people.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        # Room for up to six people without scrolling, and never less than two lines.
        rows = min(max(len(choices), 2), 6)
        row_height = people.sizeHintForRow(0) if choices else people.fontMetrics().height() + 8
        people.setFixedHeight(header.sizeHint().height() + row_height * rows + 6)
        return people

    # Reading the form ---------------------------------------------------------
    def chosen_recipients(self) -> list[tuple[str, str]]:
        chosen = []
        for row in range(self.people.topLevelItemCount()):
            item = self.people.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                name, address = item.data(0, ADDRESS_ROLE)
                chosen.append((name, address))
        return chosen

    def draft(self) -> EmailDraft | None:
        """The draft as filled in, or None after saying what to correct."""
        try:
            others = parse_addresses(self.other_addresses.text())
        except EmailDraftError as error:
            self.show_message(str(error), problem=True)
            self.other_addresses.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return EmailDraft(
            self.chosen_recipients() + others,
            self.subject.text(),
            self.body.toPlainText(),
            self.attachment,
        )

    def show_message(self, text: str, *, problem: bool = False) -> None:
        paint(self.message, Tone.WARNING if problem else None)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # Grow to fit the message (a long folder path wraps): a word-wrapped label's height
        # depends on the width, which the window's minimum size does not follow.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        if needed > self.height():
            resize_within_screen(self, self.width(), needed)

    # The three ways out -------------------------------------------------------
    def open_in_mail_program(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        now = datetime.now(UTC)
        target = self.drafts_folder / draft_file_name(self.attachment, now)
        try:
            prune_old_drafts(self.drafts_folder, now)
            write_email_draft(draft, target)
        except EmailDraftError as error:
            self.show_message(str(error), problem=True)
            return
        except OSError as error:
            self.show_message(
                self.tr(
                    "PartnerDesk could not write the e-mail file in "
                    "{drafts_folder} ({value}). Use “Copy message text” instead."
                ).format(
                    drafts_folder=self.drafts_folder,
                    value=error.strerror or self.tr("it could not be written"),
                ),
                problem=True,
            )
            return
        self.last_draft_file = target
        if self.open_url(QUrl.fromLocalFile(str(target))):
            self.tell(
                self.tr("The e-mail is open in your mail program. Read it over, then send it.")
            )
            self.accept()
            return
        self._offer_fallbacks(target)

    def _offer_fallbacks(self, draft_file: Path) -> None:
        where = self.tr(
            "The e-mail, with “{name}” attached, is saved as “{name2}” in {parent}."
        ).format(name=self.attachment.name, name2=draft_file.name, parent=draft_file.parent)
        # Said in the dialog too, so it stays in view once the box is closed.
        self.show_message(where)
        chosen = self.dialogs.choose(
            self.tr("No mail program opened the e-mail"),
            self.tr(
                "Your computer has no program set up to open e-mail "
                "files.\n\n{where}\n\nYou can show that file in its folder (some "
                "mail programs take it dragged in), start a new e-mail "
                "without the attachment (PartnerDesk shows the document in "
                "its folder so you can attach it), or copy the message text "
                "and paste it into an e-mail."
            ).format(where=where),
            [SHOW_IN_FOLDER, WITHOUT_ATTACHMENT, COPY_TEXT],
            close=CLOSE,
        )
        if chosen == SHOW_IN_FOLDER:
            self.show_in_folder(draft_file)
        elif chosen == WITHOUT_ATTACHMENT:
            self.open_without_attachment()
        elif chosen == COPY_TEXT:
            self.copy_text()

    def show_in_folder(self, draft_file: Path) -> None:
        if self.open_url(QUrl.fromLocalFile(str(draft_file.parent))):
            self.show_message(
                self.tr("“{name}” is in the folder PartnerDesk opened ({parent}).").format(
                    name=draft_file.name, parent=draft_file.parent
                )
            )
        else:
            self.show_message(
                self.tr(
                    "No program could show the folder. The e-mail file is “{name}” in {parent}."
                ).format(name=draft_file.name, parent=draft_file.parent)
            )

    def open_without_attachment(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        try:
            url = QUrl(mailto_url(draft))
        except EmailDraftError as error:
            self.show_message(str(error), problem=True)
            return
        started = self.open_url(url)
        self.open_url(QUrl.fromLocalFile(str(self.attachment.parent)))
        if not started:
            self.dialogs.inform(
                self.tr("No mail program is set up"),
                self.tr(
                    "Your computer has no mail program set up to start a new "
                    "e-mail. Press “Copy message text” and paste it into an "
                    "e-mail in your browser, then attach “{name}” from the "
                    "folder that opened."
                ).format(name=self.attachment.name),
            )
            return
        self.show_message(
            self.tr(
                "A new e-mail is open. Attach “{name}”: it is in the folder "
                "PartnerDesk opened ({parent})."
            ).format(name=self.attachment.name, parent=self.attachment.parent)
        )

    def copy_text(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        try:
            text = plain_text(draft)
        except EmailDraftError as error:
            self.show_message(str(error), problem=True)
            return
        QApplication.clipboard().setText(text)
        self.show_message(
            self.tr(
                "Copied. Paste it into a new e-mail, then attach “{name}” (in {parent})."
            ).format(name=self.attachment.name, parent=self.attachment.parent)
        )

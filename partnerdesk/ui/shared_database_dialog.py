"""Settings → Use a shared database…: connect to the organization's PostgreSQL server.

The dialog collects where the server is and the password, tests the connection, and
hands the rest (setting up the tables, copying this computer's data, switching over) to
SharedDatabaseActions, which runs it in the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.shared_database import DEFAULT_PORT, AddressError, SharedServer
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.forms import add_row

INTRO = QT_TRANSLATE_NOOP(
    "shared_database_dialog",
    "Several staff can work on the same partners when PartnerDesk keeps its data on a "
    "PostgreSQL database server your organization runs. Ask whoever set up the server for "
    "these details.",
)
BACKUP_NOTE = QT_TRANSLATE_NOOP(
    "shared_database_dialog",
    "Backups: a shared database is backed up by the server's own backups. PartnerDesk's "
    "backups, restore and “Export everything” cover the data kept on this computer only.",
)
NO_KEYRING = QT_TRANSLATE_NOOP(
    "shared_database_dialog",
    "This computer has no password store PartnerDesk can use, so the password is not kept: "
    "PartnerDesk will ask for it each time it starts.",
)


def _quiet_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    paint(label, Tone.MUTED)
    return label


class SharedDatabaseDialog(QDialog):
    """What the user typed is read with ``server()``, ``password()`` and the check boxes."""

    def __init__(
        self,
        *,
        now_using: str,
        current: SharedServer | None,
        given_outside: bool,
        can_remember: bool,
        local_records: str | None,
        test: Callable[[SharedDatabaseDialog], None],
        use_shared: Callable[[SharedDatabaseDialog], None],
        use_local: Callable[[SharedDatabaseDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use a shared database"))
        self.setMinimumWidth(560)

        intro = QLabel(QCoreApplication.translate("shared_database_dialog", INTRO))
        intro.setWordWrap(True)
        self.now_label = _quiet_label(now_using)
        self.now_label.setAccessibleName(self.tr("Where your data is kept now"))

        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://user@server/database")
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("655350") + 40)
        self.database_name = QLineEdit("partnerdesk")
        self.user = QLineEdit()
        self.password_box = QLineEdit()
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember.setChecked(can_remember)
        self.remember.setEnabled(can_remember)
        self.copy_local = QCheckBox(
            self.tr("&Copy the data on this computer to the shared database")
        )
        self.local_records = _quiet_label("")
        self.offer_local_records(local_records)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(
            form,
            self.tr("&Address:"),
            self.address,
            self.tr("Paste the address you were given; it fills in the boxes below."),
        )
        add_row(form, self.tr("&Server:"), self.host)
        add_row(
            form,
            self.tr("P&ort:"),
            self.port,
            self.tr("Leave it at 5432 unless you were told otherwise."),
        )
        add_row(form, self.tr("&Database:"), self.database_name)
        add_row(form, self.tr("&User name:"), self.user)
        add_row(form, self.tr("Pass&word:"), self.password_box)
        form.addRow("", self.remember)
        if not can_remember:
            form.addRow(
                "", _quiet_label(QCoreApplication.translate("shared_database_dialog", NO_KEYRING))
            )
        form.addRow("", self.copy_local)
        form.addRow("", self.local_records)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.use_button = QPushButton(self.tr("Use the &shared database"))
        self.local_button = QPushButton(self.tr("Use this computer's data &again"))
        self.cancel_button = QPushButton(self.tr("Close"))
        self.test_button.clicked.connect(lambda: test(self))
        self.use_button.clicked.connect(lambda: use_shared(self))
        self.local_button.clicked.connect(lambda: use_local(self))
        self.cancel_button.clicked.connect(self.reject)
        self.local_button.setVisible(current is not None)
        self.use_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.now_label)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(
            _quiet_label(QCoreApplication.translate("shared_database_dialog", BACKUP_NOTE))
        )
        layout.addLayout(buttons)
        # A check box cannot wrap: the dialog is never narrower than their text (which
        # runs longer in Spanish), beyond the width its wrapped paragraphs are set at.
        for check_box in (self.remember, self.copy_local):
            check_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._fit_width()

        self._filling = False
        self.address.textEdited.connect(self._fill_from_address)
        for box in (self.host, self.database_name, self.user):
            box.textEdited.connect(self._show_address)
        self.port.valueChanged.connect(self._show_address)
        if current is not None:
            self._show_server(current)
            self.password_box.setPlaceholderText(self.tr("kept on this computer"))
        if given_outside:
            for field in (self.address, self.host, self.port, self.database_name, self.user):
                field.setEnabled(False)
            for widget in (self.password_box, self.remember, self.copy_local):
                widget.setEnabled(False)
            for button in (self.test_button, self.use_button, self.local_button):
                button.setEnabled(False)
            self.cancel_button.setDefault(True)
        self.address.setFocus()

    # What was typed ---------------------------------------------------------------
    def server(self) -> SharedServer:
        return SharedServer(
            host=self.host.text().strip(),
            database=self.database_name.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
        )

    def password(self) -> str:
        return self.password_box.text()

    # Showing what happened --------------------------------------------------------
    def show_status(self, text: str, *, good: bool | None = None) -> None:
        paint(self.status, Tone.MUTED if good is None else Tone.SUCCESS if good else Tone.WARNING)
        self.status.setText(text)
        self.status.show()

    def set_busy(self, busy: bool) -> None:
        for button in (self.test_button, self.use_button, self.local_button):
            button.setEnabled(not busy)

    def offer_local_records(self, local_records: str | None) -> None:
        """What copying would bring along (None: nothing to copy, so no copying offered)."""
        self.copy_local.setChecked(local_records is not None)
        self.copy_local.setVisible(local_records is not None)
        self.local_records.setText(
            self.tr("On this computer: {local_records}.").format(local_records=local_records)
        )
        self.local_records.setVisible(local_records is not None)
        self.copy_local.setAccessibleDescription(self.local_records.text())
        self._fit_width()

    def _fit_width(self) -> None:
        """At least as wide as the widest check box shown needs (one appears later)."""
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            self.setMinimumWidth(max(560, layout.totalMinimumSize().width()))
            if self.isVisible():  # just opened: room for the new lines too
                self.adjustSize()

    def offer_copy(self, offered: bool) -> None:
        """Copying into a database that already holds records is not possible."""
        if not offered:
            self.copy_local.setChecked(False)
        self.copy_local.setEnabled(offered)

    # Address and boxes kept in step ----------------------------------------------
    def _fill_from_address(self, text: str) -> None:
        if not text.strip():
            return
        try:
            server, password = SharedServer.from_address(text)
        except AddressError:
            return  # still being typed; the boxes keep what they had
        self._filling = True
        try:
            self._show_server(server, address_too=False)
        finally:
            self._filling = False
        if password:
            self.password_box.setText(password)
            # The password does not stay in plain sight in the address box.
            self.address.setText(server.address)

    def _show_server(self, server: SharedServer, *, address_too: bool = True) -> None:
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database_name.setText(server.database)
        self.user.setText(server.user)
        if address_too:
            self.address.setText(server.address)

    def _show_address(self, *_args: object) -> None:
        if self._filling:
            return  # the address box is the one being typed in
        server = self.server()
        self.address.setText(server.address if not server.problems() else "")

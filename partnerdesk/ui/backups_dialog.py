"""The Backups dialog (list, back up now, restore) and "Where is my data?"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.paths import shown_path
from partnerdesk.ui.widgets import resize_within_screen

if TYPE_CHECKING:
    from partnerdesk.ui.data_safety import DataPlace, DataSafety

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
REASONS = {
    "automatic": QT_TRANSLATE_NOOP("backups_dialog", "Automatic"),
    "on-close": QT_TRANSLATE_NOOP("backups_dialog", "When PartnerDesk closed"),
    "manual": QT_TRANSLATE_NOOP("backups_dialog", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("backups_dialog", "Before a restore"),
    "damaged": QT_TRANSLATE_NOOP("backups_dialog", "Damaged file set aside"),
}


def _size(size: int) -> str:
    return (
        QCoreApplication.translate("backups_dialog", "{value:.1f} MB").format(
            value=size / 1_000_000
        )
        if size >= 100_000
        else QCoreApplication.translate("backups_dialog", "{value:.0f} kB").format(
            value=size / 1000
        )
    )


def _reason(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("backups_dialog", "Before an upgrade")
    known = REASONS.get(reason)
    if known is not None:
        return QCoreApplication.translate("backups_dialog", known)
    return reason.replace("-", " ").capitalize()


class BackupsDialog(QDialog):
    def __init__(self, safety: DataSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safety = safety
        self.setWindowTitle(self.tr("Backups and restore"))
        intro = QLabel(
            self.tr(
                "PartnerDesk backs up your data every half hour while you "
                "work and when you close it. Backups are kept in "
                "{shown_path}. To go back to an earlier state, choose a "
                "backup and press Restore."
            ).format(shown_path=shown_path(safety.backup_folder()))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("What it holds")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("There are no backups yet. Press “Back up now” to make one."))
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.open_button = QPushButton(self.tr("&Open the backup folder"))
        self.back_up_button.clicked.connect(self._back_up)
        self.restore_button.clicked.connect(self._restore)
        self.open_button.clicked.connect(lambda: safety.open_folder(safety.backup_folder()))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        resize_within_screen(self, 760, 460)
        self.reload()

    def reload(self) -> None:
        backups = self.safety.backups()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            holds = info.holds()
            when = f"{friendly_date(info.taken_at.date())}, {info.taken_at:%H:%M}"
            cells = [when, _reason(info.reason), _size(info.size), holds]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else Path(item.data(PATH_ROLE))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _back_up(self) -> None:
        self.safety.back_up_now(after=self.reload)

    def _restore(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.safety.restore(backup, after=self.reload)


class DataLocationDialog(QDialog):
    """Every place PartnerDesk keeps something, with a button to open each folder."""

    def __init__(
        self,
        paths: list[DataPlace],
        open_folder: Callable[[Path], None],
        parent: QWidget | None = None,
        shared_address: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my data?"))
        intro = QLabel(
            self.tr(
                "Everything PartnerDesk knows is kept in these places on this computer. Only "
                "your user account can read them. PartnerDesk never sends anything anywhere."
            )
            if shared_address is None
            else self.tr(
                "Your organization's records are kept in the shared database named "
                "below, on your organization's server. This computer keeps only its own "
                "settings, log and letterhead, in the folders below."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.open_buttons: list[QPushButton] = []
        for row, (title, path, open_name) in enumerate(paths):
            name = QLabel(f"<b>{title}</b>")
            where = QLabel(str(path) if path else shared_address or self.tr("A shared database"))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setAccessibleName(title)
            grid.addWidget(name, row, 0)
            grid.addWidget(where, row, 1)
            if path is not None:
                folder = path if path.suffix == "" else path.parent
                button = QPushButton(self.tr("Open folder"))
                button.setAccessibleName(open_name)
                button.clicked.connect(lambda _=False, f=folder: open_folder(f))
                grid.addWidget(button, row, 2)
                self.open_buttons.append(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(close)
        resize_within_screen(self, 680, 260)

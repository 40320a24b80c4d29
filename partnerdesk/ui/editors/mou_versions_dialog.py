"""The versions of an MOU: compare any two (or one with the current draft), restore one.

The dialog asks for a comparison, a version's text or a restore; each is read or written
on the database worker, and the answer comes back through ``show_compared``,
``show_text`` and ``restored_version``.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.mou_compare import Change, SectionComparison
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.mou.versions import VersionSummary
from partnerdesk.ui.colours import Tone, resolve, tone_span
from partnerdesk.ui.forms import add_row, choice_box, select_data
from partnerdesk.ui.widgets import resize_within_screen

CURRENT = 0  # "the current draft" in the second choice

# Tints and tones the dialog resolves against its palette (ui/colours.py): the marks
# (underlined, struck out) say it too, for whoever cannot tell the colours apart.
INSERTED = "background:%%tint-success%%; color:%%success%%; text-decoration: underline;"
DELETED = "background:%%tint-flag%%; color:%%flag%%; text-decoration: line-through;"


# A changed section's heading: whole sentences, so each language words its own.
CHANGES = {
    Change.ADDED: QT_TRANSLATE_NOOP("mou_versions_dialog", "{title} — added"),
    Change.REMOVED: QT_TRANSLATE_NOOP("mou_versions_dialog", "{title} — removed"),
    Change.CHANGED: QT_TRANSLATE_NOOP("mou_versions_dialog", "{title} — changed"),
    Change.SAME: QT_TRANSLATE_NOOP("mou_versions_dialog", "{title} — unchanged"),
}


def comparison_html(comparison: list[SectionComparison]) -> str:
    """Changed sections in full, new words green and underlined, removed ones struck out."""
    changed = [item for item in comparison if item.change is not Change.SAME]
    if not changed:
        return QCoreApplication.translate(
            "mou_versions_dialog", "<p>No differences: the two are the same.</p>"
        )
    parts = []
    for item in changed:
        heading = QCoreApplication.translate("mou_versions_dialog", CHANGES[item.change])
        parts.append(f"<h3>{html.escape(heading.format(title=item.title))}</h3><p>")
        for piece in item.pieces:
            text = html.escape(piece.text).replace("\n", "<br>")
            if piece.kind == "inserted":
                parts.append(f"<span style='{INSERTED}'>{text}</span>")
            elif piece.kind == "deleted":
                parts.append(f"<span style='{DELETED}'>{text}</span>")
            else:
                parts.append(text)
        parts.append("</p>")
    same = [item.title for item in comparison if item.change is Change.SAME]
    if same:
        unchanged = QCoreApplication.translate("mou_versions_dialog", "Unchanged: {join}.").format(
            join=html.escape(", ".join(same))
        )
        parts.append(f"<p>{tone_span(Tone.MUTED, unchanged)}</p>")
    return "".join(parts)


def version_label(version: VersionSummary) -> str:
    label = QCoreApplication.translate(
        "mou_versions_dialog", "Version {number} — {friendly_date}"
    ).format(number=version.number, friendly_date=friendly_date(version.created_at.date()))
    if version.signed_on is not None:
        label += QCoreApplication.translate(
            "mou_versions_dialog", " — the signed MOU (signed {friendly_date})"
        ).format(friendly_date=friendly_date(version.signed_on))
    if version.note:
        label += f" — {version.note}"
    return label


class MouVersionsDialog(QDialog):
    def __init__(
        self,
        versions: list[VersionSummary],
        compare: Callable[[int, int | None], None],
        restore: Callable[[int], None],
        full_text: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of this MOU"))
        self.compare = compare
        self.restore = restore
        self.full_text = full_text
        intro = QLabel(
            self.tr(
                "A version is kept each time the MOU is exported. Compare two to see what "
                "changed, or bring an older one back as the current draft (the draft you have "
                "now is kept as a version first)."
            )
        )
        intro.setWordWrap(True)
        self.older = choice_box([(version_label(v), v.number) for v in versions])
        self.newer = choice_box(
            [
                (self.tr("The current draft"), CURRENT),
                *((version_label(v), v.number) for v in versions),
            ]
        )
        if versions:
            select_data(self.older, versions[-1].number)
        form = QFormLayout()
        add_row(form, self.tr("&Compare:"), self.older)
        add_row(form, self.tr("&With:"), self.newer)
        self.older.currentIndexChanged.connect(lambda _i: self.show_comparison())
        self.newer.currentIndexChanged.connect(lambda _i: self.show_comparison())
        self.view = QTextBrowser()
        self._compared = ""  # the comparison shown, its colours not chosen yet
        self.view.setAccessibleName(self.tr("What changed"))
        self.restore_button = QPushButton(self.tr("&Restore the first as the current draft"))
        self.restore_button.clicked.connect(self._restore)
        self.show_button = QPushButton(self.tr("&Show the first in full"))
        self.show_button.clicked.connect(self.show_in_full)
        self.compare_button = QPushButton(self.tr("Show the &differences"))
        self.compare_button.clicked.connect(self.show_comparison)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_button)
        bottom.addWidget(self.compare_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, 820, 620)
        self.restored = False
        if not versions:
            self.view.setHtml(
                self.tr(
                    "<p>No versions yet. A version is kept each time you export the MOU "
                    "to Word.</p>"
                )
            )
            for widget in (
                self.older,
                self.newer,
                self.restore_button,
                self.show_button,
                self.compare_button,
            ):
                widget.setEnabled(False)
        else:
            self.show_comparison()

    def show_comparison(self) -> None:
        older = self.older.currentData()
        if older is None:
            return
        newer = self.newer.currentData()
        self.compare(older, None if newer == CURRENT else newer)

    def show_compared(self, comparison: list[SectionComparison]) -> None:
        self._compared = comparison_html(comparison)
        self._show_compared()

    def _show_compared(self) -> None:
        viewport = self.view.viewport()
        self.view.setHtml(
            resolve(
                self._compared,
                viewport.palette().color(viewport.backgroundRole()),
                self.view.palette().color(QPalette.ColorRole.Text),
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._compared:
            self._show_compared()  # the colours chosen again for the new palette

    def show_in_full(self) -> None:
        number = self.older.currentData()
        if number is not None:
            self.full_text(number)

    def show_text(self, text: str) -> None:
        self._compared = ""
        self.view.setPlainText(text)

    def _restore(self) -> None:
        number = self.older.currentData()
        if number is not None:
            self.restore(number)

    def restored_version(self, _number: int) -> None:
        """The version asked for is the current draft now: the dialog has done its work."""
        self.restored = True
        self.accept()

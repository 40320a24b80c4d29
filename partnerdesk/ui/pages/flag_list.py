"""The vetting screen's red flags, each a plain sentence with a way to its question."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from partnerdesk.ui.colours import Tone, paint, set_rich_text, tone_span


class FlagList(QWidget):
    """The red flags, each with a "Go to the question" button that Tab and Enter reach and
    screen readers announce (links inside rich text are neither)."""

    question_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Red flags"))
        self._inner = QWidget()
        self._rows = QVBoxLayout(self._inner)
        self._rows.setContentsMargins(4, 4, 4, 4)
        scroller = QScrollArea()
        # Tab stops on it (to scroll by keys): named, or a screen reader says only "scroll".
        scroller.setAccessibleName(self.tr("Red flags"))
        scroller.setWidget(self._inner)
        scroller.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)
        self._texts: list[str] = []
        self.buttons: dict[str, QPushButton] = {}  # by the key of the question they go to

    def show_flags(self, flags: list[tuple[str, str, str]]) -> None:
        """(title, explanation, question key or "") for each flag."""
        while self._rows.count():
            taken = self._rows.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        self._texts = []
        self.buttons = {}
        if not flags:
            flags_text = self.tr("No red flags so far.")
            self._texts.append(flags_text)
            self._rows.addWidget(QLabel(flags_text))
        for title, explanation, key in flags:
            self._texts.append(f"⚑ {title}\n{explanation}")
            label = QLabel()
            set_rich_text(
                label,
                f"<b>{tone_span(Tone.FLAG, f'⚑ {html.escape(title)}')}</b>"
                f"<br>{html.escape(explanation)}",
            )
            label.setWordWrap(True)
            label.setAccessibleName(f"{title}. {explanation}")
            self._rows.addWidget(label)
            if key:
                button = QPushButton(self.tr("Go to the question"))
                button.setAccessibleName(self.tr("Go to the question"))
                button.setAccessibleDescription(title)
                button.setToolTip(self.tr("The question behind “{title}”").format(title=title))
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setAutoDefault(True)  # Enter presses it, as Space does
                # No style sheet (not even for its alignment): a widget with one keeps
                # the palette it had then, and would stay light when dark mode comes on.
                paint(button, Tone.LINK)
                button.setFlat(True)
                button.clicked.connect(lambda _checked=False, k=key: self.question_chosen.emit(k))
                self._rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.buttons[key] = button
        self._rows.addStretch(1)

    def toPlainText(self) -> str:  # noqa: N802 - reads like the text box it replaced
        return "\n\n".join(self._texts)

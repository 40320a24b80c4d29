"""A check-up's rating as our side gives it: the 1–5 scale in the screen's words, and the
box that holds one statement's rating."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from partnerdesk.core.checkups import SCALE_WORDS
from partnerdesk.core.translation import QT_TRANSLATE_NOOP


class RatingBox(QComboBox):
    """A rating that the mouse wheel changes only once it has focus: a person scrolling
    down the page over it must not change (and save) a rating by accident. Without focus the
    wheel event goes on to the page, which scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


# The scale is defined once in core (shared with the partner's form, which is written in
# the document's language); its words are marked here so that lupdate finds them.
SCALE_WORDS_SHOWN = {
    1: QT_TRANSLATE_NOOP("CheckupScale", "not at all"),
    2: QT_TRANSLATE_NOOP("CheckupScale", "a little"),
    3: QT_TRANSLATE_NOOP("CheckupScale", "partly"),
    4: QT_TRANSLATE_NOOP("CheckupScale", "mostly"),
    5: QT_TRANSLATE_NOOP("CheckupScale", "fully"),
}


def scale_word(score: int) -> str:
    return QCoreApplication.translate("CheckupScale", SCALE_WORDS[score])


def scale_choice(score: int) -> str:
    """One step of the scale as a choice is labelled, in the screen's language: "3 – partly"."""
    return QCoreApplication.translate("CheckupScale", "{score} – {words}").format(
        score=score, words=scale_word(score)
    )


def scale_in_words() -> str:
    """The whole scale in one line: "1 = not at all, 2 = a little, …, 5 = fully"."""
    return ", ".join(f"{score} = {scale_word(score)}" for score in SCALE_WORDS)

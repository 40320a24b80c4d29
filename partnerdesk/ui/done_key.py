"""The key that marks a commitment done, shared by the Today page and the commitment list.

Its own module: the Today page is made at every start, and the commitment list (with
the rich-text delegate it draws with) is only needed once a partnership is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

# The one key that marks the chosen commitment done (Space does too).
DONE_KEY = "Ctrl+D"


def is_done_key(event: QEvent) -> bool:
    """Space or Ctrl+D, pressed (or about to be, as a shortcut) on a commitment's row."""
    if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
        return False
    if not isinstance(event, QKeyEvent):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Space:
        return modifiers == Qt.KeyboardModifier.NoModifier
    return event.key() == Qt.Key.Key_D and modifiers == Qt.KeyboardModifier.ControlModifier

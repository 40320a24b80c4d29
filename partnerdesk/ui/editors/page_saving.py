"""Editors saved as the user types, a page at a time: the MOU wizard and the team charter.

Saves run on the database worker, in the order they were made, so typing never waits for
the store. The editor keeps what the store holds as far as it knows, and the saves still
on their way; a save refused (the store busy, a colleague's save meanwhile) is taken back
from what it expects, so the page is saved again, or the user is asked whose words to keep.
Closing waits until every save has been written.

``PagesSavedAsTyped`` is that mechanism, taken out of the MOU wizard so that every such
editor shares it; an editor gives it its pages (``section_pages``, each with ``values()``
and ``set_values()``), the one on screen (``shown_page``) and an indicator (``saved``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.ui.colours import Tone, paint

AUTOSAVE_DELAY_MS = 600
# Closing waits at most this long for the saves still on their way.
LEAVING_WAIT_S = 30
ALL_SAVED = QT_TRANSLATE_NOOP("page_saving", "All changes are saved.")


@dataclass(frozen=True)
class TheirSection:
    """Someone else saved this page first and the user chose to see their version."""

    values: dict[str, Any]


@dataclass(frozen=True)
class KeepMine:
    """Someone else saved this page first and the user chose to save their own words over it:
    ``theirs`` is the page they saved, so a third person's later save is still noticed."""

    theirs: dict[str, Any]


# How the user settled a colleague's save of the page: theirs shown, mine saved over it,
# or (None) the question closed: what was typed stays on screen, unsaved.
Settlement = TheirSection | KeepMine | None


@dataclass(frozen=True)
class SaveProblem:
    """A save that was refused: what to show, and whether trying again may help.

    ``wait_when_leaving``: closing waits a few seconds for it to pass (a data file busy
    for a moment), rather than asking at once (a server that is away).
    """

    text: str
    retry: bool = True
    wait_when_leaving: bool = True


# What became of one save: None when it was written.
SaveOutcome = SaveProblem | ChangedElsewhereError | None
# Shown while a colleague's save of a page is not settled (the question was closed).
NOT_SETTLED = QT_TRANSLATE_NOOP(
    "page_saving",
    "Not saved: someone else changed this page meanwhile. Change something on it, or "
    "close, to choose whose words to keep.",
)


class PageEditing(Protocol):
    """What an editor saved as typed needs from the store (see ui/mou_editing.py)."""

    def save(self, record_id: int, edit: PageEdit, done: Callable[[SaveOutcome], None]) -> None:
        """Write ``edit`` after every save asked before it; ``done`` is told how it went."""
        ...

    def settle_conflict(self, error: ChangedElsewhereError) -> Settlement:
        """Ask whose words to keep: theirs, mine, or None (the question closed)."""
        ...

    def leave_unsaved(self, problem: SaveProblem) -> bool:
        """Closing while the last save is refused: whether to close all the same."""
        ...

    def finish(self) -> None:
        """Wait until every save asked so far has been written (or refused)."""
        ...


class Page(Protocol):
    """A page of such an editor: its fields' values, as on screen."""

    def values(self) -> dict[str, Any]: ...

    def set_values(self, values: Mapping[str, Any]) -> None: ...


class PagesSavedAsTyped(QDialog):
    """The saving half of an editor saved as typed (see the module's docstring).

    A subclass calls ``_start_saving`` in its constructor, sets ``saved`` (the indicator),
    and provides ``section_pages``, ``shown_page`` and ``_id_of``; an editor with a title
    provides ``_title_on_screen`` and ``_title_saved`` too.
    """

    editing: PageEditing
    record_id: int
    saved: QLabel
    section_pages: Mapping[str, Any]

    def _start_saving(self, sections: Mapping[str, Any], title: str = "") -> None:
        # The record as the store holds it, as far as the editor knows (saves confirmed)…
        self._stored_sections: dict[str, Any] = dict(sections)
        self._stored_title = title
        # …and as it will hold it once the saves on their way are written.
        self.sections: dict[str, Any] = dict(sections)
        self._title = title
        self._on_their_way: list[PageEdit] = []
        self._problem: SaveProblem | None = None
        # Pages a colleague saved meanwhile whose question was closed without a choice:
        # what was typed is on screen, not saved, and is asked about again.
        self._unsettled: set[str] = set()
        # Pages whose save was refused (the store busy, the server away): sent again with
        # the next save even when another page is on screen by then.
        self._refused: set[str] = set()
        self._leaving = False
        self._left = False  # saved and closed
        self._closing = False  # no more pages to build
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        # Quitting from outside (the session ends, the system shuts down) closes no dialog:
        # save what is on screen all the same.
        self._application = QCoreApplication.instance()
        if self._application is not None:
            self._application.aboutToQuit.connect(self._save_on_quit)

    # What the editor provides ----------------------------------------------------
    def shown_page(self) -> Any:
        """The page on screen (None when it is not a page that is saved)."""
        raise NotImplementedError

    def _id_of(self, page: Any) -> str:
        raise NotImplementedError

    def _is_page(self, section_id: str) -> bool:
        return section_id in self.section_pages

    def _title_on_screen(self) -> str:
        return ""  # an editor without a title

    def _title_saved(self, title: str) -> None:
        """A new title is stored (the window's title may follow)."""

    def _stayed_open(self) -> None:
        """Closing was refused: the editor stays open (and may go on building pages)."""

    # Saving ----------------------------------------------------------------------
    def _say_saved(self, text: str, *, problem: bool = False) -> None:
        """The save indicator; its text is also its accessible name, so it can be heard."""
        self.saved.setText(text)
        self.saved.setAccessibleName(text)
        paint(self.saved, Tone.WARNING if problem else Tone.MUTED)

    def _autosave_later(self) -> None:
        self._say_saved(QCoreApplication.translate("page_saving", "Saving…"))
        self._autosave.start()

    def _show_save_state(self) -> None:
        """Truthful: "Saving…" while a change waits for its save or is on its way."""
        if self._problem is not None:
            self._say_saved(self._problem.text, problem=True)
        elif self._unsettled:
            self._say_saved(QCoreApplication.translate("page_saving", NOT_SETTLED), problem=True)
        elif self._autosave.isActive() or any(
            edit.section_id or edit.title for edit in self._on_their_way
        ):
            self._say_saved(QCoreApplication.translate("page_saving", "Saving…"))
        else:
            self._say_saved(QCoreApplication.translate("page_saving", ALL_SAVED))

    def save_now(self, last_page: str | None = None) -> bool:
        """Save the page on screen (and the title) if anything changed; safe to call often.

        The save goes on its way at once and is written after those before it; returns
        False only while the last save was refused (the indicator says why).
        """
        self._autosave.stop()
        self._send_refused_pages()
        section_id, values = "", {}
        page = self.shown_page()
        if page is not None:
            on_screen = page.values()
            expected = self.sections.get(self._id_of(page)) or {}
            if any(on_screen.get(key) != expected.get(key) for key in on_screen):
                section_id, values = self._id_of(page), on_screen
        title = self._title_on_screen()
        new_title = title if title and title != self._title else ""
        if section_id or new_title or last_page is not None:
            bases = self._possibly_stored(section_id) if section_id else ()
            self._send(PageEdit(section_id, values, bases, new_title, last_page))
        self._show_save_state()
        return self._problem is None

    def _send_refused_pages(self) -> None:
        """Pages left after their save was refused: their words are sent again."""
        shown = self.shown_page()
        for section_id in sorted(self._refused):
            page = self.section_pages.get(section_id)
            if page is None or page is shown:
                continue
            values = page.values()
            expected = self.sections.get(section_id) or {}
            if any(values.get(key) != expected.get(key) for key in values):
                self._send(PageEdit(section_id, values, self._possibly_stored(section_id)))

    def _possibly_stored(self, section_id: str) -> tuple[Mapping[str, Any], ...]:
        """The page as the store may hold it when this save arrives: as last confirmed,
        then after each of the user's saves still on their way."""
        states: list[Mapping[str, Any]] = [self._stored_sections.get(section_id) or {}]
        for edit in self._on_their_way:
            if edit.section_id == section_id:
                states.append({**states[-1], **edit.values})
        return tuple(states)

    def _send(self, edit: PageEdit) -> None:
        self._on_their_way.append(edit)
        if edit.section_id:
            self.sections[edit.section_id] = {
                **(self.sections.get(edit.section_id) or {}),
                **edit.values,
            }
        if edit.title:
            self._title = edit.title
        self.editing.save(self.record_id, edit, lambda outcome: self._saved(edit, outcome))

    def _saved(self, edit: PageEdit, outcome: SaveOutcome) -> None:
        """How a save went (on the GUI thread, in the order the saves were made)."""
        with contextlib.suppress(StopIteration):
            self._on_their_way.pop(
                next(i for i, sent in enumerate(self._on_their_way) if sent is edit)
            )
        if outcome is None:
            if edit.section_id:
                stored = self._stored_sections.get(edit.section_id) or {}
                self._stored_sections[edit.section_id] = {**stored, **edit.values}
                self._unsettled.discard(edit.section_id)
                self._refused.discard(edit.section_id)
            if edit.title:
                self._stored_title = edit.title
                self._title_saved(edit.title)
            if edit.section_id or edit.title:
                self._problem = None
            self._show_save_state()
            return
        if not (edit.section_id or edit.title):
            return  # only the page to resume on: the next page change remembers it
        # Not written: expect only what was, and what is still on its way, so that the
        # next save sends this page (and title) again.
        self._expect_again()
        if isinstance(outcome, ChangedElsewhereError):
            later = any(sent.section_id == edit.section_id for sent in self._on_their_way)
            if not later:  # a later save of this page will be refused too, and ask
                self._settle(edit.section_id, outcome)
        else:
            self._problem = outcome
            if edit.section_id:
                self._refused.add(edit.section_id)
            if outcome.retry:
                self._autosave.start()  # try again shortly; what was typed stays on screen
        self._show_save_state()

    def _expect_again(self) -> None:
        self.sections = dict(self._stored_sections)
        self._title = self._stored_title
        for edit in self._on_their_way:
            if edit.section_id:
                self.sections[edit.section_id] = {
                    **(self.sections.get(edit.section_id) or {}),
                    **edit.values,
                }
            if edit.title:
                self._title = edit.title

    def _settle(self, section_id: str, error: ChangedElsewhereError) -> None:
        """A colleague saved this page meanwhile: show theirs, save mine over it, or (the
        question closed) keep what was typed on screen, unsaved, to be asked again."""
        if not self._is_page(section_id):
            return
        page = self.section_pages[section_id]
        choice = self.editing.settle_conflict(error)
        if isinstance(choice, TheirSection):
            # Shown, not written: the store holds theirs already.
            self._unsettled.discard(section_id)
            self._stored_sections[section_id] = dict(choice.values)
            self.sections[section_id] = dict(choice.values)
            page.set_values(choice.values)
            self.save_now()
        elif isinstance(choice, KeepMine):
            # Saved over theirs, knowingly: expected to find theirs, so a third person's
            # save meanwhile is still asked about.
            self._unsettled.discard(section_id)
            self._stored_sections[section_id] = dict(choice.theirs)
            self._send(PageEdit(section_id, page.values(), self._possibly_stored(section_id)))
            self.save_now()
        else:
            # Nothing written over theirs; nothing typed lost. What is on screen counts as
            # this page's words until something on it changes (then it is sent, refused
            # again, and asked about again), or the wizard is closed (asked again then).
            self._unsettled.add(section_id)
            self.sections[section_id] = {
                **(self.sections.get(section_id) or {}),
                **page.values(),
            }
            self._problem = SaveProblem(
                QCoreApplication.translate("page_saving", NOT_SETTLED), retry=False
            )

    def _wait_for_saves(self) -> None:
        """Until every save on its way is written: the results are delivered here, so a
        colleague's save meanwhile is still asked about while the wizard is open."""
        deadline = time.monotonic() + LEAVING_WAIT_S
        while self._on_their_way and time.monotonic() < deadline:
            self.editing.finish()
            QCoreApplication.processEvents()

    def _save_before_leaving(self) -> bool:
        """Save everything before the wizard closes; False: it stays open, because what
        was typed could not be saved and closing would lose it."""
        if self._left:
            return True  # Close, then the dialog's own reject(): saved once
        if self._leaving:
            return False
        self._leaving = self._closing = True
        try:
            self._ask_again_about_unsettled_pages()
            # The store may be busy for a moment (another program): wait a little rather
            # than close with the last words unsaved.
            for _attempt in range(10):
                self.save_now()
                self._wait_for_saves()
                problem = self._problem
                if problem is None or not problem.retry or not problem.wait_when_leaving:
                    break
                QThread.msleep(300)
            if not self._may_close():
                self._closing = False
                self._stayed_open()
                return False
        finally:
            self._leaving = False
        self._autosave.stop()
        self._left = True
        # Closed, this wizard has nothing left to save when the app quits.
        if self._application is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._application.aboutToQuit.disconnect(self._save_on_quit)
            self._application = None
        return True

    def _ask_again_about_unsettled_pages(self) -> None:
        """A colleague's save whose question was closed is asked about once more."""
        for section_id in sorted(self._unsettled):
            page = self.section_pages[section_id]
            self._send(PageEdit(section_id, page.values(), self._possibly_stored(section_id)))
        self._wait_for_saves()

    def _may_close(self) -> bool:
        if self._unsettled:
            # The question was closed again: the typed words stay on screen, unsaved.
            self._show_save_state()
            return False
        problem = self._problem
        if problem is not None and problem.retry and not self.editing.leave_unsaved(problem):
            self._autosave.start()  # kept open: it goes on trying
            return False
        return True

    def _save_on_quit(self) -> None:
        self.save_now()
        self._wait_for_saves()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._save_before_leaving():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape closes like Close: everything typed is kept, nothing to cancel.
        if self._save_before_leaving():
            super().reject()

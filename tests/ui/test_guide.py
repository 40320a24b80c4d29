"""Help → User guide: the guide shipped with the app, read in a window beside the main one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from partnerdesk.ui.guide_dialog import guide_file
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs

SECTIONS = [
    "Getting started",
    "Your organization's profile",
    "Logging and vetting a request",
    "Agreements (MOUs): drafting and e-mailing",
    "Your data and backups",
]
# Every installer carries the guide; its pictures are cut down to keep them small.
MOST_BYTES_PER_PICTURE = 120_000


def _html() -> str:
    return guide_file().read_text(encoding="utf-8")


def test_help_opens_the_guide_beside_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.menu_actions["guide"].trigger()
    guide = window.help.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    assert not guide.isModal(), "people follow the steps in the main window while reading"
    text = guide.text()
    for section in SECTIONS:
        assert section in text
    assert "sample data" in text
    assert "Backups and restore" in text


def test_f1_opens_the_guide_and_a_second_time_brings_the_same_window_forward(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    first = window.help.guide
    assert first is not None and first.isVisible()
    first.close()
    window.menu_actions["guide"].trigger()
    assert window.help.guide is first
    assert first.isVisible()


def test_the_guide_names_only_pictures_it_ships_and_they_are_small() -> None:
    pictures = re.findall(r'<img src="([^"]+)"', _html())
    assert len(pictures) >= 4, "getting started, vetting and backups are shown"
    for name in pictures:
        path = guide_file().parent / name
        assert path.is_file(), f"{name} is named by the guide but not shipped"
        assert not QImage(str(path)).isNull()
        assert path.stat().st_size <= MOST_BYTES_PER_PICTURE, f"{name} is too big"
    assert re.findall(r'alt="([^"]+)"', _html()), "pictures are described for screen readers"


def test_every_contents_link_leads_somewhere() -> None:
    html = _html()
    targets = set(re.findall(r'<a name="([^"]+)">', html))
    links = re.findall(r'<a href="#([^"]+)">', html)
    assert links and set(links) <= targets


def test_a_missing_guide_is_explained(
    window: MainWindow, dialogs: RecordingDialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        "partnerdesk.ui.help_actions.guide_file", lambda: tmp_path / "no-guide.html"
    )
    assert window.help.show_guide() is None
    kind, title, _text = dialogs.shown[-1]
    assert (kind, title) == ("problem", "The user guide is missing")

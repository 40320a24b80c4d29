"""Help → User guide: the guide shipped with the app, read in a window beside the main one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.ui.guide_dialog import GuideBrowser, guide_file
from partnerdesk.ui.language import remove_translators, use_language
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


# The Spanish guide (issue 21): the same sections and pictures, in Spanish.
SECCIONES = [
    "Primeros pasos",
    "El perfil de su organización",
    "Registrar y evaluar una solicitud",
    "Memorandos de entendimiento (MOU): redactar y enviar por correo",
    "Sus datos y las copias de seguridad",
]


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[None]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    yield
    remove_translators()


def test_a_window_in_spanish_opens_the_spanish_guide(
    spanish: None, window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    text = guide.text()
    for section in SECCIONES:
        assert section in text
    assert "Getting started" not in text
    # Its pictures are there before the Spanish ones are taken: the English guide's.
    assert not _picture(guide.browser, "welcome.png").isNull()


def test_a_window_in_english_opens_the_english_guide() -> None:
    assert guide_file() == guide_file("en") != guide_file("es")
    assert guide_file("es").parent.name == "es"
    assert guide_file("fr") == guide_file("en"), "no French guide: the English one"


def _spanish_html() -> str:
    return guide_file("es").read_text(encoding="utf-8")


def test_the_spanish_guide_is_the_whole_guide() -> None:
    """Every section and picture of the English guide, each picture described in Spanish."""
    english, spanish = _html(), _spanish_html()
    anchors = r'<a name="([^"]+)">'
    assert re.findall(anchors, english) == re.findall(anchors, spanish)
    assert re.findall(r'<img src="([^"]+)"', english) == re.findall(r'<img src="([^"]+)"', spanish)
    assert len(re.findall(r'alt="([^"]+)"', spanish)) == len(re.findall(r"<img ", spanish))
    assert '<html lang="es">' in spanish
    targets = set(re.findall(r'<a name="([^"]+)">', spanish))
    links = re.findall(r'<a href="#([^"]+)">', spanish)
    assert links and set(links) <= targets
    for name in re.findall(r'<img src="([^"]+)"', spanish):
        own, english_picture = guide_file("es").parent / name, guide_file("en").parent / name
        assert own.is_file() or english_picture.is_file(), f"{name}: no picture at all"


def test_a_picture_taken_in_spanish_is_shown_instead_of_the_english_one(
    tmp_path: Path, qtbot: QtBot
) -> None:
    guide = tmp_path / "es" / "index.html"
    guide.parent.mkdir()
    guide.write_text(
        '<html><body><img src="welcome.png"><img src="today.png"></body></html>', "utf-8"
    )
    own = QImage(7, 5, QImage.Format.Format_RGB32)
    own.fill(Qt.GlobalColor.darkGreen)
    assert own.save(str(guide.parent / "welcome.png"))
    browser = GuideBrowser(guide)
    assert _picture(browser, "welcome.png").size() == own.size(), "the Spanish picture"
    english = QImage(str(guide_file("en").parent / "today.png"))
    assert _picture(browser, "today.png").size() == english.size(), (
        "the English one, until it is taken in Spanish"
    )
    browser.deleteLater()


def _picture(browser: GuideBrowser, name: str) -> QImage:
    """The picture ``name`` as the guide's page loads it."""
    data = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
    return QImage.fromData(data)

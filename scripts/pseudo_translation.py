#!/usr/bin/env python3
"""Pseudo-translation: every page and main dialog in a made-up, 40% longer language.

Every message of resources/translations/partnerdesk_es.ts is "translated" into its own
English with accents and 40% more letters (placeholders, HTML tags and shortcuts kept as
they are), compiled with lrelease and loaded as the window's translation. Then
scripts/screenshots.py takes its shots of every page and dialog at 1280×800, and each
shot is checked for cut-off text: a label, button, check box or table column header
whose text needs more room than it was given, and that neither wraps nor elides; and for
forms and dialog pages that scroll sideways.

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/pseudo_translation.py shots/pseudo

(offscreen works too; fonts differ). Prints each cut-off and exits 1 if there is one.
Longer languages (Spanish runs 20-30% longer than English) fit where this fits.

With ``--language es`` the same shots and checks run in the real Spanish of the .ts instead:
what a Spanish-speaking user sees, cut-offs included.
"""

from __future__ import annotations

import math
import re
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

GROWTH = 0.4
ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLMNORSTUWYZ",
    "áƀçďéĝĥíķĺñóŕšţúŵýžÁƁÇĎÉĜĤÍĶĹḾÑÓŔŠŤÚŴÝŽ",
)
# Kept exactly: format placeholders, Qt's %n and %1, HTML tags and entities.
KEPT = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
VOWELS = "áéíóúýÁÉÍÓÚÝ"


def pseudo(text: str) -> str:
    """``text`` with accents and 40% more letters, placeholders and tags untouched."""
    pieces: list[tuple[bool, str]] = []
    position = 0
    for match in KEPT.finditer(text):
        pieces.append((False, text[position : match.start()]))
        pieces.append((True, match.group()))
        position = match.end()
    pieces.append((False, text[position:]))
    letters = sum(len(piece) for kept, piece in pieces if not kept)
    to_add = math.ceil(letters * GROWTH)
    out = []
    for kept, piece in pieces:
        if kept:
            out.append(piece)
            continue
        grown = []
        for character in piece.translate(ACCENTED):
            grown.append(character)
            if to_add and character in VOWELS:
                grown.append(character)
                to_add -= 1
        out.append("".join(grown))
    if to_add:  # too few vowels: the rest at the end of the text
        out.append("~" * to_add)
    return "".join(out)


def pseudo_ts(source: Path, target: Path) -> int:
    """Write ``target``: ``source`` with every message pseudo-translated; returns how many."""
    tree = ElementTree.parse(source)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        text = pseudo(message.findtext("source") or "")
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ElementTree.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


@dataclass(frozen=True)
class CutOff:
    window: str
    widget: str
    text: str
    needs: int
    has: int


def _shown_text(text: str) -> str:
    # "&Save" shows "Save"; "&&" shows "&".
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off_texts(top: object) -> Iterator[CutOff]:
    """Labels, buttons, check boxes and table headers in ``top`` whose text does not fit,
    and forms that scroll sideways (a field or its buttons off the edge)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QHeaderView,
        QLabel,
        QRadioButton,
        QScrollArea,
        QStyle,
        QToolButton,
        QWidget,
    )

    assert isinstance(top, QWidget)
    title = top.windowTitle() or type(top).__name__
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QScrollArea):
            # A form or a dialog's page: scrolling sideways hides the ends of its fields.
            bar = widget.horizontalScrollBar()
            inner = widget.widget()
            if bar.maximum() > 0 and inner is not None and not widget.property("scrolls_sideways"):
                has = widget.viewport().width()
                name = widget.objectName() or "QScrollArea"
                yield CutOff(title, name, "(scrolls sideways)", inner.width(), has)
        elif isinstance(widget, QHeaderView):
            if widget.orientation() != Qt.Orientation.Horizontal:
                continue
            model = widget.model()
            if model is None:
                continue
            margin = 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                tip = model.headerData(
                    section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                )
                if not text or tip:
                    continue  # a heading cut short on purpose, whole in its tooltip
                needs = widget.fontMetrics().horizontalAdvance(text) + margin
                has = widget.sectionSize(section)
                if needs > has + 1:
                    yield CutOff(title, "table header", text[:60], needs, has)
        elif isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
            text = widget.text()
            if widget.textFormat() == Qt.TextFormat.RichText or re.search(r"<[a-zA-Z/]", text):
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setHtml(text)
                needs = math.ceil(document.idealWidth() - 2 * document.documentMargin())
            else:
                lines = _shown_text(text).split("\n")
                needs = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            has = widget.contentsRect().width() - 2 * widget.margin()
            if needs > has + 1:
                yield CutOff(title, widget.objectName() or "QLabel", text[:60], needs, has)
        elif isinstance(widget, (QAbstractButton, QCheckBox, QRadioButton)):
            text = widget.text()
            if not text or (isinstance(widget, QToolButton) and not widget.icon().isNull()):
                continue  # an icon's button shows no text
            needs = widget.sizeHint().width()
            if needs > widget.width() + 1:
                yield CutOff(title, type(widget).__name__, text[:60], needs, widget.width())


def install_pseudo_translation(folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from partnerdesk.core.dates import use_date_writer
    from partnerdesk.core.translation import use_backend
    from partnerdesk.translation_files import compile_translation

    source = ROOT / "resources" / "translations" / "partnerdesk_es.ts"
    ts = folder / "partnerdesk_pseudo.ts"
    pseudo_ts(source, ts)
    qm = ts.with_suffix(".qm")
    if not compile_translation(ts, qm):
        sys.exit("lrelease could not compile the pseudo-translation")
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(qm)):
        sys.exit(f"could not load {qm}")
    QCoreApplication.installTranslator(translator)

    def through_qt(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    use_backend(through_qt, "pseudo")
    # Dates in English: the made-up language has no calendar of its own (Babel knows no
    # "pseudo", and a message naming a date, as an unreadable due date's, raised).
    use_date_writer(_english_date)


def _english_date(day: object, language: str, spelled_out: bool) -> str:
    from PySide6.QtCore import QDate, QLocale

    assert isinstance(day, date)
    shown = QDate(day.year, day.month, day.day)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return english.toString(shown, "dddd d MMMM yyyy" if spelled_out else "d MMM yyyy")


def install_real_translation(language: str, folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from partnerdesk.ui.language import use_language

    application = QCoreApplication.instance()
    assert application is not None
    if use_language(application, language, cache_dir=folder) != language:
        sys.exit(f"the {language} translation could not be loaded")


def main(argv: list[str]) -> int:
    language = None
    if "--language" in argv:
        at = argv.index("--language")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    out = Path(argv[0]) if argv else ROOT / "shots" / (language or "pseudo")
    out.mkdir(parents=True, exist_ok=True)
    import screenshots
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from partnerdesk.app import create_application

    create_application()
    found: list[CutOff] = []
    original_grab = QWidget.grab

    def grab_and_check(widget: QWidget, *arguments: object) -> object:
        found.extend(cut_off_texts(widget))
        return original_grab(widget, *arguments)

    QWidget.grab = grab_and_check  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        if language:
            install_real_translation(language, Path(folder))
        else:
            install_pseudo_translation(Path(folder))
        name = language or "pseudo"
        screenshots.shoot(out, name, with_sample=True, size=QSize(1280, 800))
    unique = sorted(set(found), key=lambda cut: (cut.window, cut.text))
    for cut in unique:
        print(f"{cut.window}: {cut.widget} {cut.text!r} needs {cut.needs}px, has {cut.has}px")
    print(f"{len(unique)} cut-off text(s); screenshots in {out}")
    return 1 if unique else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

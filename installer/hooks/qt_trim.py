"""What the bundle leaves out of Qt: plugins and translations PartnerDesk never loads.

PyInstaller's PySide6 hooks collect every plugin of each kind a module might use. The
hooks beside this file call those same hooks and drop what this app cannot need: of
Qt's own translations only those of the languages PartnerDesk speaks (for Qt's dialogs:
file chooser, message box buttons), no network connections, and it draws only PNG and
SVG images. Dropping a plugin before PyInstaller follows its libraries also
keeps out what only that plugin needed (GTK, Pango and Cairo for the GTK theme plugin).
"""

from __future__ import annotations

from pathlib import PurePath

DROPPED_KINDS = {
    "egldeviceintegrations",  # full-screen embedded devices, not desktops
    "generic",  # raw input devices (evdev, tslib) for embedded devices
    "networkinformation",
    "tls",
    "sqldrivers",
    "printsupport",
    "qmltooling",
}
DROPPED_PLUGINS = {
    # Embedded and remote-display platforms; desktops use xcb, wayland, windows or cocoa.
    "platforms": {"qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl", "qdirect2d"},
    # Needs GTK 3 and brings ~10 MB of its libraries; the desktop portal theme stays.
    "platformthemes": {"qgtk3"},
}
KEPT_IMAGE_FORMATS = {"qsvg"}  # PNG is built into QtGui; the icons are SVG
# Qt's own words (buttons, file dialogs) in each language of resources/translations;
# ui/language.py loads qtbase_LANG.qm, the rest of Qt's .qm files are for modules not used.
KEPT_TRANSLATIONS = {"qtbase_es.qm"}


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib")


def wanted(source: str, destination: str) -> bool:
    parts = PurePath(destination).parts
    kind = parts[-1] if parts else ""
    if kind in DROPPED_KINDS:
        return False
    if kind == "translations":
        return PurePath(source).name in KEPT_TRANSLATIONS
    name = _plugin_name(PurePath(source).name)
    if kind == "imageformats":
        return name in KEPT_IMAGE_FORMATS
    return name not in DROPPED_PLUGINS.get(kind, set())


def trim(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(source, destination) for source, destination in entries if wanted(source, destination)]

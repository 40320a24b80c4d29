"""The installer's own pieces: icons drawn from the SVG, the Qt trim, the desktop entries.

The bundle as a whole is checked by installer/smoke_test.py in CI (.ci/run).
"""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_icons_for_every_system_are_drawn_from_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    icons = _load(INSTALLER / "icons.py")
    files = icons.make_icons(tmp_path)

    reader = QImageReader(str(files["ico"]))
    sizes = []
    for _ in range(reader.imageCount()):
        sizes.append(reader.read().width())
        reader.jumpToNextImage()
    assert sorted(sizes) == list(icons.ICO_SIZES)

    data = files["icns"].read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        image = QImage.fromData(data[offset + 8 : offset + length], "PNG")
        assert image.width() == icons.ICNS_TYPES[kind]
        kinds.append(kind)
        offset += length
    assert kinds == list(icons.ICNS_TYPES)

    png = QImage(str(files["png"]))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255
    assert png.pixelColor(0, 0).alpha() == 0, "the corners stay transparent"


def test_the_bundle_keeps_the_qt_plugins_a_desktop_needs_and_drops_the_rest() -> None:
    trim = _load(INSTALLER / "hooks" / "qt_trim.py")
    plugins = "PySide6/Qt/plugins"
    kept = [
        ("/x/libqxcb.so", f"{plugins}/platforms"),
        ("/x/libqwayland.so", f"{plugins}/platforms"),
        ("/x/libqoffscreen.so", f"{plugins}/platforms"),
        ("C:/x/qwindows.dll", f"{plugins}/platforms"),
        ("/x/libqcocoa.dylib", f"{plugins}/platforms"),
        ("/x/libqsvg.so", f"{plugins}/imageformats"),
        ("/x/libqsvgicon.so", f"{plugins}/iconengines"),
        ("/x/libibusplatforminputcontextplugin.so", f"{plugins}/platforminputcontexts"),
        ("/x/libqxdgdesktopportal.so", f"{plugins}/platformthemes"),
        ("C:/x/qmodernwindowsstyle.dll", f"{plugins}/styles"),
        # Qt's own words in Spanish, for its dialogs (issue 21).
        ("/x/qtbase_es.qm", "PySide6/Qt/translations"),
    ]
    dropped = [
        ("/x/libqgtk3.so", f"{plugins}/platformthemes"),
        ("/x/libqvnc.so", f"{plugins}/platforms"),
        ("/x/libqjpeg.so", f"{plugins}/imageformats"),
        ("/x/libqevdevmouseplugin.so", f"{plugins}/generic"),
        ("/x/libqopensslbackend.so", f"{plugins}/tls"),
        ("/x/qtbase_de.qm", "PySide6/Qt/translations"),
        ("/x/qtdeclarative_es.qm", "PySide6/Qt/translations"),
    ]
    assert trim.trim(kept + dropped) == kept


def test_the_linux_menu_entry_opens_the_app_under_its_own_name() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "partnerdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "PartnerDesk"
    # Must match QGuiApplication.setDesktopFileName("partnerdesk") in app.py, so the
    # window is shown with this entry's icon and name.
    assert desktop["Icon"] == desktop["StartupWMClass"] == "partnerdesk"
    assert desktop["Terminal"] == "false"


def test_the_windows_installer_needs_no_administrator_and_keeps_the_data() -> None:
    script = (INSTALLER / "windows" / "partnerdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "{autoprograms}\\PartnerDesk" in script, "a Start-menu shortcut"
    assert "MB_DEFBUTTON2" in script, "removing the data is asked, and No is the default"


def test_the_libraries_that_wheels_vendor_are_not_stripped(tmp_path: Path) -> None:
    """Stripping numpy's vendored OpenBLAS left the bundle unable to import numpy (CI's
    first build with the charts): the vendored libraries and the modules auditwheel
    pointed at them keep their symbols; a plain extension module loses them."""
    import shutil

    import numpy
    import sqlalchemy

    if shutil.which("readelf") is None:
        import pytest

        pytest.skip("needs binutils' readelf, as the build's strip does")
    build = _load(INSTALLER / "build.py")
    numpy_folder = Path(numpy.__file__).parent
    internal = tmp_path / "partnerdesk" / "_internal"
    patched = next((numpy_folder / "_core").glob("_multiarray_umath*.so"))
    vendored = next((numpy_folder.parent / "numpy.libs").iterdir())
    plain = next((Path(sqlalchemy.__file__).parent / "util").glob("_collections_cy*.so"))
    for source, folder in ((patched, "numpy/_core"), (vendored, "numpy.libs"), (plain, "sa")):
        (internal / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, internal / folder / source.name)
    (internal / "base_library.zip").write_bytes(b"PK\x03\x04")
    chosen = build.libraries_to_strip(tmp_path / "partnerdesk")
    assert [path.name for path in chosen] == [plain.name]

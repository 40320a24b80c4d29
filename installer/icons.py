"""Draw the app's icon files from resources/icons/partnerdesk.svg at build time.

Windows wants an .ico, macOS an .icns, Linux desktops a .png. They are made here from the
one SVG with Qt's own SVG renderer, so no large binaries live in the repository and no
image tool has to be installed. Both containers hold PNG images, which Windows (since
Vista) and macOS (since 10.7) read.

    python installer/icons.py OUT_DIR
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "partnerdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG icon types and the pixel size each holds.
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}
LINUX_SIZE = 256


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (needs no screen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG file Qt can draw")
    pngs = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (256 is written as 0, as the format says)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: big-endian blocks of (type, length including the 8-byte head, PNG)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg, {*ICO_SIZES, *ICNS_TYPES.values(), LINUX_SIZE})
    files = {
        "ico": out / "partnerdesk.ico",
        "icns": out / "partnerdesk.icns",
        "png": out / "partnerdesk.png",
    }
    files["ico"].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    files["icns"].write_bytes(icns_bytes(pngs))
    files["png"].write_bytes(pngs[LINUX_SIZE])
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python installer/icons.py OUT_DIR")
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)

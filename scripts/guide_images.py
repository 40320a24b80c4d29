"""Refresh the user guide's pictures (resources/guide/*.png) from fresh screenshots.

Run under a real X server, like screenshots.py, after a screen the guide shows changed:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/guide_images.py

Each picture is a screenshot from screenshots.py, scaled to the guide's width and, when
pngquant is installed (Debian: apt-get install pngquant), cut to 256 colours: the guide
ships inside the app, and every installer carries it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from screenshots import shoot

GUIDE = Path(__file__).resolve().parent.parent / "resources" / "guide"
WIDTH = 760  # what the guide window shows without scrolling sideways

# screenshot -> picture in the guide
PICTURES = {
    "empty-welcome.png": "welcome.png",
    "sample-today.png": "today.png",
    "sample-vetting.png": "vetting.png",
    "sample-organization-timeline.png": "timeline.png",
    "sample-backups.png": "backups.png",
    "sample-profile-1-serve.png": "profile.png",
    "sample-requests-board.png": "board.png",
    "sample-mou-roles.png": "mou.png",
    "sample-mou-check.png": "mou-check.png",
    "sample-commitments.png": "commitments.png",
    "sample-partnerships.png": "partnerships.png",
    "sample-results-report.png": "results-report.png",
    "sample-charter-meetings.png": "charter.png",
    "sample-checkups.png": "checkups.png",
    "sample-checkup-side-by-side.png": "checkup-side-by-side.png",
}
# "Dark mode and large text": the vetting screen in dark mode, in high contrast, and at
# 150% scaling on a 1280×800 screen.
THEME_PICTURES = {
    "dark-vetting.png": "dark-mode.png",
    "contrast-capacity-matrix.png": "high-contrast.png",
    "scaled-vetting.png": "large-text.png",
}


def save_picture(shot: Path, target: Path) -> None:
    image = QImage(str(shot))
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.save(str(target), "PNG", 0)  # 0: smallest file
    pngquant = shutil.which("pngquant")
    if pngquant:
        subprocess.run(
            [
                *(pngquant, "--force", "--skip-if-larger", "--strip", "--speed", "1"),
                *("--quality", "70-95", "--output", str(target), str(target)),
            ],
            check=False,  # "not smaller" is fine: the plain PNG stays
        )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        shots = Path(folder)
        # The pictures show the folder a Linux user sees, not a temporary one.
        home = shots / "home"
        os.environ["HOME"] = str(home)
        data_dir = home / ".local" / "share" / "PartnerDesk"
        shoot(shots, "empty", with_sample=False, data_dir=data_dir)
        shoot(shots, "sample", with_sample=True, data_dir=data_dir)
        for shot, picture in PICTURES.items():
            save_picture(shots / shot, GUIDE / picture)
            print(f"{GUIDE / picture}: {(GUIDE / picture).stat().st_size // 1024} KB")
        theme_pictures(shots, data_dir)
    return 0


def theme_pictures(shots: Path, data_dir: Path) -> None:
    """The pictures of "Dark mode and large text", in the palettes the tests use."""
    sys.path.insert(0, str(GUIDE.parent.parent))
    from tests.ui.readability import PALETTES

    shoot(shots, "dark", with_sample=True, data_dir=data_dir, palette=PALETTES["dark"])
    shoot(
        shots,
        "contrast",
        with_sample=True,
        data_dir=data_dir,
        palette=PALETTES["high contrast"],
    )
    shoot(shots, "scaled", with_sample=True, data_dir=data_dir, size=QSize(853, 481))
    for shot, picture in THEME_PICTURES.items():
        save_picture(shots / shot, GUIDE / picture)
        print(f"{GUIDE / picture}: {(GUIDE / picture).stat().st_size // 1024} KB")


if __name__ == "__main__":
    sys.exit(main())

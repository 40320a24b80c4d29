"""Refresh the user guide's pictures (resources/guide/*.png) from fresh screenshots.

Run under a real X server, like screenshots.py, after a screen the guide shows changed:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/guide_images.py [--language es]

``--language es`` takes them with the window in Spanish, for the Spanish guide
(resources/guide/es/*.png; it shows the English pictures where it has none). Take them
once the interface's Spanish is translated: a picture showing English words is worse in
the Spanish guide than the English picture it replaces.

Each picture is a screenshot from screenshots.py, scaled to the guide's width and, when
pngquant is installed (Debian: apt-get install pngquant), cut to 256 colours: the guide
ships inside the app, and every installer carries it.

Each variant (empty, with the sample data, dark, high contrast, scaled) is shot in a
process of its own: a second window with another palette in the same process once crashed
Qt (a segmentation fault on the second theme variant).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from screenshots import shoot

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
LANGUAGES = ("en", "es")
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
    "sample-checkup-form-read.png": "checkup-form-read.png",
    "sample-signed-mou.png": "signed-mou.png",
}
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


def guide_folder(language: str) -> Path:
    """Where the guide in ``language`` keeps its pictures."""
    return GUIDE if language == "en" else GUIDE / language


# variant -> the screenshots it takes, and the pictures the guide shows from them.
VARIANTS: dict[str, dict[str, str]] = {
    "empty": {shot: picture for shot, picture in PICTURES.items() if shot.startswith("empty-")},
    "sample": {shot: picture for shot, picture in PICTURES.items() if shot.startswith("sample-")},
    # "Dark mode and large text": the vetting screen in dark mode, in high contrast, and at
    # 150% scaling on a 1280×800 screen.
    **{
        variant: {
            shot: picture
            for shot, picture in THEME_PICTURES.items()
            if shot.startswith(f"{variant}-")
        }
        for variant in ("dark", "contrast", "scaled")
    },
}


def shoot_variant(variant: str, shots: Path, data_dir: Path, language: str) -> None:
    """One variant's screenshots, in this process, with the window in ``language``."""
    from partnerdesk.app import create_application
    from partnerdesk.ui.language import use_language

    application = create_application()
    if use_language(application, language) != language:
        raise SystemExit(f"The window could not be shown in {language!r}.")
    if variant in ("dark", "contrast"):
        sys.path.insert(0, str(ROOT))
        from tests.ui.readability import PALETTES

        palette = PALETTES["dark" if variant == "dark" else "high contrast"]
        shoot(shots, variant, with_sample=True, data_dir=data_dir, palette=palette)
    elif variant == "scaled":
        shoot(shots, variant, with_sample=True, data_dir=data_dir, size=QSize(853, 481))
    else:
        shoot(shots, variant, with_sample=variant == "sample", data_dir=data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh the user guide's pictures.")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    # Used by this script itself: one variant, shot in a process of its own.
    parser.add_argument("--variant", choices=sorted(VARIANTS), help=argparse.SUPPRESS)
    parser.add_argument("--shots", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.variant:
        shoot_variant(arguments.variant, arguments.shots, data_folder(), arguments.language)
        return 0
    target = guide_folder(arguments.language)
    target.mkdir(parents=True, exist_ok=True)
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        shots = Path(folder)
        # The pictures show the folder a Linux user sees, not a temporary one.
        os.environ["HOME"] = str(shots / "home")
        for variant, pictures in VARIANTS.items():
            command = [sys.executable, __file__, "--variant", variant, "--shots", str(shots)]
            done = subprocess.run([*command, "--language", arguments.language], check=False)
            if done.returncode != 0:
                # The others are still worth having; the guide keeps this one's old pictures.
                print(f"The {variant} screenshots failed ({done.returncode}).", file=sys.stderr)
                failed.append(variant)
                continue
            for shot, picture in pictures.items():
                save_picture(shots / shot, target / picture)
                print(f"{target / picture}: {(target / picture).stat().st_size // 1024} KB")
    return 1 if failed else 0


def data_folder() -> Path:
    return Path(os.environ["HOME"]) / ".local" / "share" / "PartnerDesk"


if __name__ == "__main__":
    sys.exit(main())

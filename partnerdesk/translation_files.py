"""The interface's translations as files: the .ts a translator fills in, the .qm Qt loads.

Only the .ts files are kept in the repository (resources/translations). The .qm files are
compiled from them with Qt's ``lrelease`` (shipped in the PySide6 wheel):

- in a checkout, by scripts/setup.sh (the README's commands) into resources/translations;
- in the installable app, by installer/partnerdesk.spec, which bundles them;
- after a plain ``pip install .`` there is none: the first start in another language
  compiles it into the user's cache folder (a fraction of a second, once), and again
  whenever the .ts is newer, so an edited translation is never shown stale.

Nothing here imports Qt's Python modules: only its programs are run.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from partnerdesk.shipped_files import resource

log = logging.getLogger(__name__)

TRANSLATIONS = "translations"
PREFIX = "partnerdesk_"


def translation_sources() -> list[Path]:
    return sorted(resource(TRANSLATIONS).glob(f"{PREFIX}*.ts"))


def qt_program(name: str) -> Path | None:
    """A program of Qt's tool chain shipped in the PySide6 wheel (lrelease, lupdate)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    return None


def compile_translation(source: Path, target: Path) -> bool:
    """``lrelease source -qm target``; False (and a line in the log) when it cannot."""
    import subprocess

    program = qt_program("lrelease")
    if program is None:
        log.warning("no lrelease to compile %s", source.name)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".qm.partial")
    result = subprocess.run(
        [str(program), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        log.warning("lrelease failed on %s: %s", source.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def compile_all(folder: Path | None = None) -> list[Path]:
    """Compile every .ts into ``folder`` (default: beside them); returns the .qm files."""
    written = []
    for source in translation_sources():
        target = (folder or source.parent) / source.with_suffix(".qm").name
        if compile_translation(source, target):
            written.append(target)
    return written


def compiled_translation(language: str, cache_dir: Path | None = None) -> Path | None:
    """The .qm of ``language`` to load, compiling it first where none is up to date.

    Cheap when it is there: two ``stat`` calls. None when the language has no .ts.
    """
    source = resource(TRANSLATIONS, f"{PREFIX}{language}.ts")
    shipped = source.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)
    try:
        if shipped.is_file() and (frozen or shipped.stat().st_mtime >= source.stat().st_mtime):
            return shipped
        data = source.read_bytes()
    except OSError:
        return shipped if shipped.is_file() else None
    if cache_dir is None:
        import platformdirs

        cache_dir = Path(platformdirs.user_cache_dir("PartnerDesk", appauthor=False))
    # Named after the .ts's content: a changed translation is compiled anew.
    import hashlib

    digest = hashlib.sha256(data).hexdigest()[:16]
    cached = cache_dir / TRANSLATIONS / f"{PREFIX}{language}-{digest}.qm"
    if cached.is_file() or compile_translation(source, cached):
        return cached
    return None


if __name__ == "__main__":
    # scripts/setup.sh and the installer: compile every translation beside its .ts.
    compiled = compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"Compiled {len(compiled)} translation(s).")

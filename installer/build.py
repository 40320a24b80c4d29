"""Build PartnerDesk for the system this runs on: the one-folder app, then what people install.

    python installer/build.py [--bundle-only] [--no-smoke-test]

- Linux: dist/partnerdesk/ and dist/partnerdesk-VERSION-linux-ARCH.tar.gz (with install.sh)
- macOS: dist/PartnerDesk.app and dist/PartnerDesk-VERSION.dmg
- Windows: dist/PartnerDesk/ and, when Inno Setup is installed, dist/PartnerDesk-VERSION-setup.exe

Needs PyInstaller in the same Python (``pip install -e '.[build]'``); installer/build.sh
sets that up on Linux and macOS. After building, the bundle's self-test runs offscreen
(installer/smoke_test.py) unless --no-smoke-test is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"

sys.path.insert(0, str(INSTALLER))
from smoke_test import default_executable, smoke_test  # noqa: E402 (needs the path above)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def folder_size(path: Path) -> int:
    return sum(item.lstat().st_size for item in path.rglob("*") if item.is_file())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def run_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401 (only checking that it is there)
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed in this Python. Install the build tools with:\n"
            f"  {sys.executable} -m pip install -e '.[build]'"
        ) from None
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(INSTALLER / "partnerdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def patched_by_auditwheel(path: Path) -> bool:
    """True for a library whose search path points at a wheel's vendored ``NAME.libs``:
    auditwheel rewrote it with patchelf, as it did the vendored libraries themselves."""
    readelf = shutil.which("readelf")
    if readelf is None:
        return False
    dynamic = subprocess.run(
        [readelf, "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return any(
        ".libs" in line for line in dynamic.splitlines() if "RPATH" in line or "RUNPATH" in line
    )


def libraries_to_strip(bundle: Path) -> list[Path]:
    """The bundle's libraries whose debug symbols can go.

    Not the libraries a wheel vendors in a ``NAME.libs`` folder (numpy's OpenBLAS, Pillow's
    codecs), nor the modules auditwheel pointed at them: patchelf rewrote both, and strip
    then leaves them unloadable ("ELF load command address/offset not page-aligned"). Not
    the launcher either: its archive is appended after the ELF part.
    """
    internal = bundle / "_internal"
    return [
        path
        for path in sorted(internal.rglob("*"))
        if path.is_file()
        and not path.is_symlink()
        and not any(part.endswith(".libs") for part in path.relative_to(internal).parts)
        and is_elf(path)
        and not patched_by_auditwheel(path)
    ]


def strip_linux_libraries(bundle: Path) -> int:
    """Strip the debug symbols from the bundle's libraries; the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip was not found: the libraries keep their debug symbols")
        return 0
    before = folder_size(bundle)
    for path in libraries_to_strip(bundle):
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
    return before - folder_size(bundle)


def linux_tarball(version: str) -> Path:
    """The folder, its .desktop file, icons and a per-user install.sh, in one .tar.gz."""
    top = f"partnerdesk-{version}"
    archive = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    icons = WORK / "partnerdesk" / "icons"
    extras = {
        INSTALLER / "linux" / "partnerdesk.desktop": "partnerdesk.desktop",
        INSTALLER / "linux" / "install.sh": "install.sh",
        INSTALLER / "linux" / "uninstall.sh": "uninstall.sh",
        icons / "partnerdesk.png": "partnerdesk.png",
        ROOT / "resources" / "icons" / "partnerdesk.svg": "partnerdesk.svg",
        ROOT / "LICENSE": "LICENSE",
    }
    # gzip level 6: nearly the size of 9 in half the time.
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(DIST / "partnerdesk", arcname=top)
        for source, name in extras.items():
            tar.add(source, arcname=f"{top}/{name}")
    return archive


def macos_dmg(version: str) -> Path:
    dmg = DIST / f"PartnerDesk-{version}.dmg"
    subprocess.run(
        ["bash", str(INSTALLER / "macos" / "make-dmg.sh"), str(DIST / "PartnerDesk.app"), str(dmg)],
        check=True,
    )
    return dmg


def inno_setup_compiler() -> str | None:
    on_path = shutil.which("iscc")
    if on_path:
        return on_path
    # Windows environment variables ignore case; Python shows them in capitals.
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or ".") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def windows_setup(version: str) -> Path | None:
    compiler = inno_setup_compiler()
    if compiler is None:
        print("Inno Setup (ISCC.exe) was not found: only the folder dist\\PartnerDesk was built.")
        return None
    subprocess.run(
        [
            compiler,
            f"/DAppVersion={version}",
            f"/DSourceDir={DIST / 'PartnerDesk'}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={WORK / 'partnerdesk' / 'icons' / 'partnerdesk.ico'}",
            f"/DLicenseFile={ROOT / 'LICENSE'}",
            str(INSTALLER / "windows" / "partnerdesk.iss"),
        ],
        check=True,
    )
    return DIST / f"PartnerDesk-{version}-setup.exe"


def bundle_folder() -> Path:
    if sys.platform == "darwin":
        return DIST / "PartnerDesk.app"
    return DIST / ("PartnerDesk" if sys.platform == "win32" else "partnerdesk")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the folder, not the tarball/dmg/setup"
    )
    parser.add_argument(
        "--no-smoke-test", action="store_true", help="do not run the bundle's self-test"
    )
    arguments = parser.parse_args()
    version = project()["version"]

    started = time.monotonic()
    run_pyinstaller()
    built = time.monotonic() - started
    bundle = bundle_folder()
    if sys.platform.startswith("linux"):
        saved = strip_linux_libraries(bundle)
        print(f"Stripped the libraries' debug symbols: {megabytes(saved)} less")
    print(f"Built {bundle} in {built:.0f} s: {megabytes(folder_size(bundle))}")

    if not arguments.bundle_only:
        started = time.monotonic()
        if sys.platform == "darwin":
            package: Path | None = macos_dmg(version)
        elif sys.platform == "win32":
            package = windows_setup(version)
        else:
            package = linux_tarball(version)
        if package is not None:
            took = time.monotonic() - started
            print(f"Packed {package} in {took:.0f} s: {megabytes(package.stat().st_size)}")

    if not arguments.no_smoke_test:
        smoke_test(default_executable(DIST))
    return 0


if __name__ == "__main__":
    sys.exit(main())

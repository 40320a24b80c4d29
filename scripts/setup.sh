#!/usr/bin/env bash
# Set up a development copy of PartnerDesk on Debian or Ubuntu: Qt's system libraries
# (only those missing), a virtual environment in .venv, and the package with its test tools.
# Safe to run again; it only does what is not done yet.
set -euo pipefail
cd "$(dirname "$0")/.."

# What Qt needs to start (offscreen and on a desktop), and Python's venv support.
SYSTEM_PACKAGES=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 fonts-dejavu-core
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1
)
if ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  SYSTEM_PACKAGES+=(python3-venv python3-pip)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
  done
fi
if ((${#missing[@]})); then
  echo "Installing system libraries PartnerDesk needs: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "Please install these packages as root, then run this again: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "Creating the virtual environment in .venv"
  python3 -m venv .venv
fi
# Install (or refresh, when pyproject.toml changed) the package and its test tools.
stamp=.venv/.partnerdesk-installed
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
  echo "Installing PartnerDesk and its dependencies into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test,shared]'
  touch "$stamp"
fi

# The interface's translations (resources/translations/*.ts), compiled with Qt's lrelease
# whenever a .ts is newer than its .qm; the .qm files are built, never committed.
for source in resources/translations/*.ts; do
  [[ -e $source ]] || continue
  if [[ ! -f ${source%.ts}.qm || $source -nt ${source%.ts}.qm ]]; then
    .venv/bin/python -m partnerdesk.translation_files
    break
  fi
done

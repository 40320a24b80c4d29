#!/usr/bin/env bash
# Start PartnerDesk on the sample data in a real (virtual) screen with the accessibility bus
# on, and let scripts/accessibility_check.py walk it as a screen reader would. Debian's
# packages: xvfb, xauth, dbus-x11, at-spi2-core, python3-pyatspi (installed when missing).
# Exit 0 when every control shown has a name a screen reader can say.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--inside" ]]; then
  needed=(xvfb xauth dbus-x11 at-spi2-core python3-pyatspi)
  missing=()
  for package in "${needed[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
  done
  if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  exec dbus-run-session -- "$0" --inside "$@"
fi

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
cleanup() {
  [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null || true
  [[ -n "${screen:-}" ]] && kill "$screen" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
screen=$!
export DISPLAY=$display
for launcher in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  if [[ -x $launcher ]]; then
    "$launcher" --launch-immediately >/dev/null 2>&1 &
    break
  fi
done
sleep 1
.venv/bin/python -m partnerdesk --data-dir "$work/data" demo >/dev/null
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb \
  .venv/bin/python -m partnerdesk --data-dir "$work/data" >"$work/app.log" 2>&1 &
app=$!
timeout 180 /usr/bin/python3 scripts/accessibility_check.py "${@:2}"

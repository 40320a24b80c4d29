#!/usr/bin/env bash
# Pack PartnerDesk.app into a disk image people open and drag to Applications.
#   installer/macos/make-dmg.sh dist/PartnerDesk.app dist/PartnerDesk-VERSION.dmg
# Run by installer/build.py on macOS. The app is not signed: see docs/releasing.md.
set -euo pipefail
app=$1
dmg=$2
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -quiet -volname "PartnerDesk" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -ov "$dmg"

#!/bin/sh
# Install PartnerDesk for you alone, without administrator rights: the program goes to
# ~/.local/opt/partnerdesk, the command to ~/.local/bin, and PartnerDesk appears in your
# applications menu. Run it again to update; your data is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
program=$HOME/.local/opt/partnerdesk

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data_home/applications" \
  "$data_home/icons/hicolor/256x256/apps" "$data_home/icons/hicolor/scalable/apps"
rm -rf "$program.new"
mkdir "$program.new"
cp -R "$here/partnerdesk" "$here/_internal" "$here/LICENSE" "$here/uninstall.sh" "$program.new/"
rm -rf "$program"
mv "$program.new" "$program"
ln -sf "$program/partnerdesk" "$HOME/.local/bin/partnerdesk"
cp "$here/partnerdesk.png" "$data_home/icons/hicolor/256x256/apps/partnerdesk.png"
cp "$here/partnerdesk.svg" "$data_home/icons/hicolor/scalable/apps/partnerdesk.svg"
sed "s|^Exec=.*|Exec=\"$program/partnerdesk\"|" "$here/partnerdesk.desktop" \
  > "$data_home/applications/partnerdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database "$data_home/applications" >/dev/null 2>&1 || true

echo "PartnerDesk is installed. Open it from your applications menu, or type: partnerdesk"
echo "Your data will be kept in $data_home/PartnerDesk"
echo "To remove the program later (your data stays): $program/uninstall.sh"

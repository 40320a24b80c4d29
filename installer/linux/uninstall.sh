#!/bin/sh
# Remove the PartnerDesk program installed by install.sh. Your data and backups stay
# where they are unless you add --also-remove-my-data.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/partnerdesk"
rm -f "$HOME/.local/bin/partnerdesk" "$data_home/applications/partnerdesk.desktop" \
  "$data_home/icons/hicolor/256x256/apps/partnerdesk.png" \
  "$data_home/icons/hicolor/scalable/apps/partnerdesk.svg"
if [ "${1:-}" = "--also-remove-my-data" ]; then
  rm -rf "$data_home/PartnerDesk"
  echo "PartnerDesk and your PartnerDesk data were removed."
else
  echo "PartnerDesk was removed. Your data is still in $data_home/PartnerDesk"
fi

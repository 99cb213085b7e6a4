#!/bin/sh
# Install (or upgrade) the kiosk bundle on a Linux booth PC. Run as root from the unpacked
# archive: sudo ./install.sh   (PREFIX=/opt/pavilion-kiosk by default)
# The kiosk's data (database, leads, content, logs) lives in each user's data folder and is
# never touched by an upgrade.
set -eu
PREFIX="${PREFIX:-/opt/pavilion-kiosk}"
HERE="$(cd "$(dirname "$0")" && pwd)"
BUNDLE="$HERE/kiosk"
[ -x "$BUNDLE/kiosk" ] || { echo "install: no bundle at $BUNDLE" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "install: run as root (sudo $0)" >&2; exit 1; }

# Copy next to the old version, then swap, so a running kiosk is never left half-upgraded.
rm -rf "$PREFIX.new"
cp -a "$BUNDLE" "$PREFIX.new"
if [ -d "$PREFIX" ]; then mv "$PREFIX" "$PREFIX.old"; fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"
ln -sf "$PREFIX/kiosk" /usr/local/bin/kiosk

sed "s|/opt/pavilion-kiosk|$PREFIX|g" "$HERE/linux/pavilion-kiosk.desktop" \
  > /usr/share/applications/pavilion-kiosk.desktop
mkdir -p /etc/systemd/user /etc/systemd/system
sed "s|/opt/pavilion-kiosk|$PREFIX|g" "$HERE/linux/pavilion-kiosk.service" \
  > /etc/systemd/user/pavilion-kiosk.service
sed "s|/opt/pavilion-kiosk|$PREFIX|g" "$HERE/linux/cage-kiosk@.service" \
  > /etc/systemd/system/cage-kiosk@.service
systemctl daemon-reload 2>/dev/null || true

echo "install: the kiosk is in $PREFIX (command: kiosk)"
echo "  check it:                 kiosk doctor"
echo "  staff PIN (never set on the touchscreen): as the booth user, kiosk set-pin"
echo "  desktop session + restart: as the booth user, systemctl --user enable --now pavilion-kiosk"
echo "  single-app session (cage): see 'Linux: a single-app session' in README.md"

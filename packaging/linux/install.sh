#!/bin/sh
# Install or upgrade the kiosk bundle on a Linux booth PC. Run as root from the unpacked archive:
#
#   sudo ./install.sh              # program, menu entry, services, user, PAM file, USB automount
#   sudo ./install.sh --deps       # the same, after apt-get installing what the bundle needs
#
# PREFIX (default /opt/pavilion-kiosk) is where the program goes; DESTDIR installs into another
# root (a staging folder for a package, or a test) and then needs no root rights. KIOSK_USER
# (default "kiosk") is the account the single-app session runs as. Running it again upgrades:
# the new bundle is copied beside the old one and swapped in. The kiosk's data (database, leads,
# content, logs in the user's ~/.local/share/PavilionKiosk) is never touched: uninstall.sh
# leaves it too.
set -eu
PREFIX="${PREFIX:-/opt/pavilion-kiosk}"
DESTDIR="${DESTDIR:-}"
KIOSK_USER="${KIOSK_USER:-kiosk}"
HERE="$(cd "$(dirname "$0")" && pwd)"
BUNDLE="$HERE/kiosk"
LINUX="$HERE/linux"
[ -d "$LINUX" ] || LINUX="$HERE"   # run from packaging/linux in a checkout
ROOT="$DESTDIR"
# The Debian packages the bundle and the single-app session need beside it (packaging/README.md).
DEPS="libgl1 libegl1 libglx0 libgl1-mesa-dri libegl-mesa0 libglx-mesa0 libdrm2 libxcb1
libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig cage xwayland udev libspeechd2
speech-dispatcher-espeak-ng"

[ -x "$BUNDLE/kiosk" ] || { echo "install: no bundle at $BUNDLE" >&2; exit 1; }
if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
  echo "install: run as root (sudo $0)" >&2; exit 1
fi
if [ "${1:-}" = "--deps" ]; then
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y --no-install-recommends $DEPS
fi

# 1. The program: copied next to the old version, then swapped, so a running kiosk is never
#    left half-upgraded (it keeps its open files until it restarts).
mkdir -p "$ROOT$(dirname "$PREFIX")" "$ROOT/usr/local/bin"
rm -rf "$ROOT$PREFIX.new"
cp -a "$BUNDLE" "$ROOT$PREFIX.new"
if [ -d "$ROOT$PREFIX" ]; then mv "$ROOT$PREFIX" "$ROOT$PREFIX.old"; fi
mv "$ROOT$PREFIX.new" "$ROOT$PREFIX"
rm -rf "$ROOT$PREFIX.old"
ln -sf "$PREFIX/kiosk" "$ROOT/usr/local/bin/kiosk"

# 2. Menu entry and services (the paths inside follow PREFIX).
mkdir -p "$ROOT/usr/share/applications" "$ROOT/etc/systemd/user" "$ROOT/etc/systemd/system" \
  "$ROOT/etc/pam.d" "$ROOT/etc/udev/rules.d" "$ROOT/media/$KIOSK_USER"
put() {  # put SOURCE TARGET: copy with the install prefix and the kiosk user filled in
  sed -e "s|/opt/pavilion-kiosk|$PREFIX|g" -e "s|User=kiosk|User=$KIOSK_USER|" \
      "$1" > "$ROOT$2"
}
put "$LINUX/pavilion-kiosk.desktop" /usr/share/applications/pavilion-kiosk.desktop
put "$LINUX/pavilion-kiosk.service" /etc/systemd/user/pavilion-kiosk.service
put "$LINUX/cage-kiosk@.service" /etc/systemd/system/cage-kiosk@.service
put "$LINUX/pam-cage-kiosk" /etc/pam.d/cage-kiosk
put "$LINUX/99-pavilion-kiosk-usb.rules" /etc/udev/rules.d/99-pavilion-kiosk-usb.rules
mkdir -p "$ROOT/usr/local/sbin"
sed -e "s|KIOSK_USER:-kiosk}|KIOSK_USER:-$KIOSK_USER}|" "$LINUX/pavilion-kiosk-usb" \
  > "$ROOT/usr/local/sbin/pavilion-kiosk-usb"
chmod 0755 "$ROOT/usr/local/sbin/pavilion-kiosk-usb"

# 3. The booth account for the single-app session: no password, no sudo; in "video", "input"
#    and "render" so cage can open the screen and the touchscreen.
if [ -n "$DESTDIR" ]; then
  IDS="--prefix $ROOT"   # useradd edits $ROOT/etc/passwd, group, shadow (they must exist)
else
  IDS=""
fi
# shellcheck disable=SC2086 # IDS is empty or two words
if ! grep -q "^$KIOSK_USER:" "$ROOT/etc/passwd" 2>/dev/null; then
  groups=""
  for group in video input render; do
    if grep -q "^$group:" "$ROOT/etc/group" 2>/dev/null; then groups="$groups${groups:+,}$group"; fi
  done
  useradd $IDS --create-home --user-group --shell /bin/bash --comment "Pavilion Kiosk booth" \
    ${groups:+--groups "$groups"} "$KIOSK_USER"
  echo "install: created the user $KIOSK_USER (no password: it only logs in through cage-kiosk)"
fi
chown "$KIOSK_USER:" "$ROOT/media/$KIOSK_USER" 2>/dev/null || true

if [ -z "$DESTDIR" ]; then
  systemctl daemon-reload 2>/dev/null || true
  udevadm control --reload 2>/dev/null || true
fi

echo "install: the kiosk is in $PREFIX (command: kiosk)"
echo "  single-app session (cage): systemctl disable getty@tty1 && systemctl enable cage-kiosk@tty1"
echo "                             && systemctl set-default graphical.target, then reboot"
echo "  or a desktop session:      as the booth user, systemctl --user enable --now pavilion-kiosk"
echo "  staff PIN (never set on the touchscreen): as the booth user, kiosk set-pin"
echo "  the guide: packaging/README.md, 'Linux booth PC' (also in the archive as README.md)"
echo
if [ -f "$HERE/FIRST-RUN.txt" ]; then cat "$HERE/FIRST-RUN.txt"; else cat "$HERE/../FIRST-RUN.txt"; fi

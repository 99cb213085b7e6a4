#!/bin/sh
# Remove the kiosk program, its services, PAM file, USB rule and mount script. The kiosk's data (database,
# leads, content, logs) and the booth user stay: delete them yourself once the leads are
# exported and verified (userdel -r kiosk removes the user and its data folder).
#   sudo ./uninstall.sh        (PREFIX and DESTDIR as for install.sh)
set -eu
PREFIX="${PREFIX:-/opt/pavilion-kiosk}"
ROOT="${DESTDIR:-}"
if [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
  echo "uninstall: run as root (sudo $0)" >&2; exit 1
fi
if [ -z "$ROOT" ]; then
  systemctl disable --now 'cage-kiosk@tty1' 2>/dev/null || true
  systemctl --global disable pavilion-kiosk 2>/dev/null || true
fi
rm -rf "$ROOT$PREFIX"
rm -f "$ROOT/usr/local/bin/kiosk" "$ROOT/usr/share/applications/pavilion-kiosk.desktop" \
  "$ROOT/etc/systemd/user/pavilion-kiosk.service" "$ROOT/etc/systemd/system/cage-kiosk@.service" \
  "$ROOT/etc/pam.d/cage-kiosk" "$ROOT/etc/udev/rules.d/99-pavilion-kiosk-usb.rules" \
  "$ROOT/usr/local/sbin/pavilion-kiosk-usb"
if [ -z "$ROOT" ]; then
  systemctl daemon-reload 2>/dev/null || true
  udevadm control --reload 2>/dev/null || true
  systemctl enable getty@tty1 2>/dev/null || true
fi
echo "uninstall: removed the program and its services; the data folder and the user stay"

#!/usr/bin/env bash
# Prepare a machine to run and test the kiosk from this checkout:
#   1. the system libraries Qt needs (Debian/Ubuntu: apt-get, when we may; else a list of what is missing)
#   2. a virtual environment in .venv with the kiosk and its test tools installed.
# Safe to run again. Usage: bash packaging/setup-dev.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb/wayland/offscreen platforms, the virtual keyboard (libpulse0), the QR decoder used by
# the tests (libzbar0), a virtual screen for end-to-end runs (xvfb, xdotool), the PostgreSQL
# server the sync tests start a throwaway cluster of (postgresql: initdb, pg_ctl) and what
# PyInstaller needs to build the bundle (binutils: objdump and strip).
DEB_PACKAGES=(
  libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libpulse0 libglib2.0-0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  libzbar0 xvfb xauth xdotool postgresql binutils
)
PYTHON="${PYTHON:-python3}"
# PyInstaller bundles the shared libpython; Debian's own python3 keeps it in a separate package.
if [ "$(command -v "$PYTHON" 2>/dev/null)" = "/usr/bin/$PYTHON" ]; then
  DEB_PACKAGES+=("libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi
# shared objects checked when the packages cannot be installed here
NEEDED_LIBS=(libGL.so.1 libEGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3
  libpulse.so.0 libzbar.so.0)

install_system_packages() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else return 1; fi
  fi
  command -v apt-get >/dev/null || return 1
  local missing=()
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if ! install_system_packages; then
  missing=()
  for lib in "${NEEDED_LIBS[@]}"; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: cannot install system packages here (need root and apt-get)." >&2
    echo "setup: missing libraries: ${missing[*]}" >&2
    echo "setup: on Debian/Ubuntu: sudo apt-get install ${DEB_PACKAGES[*]}" >&2
  fi
fi

if ! "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  echo "setup: Python 3.11 or newer is required (found: $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
echo "setup: installing the kiosk, its test tools and PyInstaller into .venv"
.venv/bin/python -m pip install -q -e ".[test,package]"
echo "setup: done. Start the kiosk: .venv/bin/kiosk run   Run the tests: .venv/bin/python -m pytest"

#!/usr/bin/env bash
# Prepare a machine to run and test the kiosk from this checkout:
#   1. the system packages Qt and the tests need (Debian/Ubuntu: apt-get, as root or with
#      password-less sudo; otherwise every missing one is named),
#   2. a virtual environment in .venv with the kiosk and its test tools installed.
# Safe to run again. Exits non-zero, naming what is missing, when something the tests need is
# not there; "done" is printed only when everything worked.
#
# Usage: bash packaging/setup-dev.sh [--system-only]
#   --system-only   only step 1 (e.g. for a CI image); no .venv
# Environment: PYTHON (default python3); SETUP_LOCK_TIMEOUT_S (default 600): how long to wait
# for apt/dpkg held by another process (unattended-upgrades on a fresh machine, say).
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --system-only) SYSTEM_ONLY=1 ;;
    *) echo "setup: unknown option $arg (usage: bash packaging/setup-dev.sh [--system-only])" >&2; exit 2 ;;
  esac
done

# Qt's xcb/wayland/offscreen platforms, the virtual keyboard (libpulse0), the QR decoder used by
# the tests (libzbar0), a virtual screen for end-to-end runs (xvfb, xdotool), the PostgreSQL
# server the sync tests start a throwaway cluster of (postgresql: initdb, pg_ctl) and what
# PyInstaller needs to build the bundle (binutils: objdump and strip); the booth's single-app
# session the tests run for real (cage, xwayland, grim: the keyboard under cage) and a FAT
# filesystem for the USB-stick mount test (dosfstools: mkfs.vfat).
DEB_PACKAGES=(
  libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libpulse0 libglib2.0-0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  libzbar0 xvfb xauth xdotool postgresql binutils cage xwayland grim dosfstools
)
# Of those, what the test suite can do without (end-to-end runs by hand, building the bundle;
# the tests needing them skip and say so): missing, they are named but do not fail the set-up.
OPTIONAL_PACKAGES=(xvfb xauth xdotool binutils cage xwayland grim dosfstools)
PYTHON="${PYTHON:-python3}"
# PyInstaller bundles the shared libpython; Debian's own python3 keeps it in a separate package.
if [ "$(command -v "$PYTHON" 2>/dev/null)" = "/usr/bin/$PYTHON" ]; then
  libpython="libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  DEB_PACKAGES+=("$libpython")
  OPTIONAL_PACKAGES+=("$libpython")
fi
# shared objects checked where there is no dpkg (another distribution)
NEEDED_LIBS=(libGL.so.1 libEGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3
  libpulse.so.0 libzbar.so.0 libxcb-cursor.so.0)
LOCK_TIMEOUT_S="${SETUP_LOCK_TIMEOUT_S:-600}"
LOCK_POLL_S="${SETUP_LOCK_POLL_S:-5}"
LOCK_HELD=75  # apt_wait's status when the lock stayed held past LOCK_TIMEOUT_S

say() { echo "setup: $*"; }
warn() { echo "setup: $*" >&2; }
trap 'warn "failed: \"$BASH_COMMAND\" (line $LINENO) exited with $?; not done"' ERR

is_optional() {
  local p
  for p in "${OPTIONAL_PACKAGES[@]}"; do [ "$p" = "$1" ] && return 0; done
  return 1
}

missing_packages() {
  local p
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

# apt-get with the dpkg lock waited for: apt's own DPkg::Lock::Timeout, and a retry while the
# output says the lock is held (apt-get update's lists lock; an apt without the option).
apt_wait() {
  local waited=0 out status
  while :; do
    status=0
    out="$($SUDO env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout="$LOCK_TIMEOUT_S" "$@" 2>&1)" || status=$?
    if [ "$status" -eq 0 ]; then return 0; fi
    if grep -qiE "could not get lock|unable to acquire the dpkg|is another process using it" <<<"$out"; then
      if [ "$waited" -lt "$LOCK_TIMEOUT_S" ]; then
        [ "$waited" -eq 0 ] && say "apt/dpkg is busy in another process (e.g. unattended-upgrades); waiting up to ${LOCK_TIMEOUT_S} s"
        sleep "$LOCK_POLL_S"
        waited=$((waited + LOCK_POLL_S))
        continue
      fi
      warn "apt/dpkg was still busy in another process after ${LOCK_TIMEOUT_S} s:"
      sed 's/^/    /' <<<"$out" >&2
      return "$LOCK_HELD"
    fi
    warn "apt-get $1 failed (exit $status):"
    sed 's/^/    /' <<<"$out" >&2
    return "$status"
  done
}

# Sets SUDO to how we may install ("" as root, "sudo -n"), or returns 1 with REASON set.
may_install() {
  SUDO=""
  REASON=""
  if ! command -v apt-get >/dev/null; then REASON="apt-get not found"; return 1; fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      SUDO="sudo -n"
    else
      REASON="not root and no password-less sudo"
      return 1
    fi
  fi
}

check_system() {
  local missing=() required=() p
  if ! command -v dpkg-query >/dev/null; then
    for p in "${NEEDED_LIBS[@]}"; do
      ldconfig -p 2>/dev/null | grep -q "$p" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      warn "no dpkg here; missing libraries (${#missing[@]}): ${missing[*]}"
      warn "install them with your distribution's packages, then run this again"
      return 1
    fi
    return 0
  fi
  mapfile -t missing < <(missing_packages)
  if [ ${#missing[@]} -gt 0 ]; then
    if may_install; then
      say "installing system packages (${#missing[@]}): ${missing[*]}"
      local result=0
      apt_wait update -qq || result=$?  # stale lists can still install; a failure shows below
      if [ "$result" -ne "$LOCK_HELD" ]; then
        result=0
        apt_wait install -y -qq --no-install-recommends "${missing[@]}" || result=$?
      fi
      if [ "$result" -ne 0 ] && [ "$result" -ne "$LOCK_HELD" ]; then
        # apt installs all or nothing: one package it cannot find must not keep out the rest
        warn "installing them together failed; trying one by one"
        for p in "${missing[@]}"; do
          apt_wait install -y -qq --no-install-recommends "$p" || true
        done
      fi
      mapfile -t missing < <(missing_packages)
    else
      warn "cannot install system packages here: $REASON"
    fi
  fi
  [ ${#missing[@]} -eq 0 ] && { say "system packages: all ${#DEB_PACKAGES[@]} installed"; return 0; }
  for p in "${missing[@]}"; do is_optional "$p" || required+=("$p"); done
  warn "missing system packages (${#missing[@]}): ${missing[*]}"
  warn "on Debian/Ubuntu: sudo apt-get install ${missing[*]}"
  if [ ${#required[@]} -gt 0 ]; then
    warn "the tests need: ${required[*]}"
    return 1
  fi
  warn "(only needed for end-to-end runs by hand and for building the bundle)"
}

status=0
check_system || status=1

if ! "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  warn "Python 3.11 or newer is required (found: $("$PYTHON" --version 2>&1 || echo "no $PYTHON"))"
  exit 1
fi
if [ "$SYSTEM_ONLY" -eq 1 ]; then
  [ "$status" -eq 0 ] && say "done (system packages only)"
  exit "$status"
fi
if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
say "installing the kiosk, its test tools and PyInstaller into .venv"
.venv/bin/python -m pip install -q -e ".[test,package]"
if [ "$status" -ne 0 ]; then
  warn "the Python side is installed, but system packages the tests need are missing (above)"
  exit "$status"
fi
say "done. Start the kiosk: .venv/bin/kiosk run   Run the tests: .venv/bin/python -m pytest"

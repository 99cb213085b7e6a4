"""``packaging/setup-dev.sh`` (its system-packages step) against stand-ins for apt-get,
dpkg-query, id and sudo on PATH: the one place the tests use stand-ins, since the real apt
cannot be made to hold its lock or fail safely. It waits for a held lock, names everything
missing, exits non-zero when the tests need something missing, and never says "done" then."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "setup-dev.sh"

STUBS = {
    "dpkg-query": r"""#!/bin/bash
pkg="${@: -1}"
if grep -qxF "$pkg" "$STATE/installed" 2>/dev/null; then echo -n "install ok installed"; exit 0; fi
echo "dpkg-query: no packages found matching $pkg" >&2; exit 1
""",
    "apt-get": r"""#!/bin/bash
echo "$DEBIAN_FRONTEND apt-get $*" >> "$STATE/apt.log"
busy=$(cat "$STATE/lock_busy" 2>/dev/null || echo 0)
if [ "$busy" -gt 0 ]; then
  echo $((busy - 1)) > "$STATE/lock_busy"
  echo "E: Could not get lock /var/lib/dpkg/lock-frontend." \
    "It is held by process 4242 (unattended-upgr)" >&2
  echo "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend)," \
    "is another process using it?" >&2
  exit 100
fi
for a in "$@"; do [ "$a" = update ] && exit 0; done
status=0
for a in "$@"; do
  case "$a" in -*|install|*=*) continue ;; esac
  if grep -qxF "$a" "$STATE/unavailable" 2>/dev/null; then
    echo "E: Unable to locate package $a" >&2; status=100
  fi
done
[ "$status" -ne 0 ] && exit $status
for a in "$@"; do
  case "$a" in -*|install|*=*) continue ;; esac
  echo "$a" >> "$STATE/installed"
done
""",
    "id": """#!/bin/bash
echo "$FAKE_UID"
""",
    "sudo": """#!/bin/bash
[ "$FAKE_SUDO" = 1 ] || { echo "sudo: a password is required" >&2; exit 1; }
[ "$1" = -n ] && shift
exec "$@"
""",
}


def deb_packages() -> list[str]:
    """DEB_PACKAGES as the script declares it."""
    declaration = f'eval "$(sed -n "/^DEB_PACKAGES=(/,/^)/p" {SCRIPT})"'
    result = subprocess.run(
        ["bash", "-c", f'{declaration}; echo "${{DEB_PACKAGES[@]}}"'],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


@dataclass
class Machine:
    state: Path
    env: dict[str, str]

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(SCRIPT), "--system-only"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def write(self, name: str, lines: list[str] | str) -> None:
        text = lines if isinstance(lines, str) else "".join(f"{line}\n" for line in lines)
        (self.state / name).write_text(text)

    def installed(self) -> set[str]:
        path = self.state / "installed"
        return set(path.read_text().split()) if path.exists() else set()

    def apt_calls(self) -> list[str]:
        path = self.state / "apt.log"
        return path.read_text().splitlines() if path.exists() else []


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    """A Debian machine with nothing installed, as root, apt free, quick lock polling."""
    bin_dir, state = tmp_path / "bin", tmp_path / "state"
    bin_dir.mkdir()
    state.mkdir()
    for name, body in STUBS.items():
        stub = bin_dir / name
        stub.write_text(body)
        stub.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "STATE": str(state),
        "FAKE_UID": "0",
        "FAKE_SUDO": "0",
        "PYTHON": sys.executable,
        "SETUP_LOCK_POLL_S": "1",
        "HOME": str(tmp_path),
    }
    return Machine(state, env)


def test_a_held_apt_lock_is_waited_for_then_everything_installs(machine: Machine) -> None:
    machine.write("lock_busy", "2")  # another apt holds the lock for two attempts
    result = machine.run()
    assert result.returncode == 0, result.stderr
    assert "apt/dpkg is busy in another process" in result.stdout
    assert "need root" not in result.stdout + result.stderr
    assert machine.installed() == set(deb_packages())
    assert result.stdout.rstrip().endswith("setup: done (system packages only)")
    install = [call for call in machine.apt_calls() if " install " in call]
    assert install and all("-o DPkg::Lock::Timeout=600" in call for call in install)
    assert all(call.startswith("noninteractive ") for call in machine.apt_calls())


def test_a_lock_held_past_the_timeout_fails_naming_every_missing_package(
    machine: Machine,
) -> None:
    machine.write("lock_busy", "1000")
    machine.env["SETUP_LOCK_TIMEOUT_S"] = "2"
    result = machine.run()
    assert result.returncode != 0
    assert "could not get lock" in result.stderr.lower()
    packages = deb_packages()
    assert f"missing system packages ({len(packages)}): {' '.join(packages)}" in result.stderr
    assert "done" not in result.stdout


@pytest.mark.parametrize("sudo", [False, True], ids=["no sudo", "password-less sudo"])
def test_without_root_every_missing_package_is_named_or_installed_with_sudo(
    machine: Machine, sudo: bool
) -> None:
    machine.env["FAKE_UID"] = "1000"
    machine.env["FAKE_SUDO"] = "1" if sudo else "0"
    machine.write("installed", ["libgl1", "libegl1"])
    result = machine.run()
    if sudo:
        assert result.returncode == 0, result.stderr
        assert machine.installed() == set(deb_packages())
        return
    assert result.returncode != 0
    assert "cannot install system packages here: not root and no password-less sudo" in (
        result.stderr
    )
    missing = [p for p in deb_packages() if p not in ("libgl1", "libegl1")]
    assert f"missing system packages ({len(missing)}): {' '.join(missing)}" in result.stderr
    assert "the tests need: " in result.stderr and "libzbar0" in result.stderr
    assert "done" not in result.stdout and machine.apt_calls() == []


@pytest.mark.parametrize(
    ("unavailable", "fails"),
    [(["libzbar0"], True), (["postgresql"], True), (["xdotool", "binutils"], False)],
    ids=["tests need it", "sync tests need it", "only for hand runs and bundles"],
)
def test_a_package_that_will_not_install_is_named_and_fails_only_if_tests_need_it(
    machine: Machine, unavailable: list[str], fails: bool
) -> None:
    machine.write("unavailable", unavailable)
    machine.write("installed", [p for p in deb_packages() if p not in [*unavailable, "libgl1"]])
    result = machine.run()
    assert f"E: Unable to locate package {unavailable[0]}" in result.stderr
    assert "libgl1" not in result.stderr.split("missing system packages")[-1], "it installed"
    named = f"missing system packages ({len(unavailable)}): {' '.join(unavailable)}"
    assert named in result.stderr
    assert (result.returncode != 0) is fails
    assert ("done" in result.stdout) is not fails

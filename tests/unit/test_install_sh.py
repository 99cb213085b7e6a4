"""``install.sh`` and ``uninstall.sh`` from the real archive layout (``build.make_archive`` on
a stand-in bundle), run into a throwaway root with DESTDIR: every file lands where the guide
says, the services carry the watchdog and cage's VT switching, the booth user is created in
that root's /etc/passwd, the first-run checklist is printed; an upgrade swaps the program and
uninstalling leaves the data alone."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not shutil.which("useradd") or sys.platform != "linux", reason="needs Linux's useradd"
)


def load_build():
    spec = importlib.util.spec_from_file_location("kiosk_build", REPO_ROOT / "packaging/build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unpacked(tmp_path: Path, version: str) -> Path:
    """The archive a booth PC receives, built around a stand-in bundle, unpacked."""
    bundle = tmp_path / f"bundle-{version}" / "kiosk"
    bundle.mkdir(parents=True)
    (bundle / "kiosk").write_text(f"#!/bin/sh\necho kiosk {version}\n")
    (bundle / "kiosk").chmod(0o755)
    dist = tmp_path / f"dist-{version}"
    dist.mkdir()
    archive = load_build().make_archive(bundle, dist)
    with tarfile.open(archive) as tar:
        tar.extractall(dist / "unpacked", filter="tar")
    return next((dist / "unpacked").iterdir())


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty system root with the account files useradd --prefix edits."""
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    (root / "etc/passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (root / "etc/group").write_text("root:x:0:\nvideo:x:44:\ninput:x:105:\n")
    (root / "etc/shadow").write_text("root:*:19000:0:99999:7:::\n")
    (root / "etc/gshadow").write_text("root:*::\nvideo:*::\ninput:*::\n")
    for name in ("shadow", "gshadow"):
        (root / "etc" / name).chmod(0o640)
    return root


def run(script: Path, root: Path, **env: str) -> str:
    done = subprocess.run(
        ["sh", str(script)],
        env={"DESTDIR": str(root), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_install_upgrade_and_uninstall_into_a_throwaway_root(tmp_path: Path, root: Path) -> None:
    first = unpacked(tmp_path, "1.0")
    out = run(first / "install.sh", root)

    program = root / "opt/pavilion-kiosk/kiosk"
    assert program.read_text().endswith("kiosk 1.0\n")
    assert (root / "usr/local/bin/kiosk").readlink() == Path("/opt/pavilion-kiosk/kiosk")
    cage = (root / "etc/systemd/system/cage-kiosk@.service").read_text()
    assert "Type=notify" in cage and "WatchdogSec=30" in cage and "NotifyAccess=all" in cage
    assert "ExecStart=/usr/bin/cage -s -d -- /opt/pavilion-kiosk/kiosk run" in cage
    user = (root / "etc/systemd/user/pavilion-kiosk.service").read_text()
    assert "Type=notify" in user and "WatchdogSec=" in user
    assert "pam_systemd.so" in (root / "etc/pam.d/cage-kiosk").read_text()
    rule = (root / "etc/udev/rules.d/99-pavilion-kiosk-usb.rules").read_text()
    assert "/usr/local/sbin/pavilion-kiosk-usb add $devnode" in rule and "systemd-run" in rule
    mounter = root / "usr/local/sbin/pavilion-kiosk-usb"
    assert mounter.stat().st_mode & 0o111, "the rule's mount script is executable"
    assert 'KIOSK_USER="${KIOSK_USER:-kiosk}"' in mounter.read_text()
    assert (root / "usr/share/applications/pavilion-kiosk.desktop").exists()
    passwd = (root / "etc/passwd").read_text()
    assert any(line.startswith("kiosk:") for line in passwd.splitlines())
    members = {line.split(":")[0]: line.split(":")[3] for line in (root / "etc/group").open()}
    assert "kiosk" in members["video"] and "kiosk" in members["input"]
    assert "kiosk" in members, "a group of its own, which FAT sticks are mounted for"
    assert "created the user kiosk" in out
    assert "First-run checklist" in out and "kiosk set-pin" in out and "kiosk doctor" in out
    section = re.search(r"the guide: packaging/README\.md, '([^']+)'", out)
    assert section, "the installer points at the guide's section"
    guide = (REPO_ROOT / "packaging/README.md").read_text()
    assert f"\n## {section.group(1)}\n" in guide, "a heading the guide really has"

    # The booth's data, as a running kiosk would have left it.
    data = root / "home/kiosk/.local/share/PavilionKiosk"
    data.mkdir(parents=True)
    (data / "kiosk.db").write_text("leads")

    second = unpacked(tmp_path, "2.0")
    out = run(second / "install.sh", root)
    assert program.read_text().endswith("kiosk 2.0\n")
    assert "created the user" not in out, "an upgrade keeps the user"
    assert not (root / "opt/pavilion-kiosk.old").exists()
    assert passwd.count("kiosk:") == (root / "etc/passwd").read_text().count("kiosk:")
    assert (data / "kiosk.db").read_text() == "leads", "an upgrade keeps the data"

    run(second / "uninstall.sh", root)
    assert not program.exists() and not (root / "etc/pam.d/cage-kiosk").exists()
    assert not (root / "etc/systemd/system/cage-kiosk@.service").exists()
    assert not (root / "usr/local/sbin/pavilion-kiosk-usb").exists()
    assert (data / "kiosk.db").read_text() == "leads", "the leads are never touched"


def test_install_refuses_without_a_bundle(tmp_path: Path, root: Path) -> None:
    script = REPO_ROOT / "packaging/linux/install.sh"
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copy(script, lonely / "install.sh")
    done = subprocess.run(
        ["sh", str(lonely / "install.sh")],
        env={"DESTDIR": str(root), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "no bundle at" in done.stderr


def test_another_booth_user_is_written_into_the_unit_and_the_usb_mounter(
    tmp_path: Path, root: Path
) -> None:
    out = run(unpacked(tmp_path, "1.0") / "install.sh", root, KIOSK_USER="booth")
    assert "created the user booth" in out
    assert "User=booth" in (root / "etc/systemd/system/cage-kiosk@.service").read_text()
    mounter = (root / "usr/local/sbin/pavilion-kiosk-usb").read_text()
    assert 'KIOSK_USER="${KIOSK_USER:-booth}"' in mounter
    assert (root / "media/booth").is_dir()


def install_deps() -> list[str]:
    script = (REPO_ROOT / "packaging/linux/install.sh").read_text()
    found = re.search(r'^DEPS="([^"]+)"', script, re.M)
    assert found, "install.sh names its Debian packages in DEPS"
    return found.group(1).split()


def test_the_guide_lists_the_packages_install_sh_installs() -> None:
    guide = (REPO_ROOT / "packaging/README.md").read_text()
    command = re.search(r"sudo apt-get install ((?:[^\n]|\\\n)+?)\n\n", guide)
    assert command, "the guide shows the apt-get command"
    assert command.group(1).replace("\\", " ").split() == install_deps()


@pytest.mark.skipif(not shutil.which("apt-get"), reason="needs Debian's apt-get")
def test_every_package_install_sh_asks_for_exists_in_the_archive() -> None:
    """``install.sh --deps`` as apt-get would run it, simulated (-s: nothing is installed)."""
    done = subprocess.run(
        ["apt-get", "-s", "install", "--no-install-recommends", *install_deps()],
        capture_output=True,
        text=True,
        check=False,
    )
    if "Unable to locate package" in done.stderr and not any(Path("/var/lib/apt/lists").iterdir()):
        pytest.skip("apt has no package lists here (apt-get update)")
    assert done.returncode == 0, done.stderr

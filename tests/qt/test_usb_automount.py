"""USB sticks under cage, for real as far as a container allows: the udev rule's match keys
against the properties udev gives a USB stick (and a SATA disk, and the stick's whole disk), the
program the rule runs, then that program (``pavilion-kiosk-usb``) mounting a real filesystem on
a loop device at /media/<kiosk user>/<device> (FAT: owned by that user, with ``flush``; ext4:
its own owners), the staff export screen listing it, and the stick pulled out again. A kernel
without vfat (this project's CI VM has none) skips the FAT case and says so.

Not exercised here: udev itself and systemd-run (no udevd or systemd in the container); the
rule goes through the small evaluator in tests/udev_rules.py instead.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import KioskDriver
from staff_driver import event_with_leads, log_in, open_section, staff, wait_idle
from udev_rules import parse_properties, run_programs

from kiosk.data.database import Database
from kiosk.ui.staff.storage import removable_drives

REPO = Path(__file__).resolve().parents[2]
RULES = (REPO / "packaging/linux/99-pavilion-kiosk-usb.rules").read_text()
SCRIPT = REPO / "packaging/linux/pavilion-kiosk-usb"
INSTALLED_SCRIPT = "/usr/local/sbin/pavilion-kiosk-usb"
USER = "nobody"  # stands in for "kiosk": an account that is not root

# `udevadm info --query=all /dev/sdb1` for a FAT-formatted USB stick (the udev properties the
# rule matches; the fields every USB stick has, from the usb_id and blkid builtins).
USB_STICK_PARTITION = """\
P: /devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb/sdb1
N: sdb1
E: DEVPATH=/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/\
block/sdb/sdb1
E: DEVNAME=/dev/sdb1
E: DEVTYPE=partition
E: PARTN=1
E: MAJOR=8
E: MINOR=17
E: SUBSYSTEM=block
E: ID_VENDOR=SanDisk
E: ID_MODEL=Cruzer_Blade
E: ID_SERIAL=SanDisk_Cruzer_Blade_4C530001230911115264-0:0
E: ID_BUS=usb
E: ID_USB_DRIVER=usb-storage
E: ID_TYPE=disk
E: ID_PART_TABLE_TYPE=dos
E: ID_FS_LABEL=KIOSK
E: ID_FS_UUID=6A1B-2C3D
E: ID_FS_VERSION=FAT32
E: ID_FS_TYPE=vfat
E: ID_FS_USAGE=filesystem
E: ID_PART_ENTRY_SCHEME=dos
E: ID_PART_ENTRY_NUMBER=1
"""
# The same stick's whole disk: a partition table, no filesystem of its own.
USB_STICK_DISK = """\
E: DEVNAME=/dev/sdb
E: DEVTYPE=disk
E: SUBSYSTEM=block
E: ID_BUS=usb
E: ID_TYPE=disk
E: ID_PART_TABLE_TYPE=dos
"""
# The PC's own disk.
SATA_PARTITION = """\
E: DEVNAME=/dev/sda2
E: DEVTYPE=partition
E: SUBSYSTEM=block
E: ID_BUS=ata
E: ID_FS_TYPE=ext4
E: ID_FS_USAGE=filesystem
"""


def launched(program: list[str]) -> list[str]:
    """What ``systemd-run --no-block ... COMMAND`` starts: COMMAND."""
    assert program[0] == "/usr/bin/systemd-run", program
    options = [word for word in program[1:] if word.startswith("-")]
    assert "--no-block" in options and "--collect" in options
    return program[1 + len(options) :]


@pytest.mark.parametrize(
    ("record", "action", "expected"),
    [
        (USB_STICK_PARTITION, "add", [INSTALLED_SCRIPT, "add", "/dev/sdb1", "vfat"]),
        (USB_STICK_PARTITION, "remove", [INSTALLED_SCRIPT, "remove", "/dev/sdb1"]),
        (USB_STICK_PARTITION, "change", None),
        (USB_STICK_DISK, "add", None),
        (SATA_PARTITION, "add", None),
    ],
    ids=["stick-plugged-in", "stick-pulled-out", "stick-change", "stick-whole-disk", "sata"],
)
def test_the_rule_mounts_usb_filesystems_and_nothing_else(
    record: str, action: str, expected: list[str] | None
) -> None:
    programs = run_programs(RULES, action, parse_properties(record))
    assert [launched(p) for p in programs] == ([expected] if expected else [])
    for program in programs:
        unit = next(w for w in program if w.startswith("--unit="))
        assert unit.endswith("-sdb1"), "one transient unit per device"


def test_the_script_refuses_bad_calls() -> None:
    for argv, message in [
        ([], "usage"),
        (["add", "/dev/../etc/x y"], "refusing the device name"),
        (["add", "/dev/null"], "is not a block device"),
        (["eject", "/dev/sdb1"], "unknown action"),
    ]:
        done = subprocess.run(["sh", str(SCRIPT), *argv], capture_output=True, text=True)
        assert done.returncode != 0 and message in done.stderr, (argv, done.stderr)


def kernel_filesystems() -> set[str]:
    with open("/proc/filesystems") as listing:
        return {line.split()[-1] for line in listing if line.strip()}


def _needs_loop_devices(fstype: str) -> str:
    if os.geteuid() != 0:
        return "needs root for losetup and mount"
    for tool in ("losetup", MKFS[fstype][0], "mount", "findmnt", "setpriv", "blkid"):
        if not shutil.which(tool):
            return f"needs {tool} (bash packaging/setup-dev.sh installs dosfstools)"
    if fstype not in kernel_filesystems():
        return f"this kernel cannot mount {fstype} (not in /proc/filesystems)"
    return ""


# mkfs for each kind of stick; the ext4 one is prepared for the booth (its root owned by the
# kiosk user, as the guide asks), since Linux filesystems keep their own owners.
MKFS = {
    "vfat": ["mkfs.vfat", "-n", "KIOSK"],
    "ext4": ["mkfs.ext4", "-q", "-L", "KIOSK", "-E", "root_owner={uid}:{gid}"],
}


@pytest.fixture(params=["vfat", "ext4"])
def stick(request, tmp_path: Path) -> Iterator[dict[str, str]]:
    """A 32 MB filesystem on a loop device; its udev properties as blkid probes them."""
    fstype = request.param
    if reason := _needs_loop_devices(fstype):
        pytest.skip(reason)
    user = pwd.getpwnam(USER)
    image = tmp_path / "stick.img"
    with image.open("wb") as out:
        out.truncate(32 * 1024 * 1024)
    mkfs = [word.format(uid=user.pw_uid, gid=user.pw_gid) for word in MKFS[fstype]]
    subprocess.run([*mkfs, str(image)], check=True, capture_output=True)
    done = subprocess.run(
        ["losetup", "--find", "--show", str(image)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"no loop device here: {done.stderr.strip()}")
    device = done.stdout.strip()
    try:
        probed = subprocess.run(
            ["blkid", "-p", "-o", "udev", device], capture_output=True, text=True, check=True
        ).stdout
        properties = dict(line.split("=", 1) for line in probed.split())
        # What the usb_id builtin adds for a stick; the rest is this device, probed for real.
        properties.update(DEVNAME=device, SUBSYSTEM="block", DEVTYPE="disk", ID_BUS="usb")
        yield properties
    finally:
        target = Path("/media", USER, Path(device).name)
        if target.is_mount():
            subprocess.run(["umount", "-l", str(target)], check=False)
        subprocess.run(["losetup", "--detach", device], check=False)


def run_rule(action: str, properties: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The rule's program for this event, with the checkout's script for the installed one."""
    (program,) = run_programs(RULES, action, properties)
    command = launched(program)
    assert command[0] == INSTALLED_SCRIPT
    env = {**os.environ, "KIOSK_USER": USER}
    return subprocess.run(
        ["sh", str(SCRIPT), *command[1:]], env=env, capture_output=True, text=True, check=False
    )


def test_a_stick_is_mounted_for_the_kiosk_user_and_offered_for_export(
    stick: dict[str, str], kiosk: KioskDriver, database: Database
) -> None:
    user = pwd.getpwnam(USER)
    fstype = stick["ID_FS_TYPE"]
    target = Path("/media", USER, Path(stick["DEVNAME"]).name)
    assert stick["ID_FS_USAGE"] == "filesystem"

    done = run_rule("add", stick)
    assert done.returncode == 0, done.stderr
    assert f"mounted {stick['DEVNAME']} ({fstype}) at {target}" in done.stderr
    options = subprocess.run(
        ["findmnt", "-n", "-o", "OPTIONS", "--mountpoint", str(target)],
        capture_output=True, text=True, check=True,
    ).stdout.strip().split(",")  # fmt: skip
    wanted = ["nodev", "nosuid", "noexec"]
    if fstype == "vfat":  # owned by the kiosk user, private, written through at once
        wanted += [f"uid={user.pw_uid}", f"gid={user.pw_gid}", "flush", "fmask=0077", "dmask=0077"]
    for option in wanted:
        assert option in options, (option, options)
    # The kiosk user writes there.
    as_user = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]
    subprocess.run([*as_user, "sh", "-c", f"echo lead > {target}/leads.csv"], check=True)
    assert (target / "leads.csv").stat().st_uid == user.pw_uid
    if fstype == "vfat":
        assert target.stat().st_mode & 0o077 == 0, "nobody else reads the leads"

    # The export screen offers it (the real drive listing, QStorageInfo).
    assert str(target) in [volume.root for volume in removable_drives()]
    event_with_leads(database.sessions, 3)
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    rows = staff(kiosk).exports.drives.rows()
    assert str(target) in [row["path"] for row in rows], rows
    index = [row["path"] for row in rows].index(str(target))
    kiosk.tap(f"drive_{index}")
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    assert staff(kiosk).exports.state == "done", staff(kiosk).exports.error
    assert Path(staff(kiosk).exports.resultFolder).parent == target

    done = run_rule("remove", stick)
    assert done.returncode == 0, done.stderr
    assert not target.is_mount() and not target.exists()
    assert str(target) not in [volume.root for volume in removable_drives()]

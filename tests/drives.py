"""Real filesystems for export tests: a tmpfs mounted on a temporary folder stands in for a
USB stick (another ``st_dev`` than the kiosk's data folder), optionally small (to fill it) or
remounted read-only.

Mounting needs root (or CAP_SYS_ADMIN). Without it a folder under ``/dev/shm`` (a tmpfs on
Linux) serves as a drive when it is another filesystem than the test's folder; where neither
works the test is skipped, saying why. ``umount`` (a "pulled out" stick) needs a real mount.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def tmpfs(where: Path, size: str = "64m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``where`` (created), unmounted afterwards."""
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs on {where}: {done.stderr.strip()}")
    try:
        yield where
    finally:
        unmount(where)


def unmount(where: Path, *, lazy: bool = False) -> None:
    """Unmount (``lazy``: as ``umount -l``, the stick pulled while files are open)."""
    if os.path.ismount(where):
        done = _run("umount", *(["-l"] if lazy else []), str(where))
        if done.returncode != 0 and not lazy:  # a file still open there (a log): detach it
            _run("umount", "-l", str(where))


def pull_out(where: Path) -> None:
    """The stick pulled out: a mounted drive lazily unmounted (its mount point stays, now a
    folder on the disk below), a stand-in folder removed."""
    if os.path.ismount(where):
        unmount(where, lazy=True)
    else:
        shutil.rmtree(where, ignore_errors=True)


def remount_read_only(where: Path) -> None:
    done = _run("mount", "-o", "remount,ro", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot remount {where} read-only: {done.stderr.strip()}")


@contextmanager
def drive(tmp_path: Path, size: str = "64m") -> Iterator[Path]:
    """A folder on another filesystem than ``tmp_path``: a tmpfs if this process may mount,
    else a folder in /dev/shm when that is another filesystem; else the test is skipped."""
    if can_mount():
        with tmpfs(tmp_path / "usb", size) as mounted:
            yield mounted
        return
    shm = Path("/dev/shm")
    if shm.is_dir() and os.stat(shm).st_dev not in {os.stat(tmp_path).st_dev, os.stat("/").st_dev}:
        folder = Path(tempfile.mkdtemp(prefix="kiosk-drive-", dir=shm))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    pytest.skip("no second filesystem for a stand-in USB drive: run as root to mount a tmpfs")

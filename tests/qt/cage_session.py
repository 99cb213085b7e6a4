"""The kiosk under a real cage compositor with Xwayland, as ``cage-kiosk@.service`` starts it.

cage runs headless (``WLR_BACKENDS=headless``) and refuses to run as root; as root (CI) it runs
in user namespaces as uid 1000 with a private ``/tmp/.X11-unix`` and network namespace, so its
Xwayland display cannot meet anyone else's X server. Taps go in through Xwayland (xdotool), and
pictures come either from the compositor (grim) or from the X server (the kiosk's own window).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("cage", "Xwayland", "grim", "xdotool", "unshare", "nsenter")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if not shutil.which(tool)]


class CageSession:
    """``cage ARGS -- kiosk run`` on a headless output, with a data folder of its own."""

    def __init__(self, workdir: Path, data_dir: Path, cage_args: list[str]) -> None:
        self.workdir = workdir
        self.data_dir = data_dir
        self.runtime = workdir / "runtime"
        self.x11 = workdir / "x11"
        self.display_file = workdir / "display"
        self.log = workdir / "cage.log"
        self.cage_args = cage_args
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.runtime.mkdir(mode=0o700)
        self.x11.mkdir()
        self.x11.chmod(0o1777)
        # The unit's command is "kiosk run"; this client is that command from the checkout,
        # with the display Xwayland gave it written down for xdotool.
        client = self.workdir / "kiosk-client.sh"
        client.write_text(
            "#!/bin/sh\n"
            f'echo "$DISPLAY" > {self.display_file}\n'
            f"exec {sys.executable} -m kiosk run\n"
        )
        client.chmod(0o755)
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("QT_", "WAYLAND_", "DISPLAY", "XDG_"))
        }
        env.update(
            PYTHONPATH=str(REPO / "src"),
            KIOSK_DATA_DIR=str(self.data_dir),
            HOME=str(self.workdir),
            XDG_RUNTIME_DIR=str(self.runtime),
            WLR_BACKENDS="headless",
            WLR_LIBINPUT_NO_DEVICES="1",
        )
        cage = ["cage", *self.cage_args, "--", str(client)]
        if os.geteuid() == 0:
            inner = " ".join(["unshare --user --map-user=1000 --map-group=1000", *cage])
            command = [
                "unshare", "--user", "--map-root-user", "--mount", "--net", "sh", "-c",
                f"mkdir -p /tmp/.X11-unix && mount --bind {self.x11} /tmp/.X11-unix"
                f" && exec {inner}",
            ]  # fmt: skip
        else:
            command = cage
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir
            )

    def wait_running(self, timeout: float = 180) -> None:
        """Until the kiosk logged that its window runs under cage."""
        kiosk_log = self.data_dir / "logs" / "kiosk.log"
        marker = "kiosk running (pid"
        self._wait(lambda: kiosk_log.is_file() and marker in kiosk_log.read_text("utf-8"), timeout)
        self._wait(self.display_file.is_file, 10)

    def _wait(self, condition: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"cage ended ({self.process.returncode}):\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting under cage:\n{self.output()}")
            time.sleep(0.3)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def in_session(self, *command: str) -> list[str]:
        """``command`` with Xwayland's DISPLAY, inside cage's namespaces when it has its own."""
        display = self.display_file.read_text().strip()
        env = ["env", f"DISPLAY={display}", "QT_QPA_PLATFORM=xcb", f"PYTHONPATH={REPO / 'src'}"]
        if os.geteuid() != 0:
            return [*env, *command]
        assert self.process is not None
        pid = str(self.process.pid)  # unshare, sh, unshare and env exec: this is cage
        enter = ["nsenter", "-t", pid, "--user", "--mount", "--net", "--preserve-credentials"]
        return [*enter, *env, *command]

    def x(self, *command: str) -> str:
        done = subprocess.run(
            self.in_session(*command), capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, f"{command}: {done.stderr}\n{self.output()}"
        return done.stdout

    def tap(self, x: int, y: int, pause: float = 0.4) -> None:
        # the pointer settles before the press, or Qt may take it where the last tap was
        self.x("xdotool", "mousemove", "--sync", str(x), str(y), "sleep", "0.3", "click", "1")
        time.sleep(pause)

    def compositor_picture(self) -> Image.Image:
        """What cage shows on its output (grim, wlr-screencopy)."""
        env = {**os.environ, "XDG_RUNTIME_DIR": str(self.runtime), "WAYLAND_DISPLAY": "wayland-0"}
        done = subprocess.run(
            ["grim", "-t", "ppm", "-"], env=env, capture_output=True, timeout=60, check=True
        )
        return Image.open(io.BytesIO(done.stdout)).convert("RGB")

    def x_window_picture(self) -> Image.Image:
        """The kiosk's X11 window as Xwayland holds it (the window under the pointer)."""
        location = self.x("xdotool", "getmouselocation", "--shell")
        window = dict(line.split("=", 1) for line in location.split())["WINDOW"]
        target = self.workdir / "x-window.png"
        self.x(sys.executable, str(Path(__file__).with_name("x11_grab.py")), window, str(target))
        return Image.open(target).convert("RGB")

    def kiosk_pid(self) -> int | None:
        kiosk_log = self.data_dir / "logs" / "kiosk.log"
        text = kiosk_log.read_text("utf-8") if kiosk_log.is_file() else ""
        found = re.search(r"kiosk running \(pid (\d+)\)", text)
        return int(found.group(1)) if found else None

    def stop(self) -> None:
        """cage first (SIGTERM), then the kiosk if losing its display did not end it."""
        kiosk = self.kiosk_pid()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        if kiosk is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(kiosk, signal.SIGKILL)

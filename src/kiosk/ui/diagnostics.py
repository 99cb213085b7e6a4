"""Qt checks for ``kiosk doctor``: versions, the display, fonts, virtual keyboard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.resources import qml_dir
from kiosk.ui.fonts import cjk_font_file

Result = tuple[str, bool, str, str]  # name, ok, detail, how to fix


def qt_checks(data_dir: Path | None = None) -> list[Result]:
    """One result per Qt concern, found without showing any window (the display probe logs
    into ``data_dir``'s log, as the doctor does)."""
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return [("qt", False, str(exc), "pip install 'PySide6-Essentials>=6.11,<6.12'")]
    results: list[Result] = [
        ("qt", True, f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}", "")
    ]
    font = cjk_font_file()
    results.append(
        (
            "cjk font",
            font is not None,
            str(font) if font else "Noto Sans CJK not found: Chinese would show as boxes",
            "pip install noto-cjk-sans-otc",
        )
    )
    results.append(_display_check(data_dir))
    results.append(_virtual_keyboard_check())
    results.append(_qml_modules_check())
    from kiosk.ui.speech import speech_checks  # the voice each language is read in

    results += speech_checks()
    return results


DISPLAY_PROBE_FLAG = "--display-probe"
PROBE_TIMEOUT_S = 30
_DISPLAY_FIX = (
    "start the display server (or the kiosk from the graphical session) and check DISPLAY / "
    "WAYLAND_DISPLAY; on a machine without a screen: xvfb-run -a kiosk run --windowed"
)


def _told() -> str:
    """The display settings in force, as the operator would name them."""
    names = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    return ", ".join(f"{n}={os.environ[n]}" for n in names if os.environ.get(n)) or "native"


def _probe_command() -> list[str]:
    """This kiosk started again as ``kiosk doctor --display-probe`` (a bundle is its own
    interpreter: no ``-m``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "doctor", DISPLAY_PROBE_FLAG]
    return [sys.executable, "-m", "kiosk", "doctor", DISPLAY_PROBE_FLAG]


def display_probe() -> int:
    """In the probe process: open the display as ``kiosk run`` would, print what was found.

    A display Qt cannot open makes Qt abort this process, never the doctor."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["kiosk-display-probe"])
    screen = app.primaryScreen()
    size = screen.size() if screen is not None else None
    found = f"screen {screen.name() or '?'} {size.width()}x{size.height()}" if size else "no screen"
    print(f"{app.platformName()}: {found}")
    return 0 if screen is not None else 1


def _display_check(data_dir: Path | None = None) -> Result:
    """Open the display in a child process, since Qt aborts a process whose display it cannot
    open: 'kiosk run' would fail the same way."""
    told = _told()
    env = dict(os.environ)
    if data_dir is not None:
        env["KIOSK_DATA_DIR"] = str(data_dir)
    try:
        probe = subprocess.run(
            _probe_command(), capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, env=env
        )
    except subprocess.TimeoutExpired:
        return ("display", False, f"{told}: no answer within {PROBE_TIMEOUT_S} s", _DISPLAY_FIX)
    except OSError as exc:
        return ("display", False, f"{told}: the probe could not start: {exc}", _DISPLAY_FIX)
    if probe.returncode == 0:
        return ("display", True, f"{told}: {probe.stdout.strip()}", _DISPLAY_FIX)
    lines = [line.strip() for line in probe.stderr.splitlines() if line.strip()]
    cause = next((line for line in lines if "display" in line.lower()), None)
    cause = cause or next((line for line in lines if "plugin" in line.lower()), None)
    cause = cause or probe.stdout.strip() or f"exit status {probe.returncode}"
    return ("display", False, f"cannot open the display ({told}): {cause}", _DISPLAY_FIX)


def _virtual_keyboard_check() -> Result:
    from PySide6.QtCore import QLibraryInfo

    fix = "reinstall PySide6-Addons; on Debian also apt-get install libpulse0"
    qml_root = QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath)
    plugin_dir = os.path.join(qml_root, "QtQuick", "VirtualKeyboard")
    if not os.path.isdir(plugin_dir):
        return ("virtual keyboard", False, f"QtQuick.VirtualKeyboard missing in {qml_root}", fix)
    return ("virtual keyboard", True, plugin_dir, fix)


# The Qt Quick modules the kiosk cannot do without, loaded the way the window loads them.
_QML_PROBE = b"""
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
Item {
    Button { text: "ok" }
    InputPanel { width: 800 }
}
"""


def _qml_modules_check() -> Result:
    """Create a Basic-style button and the virtual keyboard in an offscreen QML engine: a module
    missing from the installation, or a library one needs (libpulse0 for the keyboard), shows
    here rather than in front of a visitor. The engine knows the kiosk's QML folder, as the
    window's does: the keyboard resolves its style (the kiosk's own, KioskKeyboard) once per
    process, and an engine without it would leave Qt's stock style for any later window."""
    from PySide6.QtCore import QByteArray, QCoreApplication, QUrl, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    fix = (
        "reinstall the kiosk; from source: pip install PySide6-Addons and apt-get install libpulse0"
    )
    app = QCoreApplication.instance() or QGuiApplication(["kiosk-doctor", "-platform", "offscreen"])
    # Qt's own keyboard QML warns about itself; only the component's errors count here.
    previous = qInstallMessageHandler(lambda *_: None)
    try:
        engine = QQmlEngine()
        engine.addImportPath(str(qml_dir()))
        component = QQmlComponent(engine)
        component.setData(QByteArray(_QML_PROBE), QUrl("kiosk-doctor.qml"))
        probe = component.create()
        errors = [error.toString() for error in component.errors()]
        if probe is not None:
            probe.deleteLater()
        del component, engine
    finally:
        qInstallMessageHandler(previous)
    del app
    if probe is None or errors:
        return ("qml modules", False, "; ".join(errors) or "the probe was not created", fix)
    return ("qml modules", True, "QtQuick.Controls.Basic, QtQuick.VirtualKeyboard load", fix)

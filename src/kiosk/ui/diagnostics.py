"""Qt checks for ``kiosk doctor``: versions, platform plugin, fonts, virtual keyboard."""

from __future__ import annotations

import os

from kiosk.ui.fonts import cjk_font_file

Result = tuple[str, bool, str, str]  # name, ok, detail, how to fix


def qt_checks() -> list[Result]:
    """One result per Qt concern, found without showing any window."""
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
    results.append(_platform_check())
    results.append(_virtual_keyboard_check())
    results.append(_qml_modules_check())
    return results


def _platform_check() -> Result:
    fix = "no display: run under Xvfb (xvfb-run -a kiosk run) or use 'kiosk run --smoke-test'"
    if os.environ.get("QT_QPA_PLATFORM"):
        return ("qt platform", True, f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}", fix)
    for variable in ("WAYLAND_DISPLAY", "DISPLAY"):
        if os.environ.get(variable):
            return ("qt platform", True, f"{variable}={os.environ[variable]}", fix)
    if os.name == "nt" or os.uname().sysname == "Darwin":
        return ("qt platform", True, "native", fix)
    return ("qt platform", False, "no display (DISPLAY and WAYLAND_DISPLAY unset)", fix)


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
    here rather than in front of a visitor."""
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

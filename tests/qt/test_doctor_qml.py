"""``kiosk doctor`` proves the display opens and the Basic style and the virtual keyboard load,
and says when not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui import diagnostics


def test_the_kiosk_qml_modules_load(qapp) -> None:
    name, ok, detail, _fix = diagnostics._qml_modules_check()
    assert (name, ok) == ("qml modules", True), detail


STYLE_AFTER_DOCTOR = """
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine
from kiosk.resources import qml_dir
from kiosk.ui import diagnostics
from kiosk.ui.app import prepare_environment
prepare_environment()
app = QGuiApplication(["t"])
assert diagnostics._qml_modules_check()[1]
engine = QQmlEngine()
engine.addImportPath(str(qml_dir()))
component = QQmlComponent(engine)
component.setData(b"import QtQuick\\nimport QtQuick.VirtualKeyboard.Settings\\n"
                  b"QtObject { property string style: VirtualKeyboardSettings.styleName }", "t.qml")
print("style:", component.create().property("style"))
"""


def test_the_doctor_leaves_the_kiosk_its_keyboard_style(tmp_path: Path) -> None:
    """The keyboard settles its style once per process: the doctor's probe, made first, must
    not leave Qt's stock style to the window made after it (it did, in one test worker)."""
    result = subprocess.run(
        [sys.executable, "-c", STYLE_AFTER_DOCTOR],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "style: KioskKeyboard" in result.stdout, result.stdout + result.stderr[-2000:]


def test_a_module_that_does_not_load_is_reported(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = diagnostics._QML_PROBE.replace(
        b"import QtQuick.VirtualKeyboard", b"import QtQuick.VirtualKeyboard\nimport QtQuick.Gone"
    )
    monkeypatch.setattr(diagnostics, "_QML_PROBE", probe)
    _name, ok, detail, fix = diagnostics._qml_modules_check()
    assert not ok
    assert "QtQuick.Gone" in detail and "not installed" in detail
    assert "reinstall" in fix


@pytest.mark.parametrize("server", ["none at :55", "offscreen"])
def test_the_display_check_opens_the_display(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str
) -> None:
    """The doctor connects as 'kiosk run' would (in a child process, since Qt aborts one whose
    display it cannot open): a DISPLAY with no server behind it is a failing check naming it."""
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if server == "offscreen":
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    else:
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
        monkeypatch.setenv("DISPLAY", ":55")
    name, ok, detail, fix = diagnostics._display_check(tmp_path / "data")
    assert name == "display"
    if server == "offscreen":
        assert ok and detail.startswith("QT_QPA_PLATFORM=offscreen: offscreen: screen"), detail
        return
    assert not ok
    assert detail == (
        "cannot open the display (DISPLAY=:55): qt.qpa.xcb: could not connect to display :55"
    )
    assert "xvfb-run" in fix

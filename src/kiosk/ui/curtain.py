"""The kiosk's first picture, before the database and the full window exist: the attract
loop's brand slide, drawn from what the previous run showed.

Why: the full window needs SQLAlchemy and Alembic (the database), the content check, Pillow
and every bridge before its first frame; a booth PC's autostart then shows a bare desktop for
a second or more. The shell's texts barely change between runs, so each run notes what its
attract loop showed (``write_snapshot``, a small JSON file in the data folder's cache) and the
next one shows that at once (``raise_curtain``: Qt, the fonts and one small QML scene, nothing
else), then loads the rest and lifts the curtain once the real window has drawn its first
frame over it. The very first run (no snapshot yet), a crash loop's calm screen and a broken
snapshot go the usual way, without a curtain.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.config import Settings

SNAPSHOT_NAME = "first-frame.json"
FIELDS = ("brand", "tagline", "event", "details", "prompts")

_QML = b"""
import QtQuick
import KioskStyle
Window {
    id: root
    property var shell: ({})
    property bool fullScreen: true
    objectName: "curtainWindow"
    title: root.shell.brand || ""  // as the kiosk's window is called
    width: 1920; height: 1080
    color: Theme.primaryDeep
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    Item {
        readonly property real factor: Math.min(root.height / 1080, root.width / 1920)
        width: root.width / factor; height: root.height / factor
        scale: factor; transformOrigin: Item.TopLeft
        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                orientation: Gradient.Horizontal
                GradientStop { position: 0.0; color: Theme.primaryDeep }
                GradientStop { position: 1.0; color: Theme.primaryDark }
            }
        }
        Column {
            anchors { left: parent.left; leftMargin: 120; top: parent.top; topMargin: 112 }
            width: 880
            spacing: 24
            Rectangle { width: 120; height: 8; radius: 4; color: Theme.gold }
            Text {
                width: parent.width; wrapMode: Text.Wrap; maximumLineCount: 2
                text: root.shell.brand || ""; color: Theme.textOnPrimary
                font.pixelSize: Theme.fontHuge + 8; font.weight: Font.Bold; lineHeight: 0.95
            }
            Text {
                width: parent.width; wrapMode: Text.Wrap; maximumLineCount: 2
                text: root.shell.tagline || ""; color: Theme.goldLight
                font.pixelSize: Theme.fontHeading + 4
            }
            Item { width: 1; height: 8 }
            Text {
                width: parent.width; wrapMode: Text.Wrap; maximumLineCount: 2
                text: root.shell.event || ""; color: Theme.textOnPrimary
                font.pixelSize: Theme.fontHeading - 4
            }
            Text {
                width: parent.width; wrapMode: Text.Wrap; maximumLineCount: 2
                text: root.shell.details || ""; color: Theme.textOnPrimaryMuted
                font.pixelSize: Theme.fontBody
            }
        }
        Row {
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom
                      bottomMargin: 40 }
            spacing: 20
            Repeater {
                model: root.shell.prompts || []
                Text {
                    required property var modelData
                    height: Theme.touchLarge
                    verticalAlignment: Text.AlignVCenter
                    text: modelData.text; font.family: modelData.family
                    font.pixelSize: 38; font.weight: Font.DemiBold; color: Theme.textOnPrimary
                }
            }
        }
    }
}
"""


def snapshot_path(settings: Settings) -> Path:
    return settings.data_dir / "cache" / SNAPSHOT_NAME


def write_snapshot(settings: Settings, app_bridge: Any) -> None:
    """Note what the attract loop shows now, for the next run's curtain."""
    details = [app_bridge.eventDates, app_bridge.venue]
    shell = {
        "brand": app_bridge.brandName,
        "tagline": app_bridge.tagline,
        "event": app_bridge.eventName,
        "details": "  ·  ".join(d for d in details if d),
        "prompts": [
            {"text": p["text"], "family": p.get("family", "")} for p in app_bridge.startPrompts
        ],
    }
    path = snapshot_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(shell, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only cache costs the next run its curtain, nothing else


def read_snapshot(settings: Settings) -> dict[str, Any] | None:
    """The previous run's attract texts, or None (first run, or a file that is not one)."""
    try:
        shell = json.loads(snapshot_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(shell, dict) or not all(k in shell for k in FIELDS):
        return None
    return shell


class Curtain:
    """The curtain's window and the engine that made it (kept together)."""

    def __init__(self, shell: dict[str, Any], *, full_screen: bool) -> None:
        from PySide6.QtCore import QByteArray, QUrl
        from PySide6.QtQml import QQmlComponent, QQmlEngine
        from PySide6.QtQuick import QQuickWindow

        from kiosk.resources import qml_dir

        self.engine = QQmlEngine()
        self.engine.addImportPath(str(qml_dir()))
        self.component = component = QQmlComponent(self.engine)
        component.setData(QByteArray(_QML), QUrl("curtain.qml"))
        window = component.createWithInitialProperties({"shell": shell, "fullScreen": full_screen})
        if not isinstance(window, QQuickWindow):
            raise RuntimeError(f"the curtain could not be built: {component.errorString()}")
        QQmlEngine.setObjectOwnership(window, QQmlEngine.ObjectOwnership.CppOwnership)
        self.window = window
        self._lifted_by: Any = None
        if not full_screen:
            window.resize(1920 // 2, 1080 // 2)  # as the windowed kiosk opens

    def show_and_wait(self, timeout_s: float = 3.0) -> bool:
        """Show it and process events until its first frame is on screen."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtGui import QGuiApplication

        drawn: list[bool] = []
        self.window.frameSwapped.connect(lambda: drawn.append(True))
        self.window.show()
        deadline = time.perf_counter() + timeout_s
        while not drawn and time.perf_counter() < deadline:
            QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        return bool(drawn)

    def lift_after_first_frame_of(self, window: Any) -> None:
        """Close once ``window`` (the kiosk's) has drawn its first frame over the curtain."""
        from PySide6.QtCore import Qt

        self._lifted_by = window
        window.frameSwapped.connect(self.close, Qt.ConnectionType.QueuedConnection)

    def close(self) -> None:
        if self._lifted_by is not None:  # once: not a call on every frame of the kiosk's life
            window, self._lifted_by = self._lifted_by, None
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with its window
                window.frameSwapped.disconnect(self.close)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def raise_curtain(
    settings: Settings, *, started: float, smoke_test: bool = False
) -> Curtain | None:
    """Show the previous run's attract slide now, if there is a snapshot; else None."""
    shell = read_snapshot(settings)
    if shell is None:
        return None
    from kiosk.ui.app import application
    from kiosk.ui.fonts import load_fonts

    application(settings)
    load_fonts()
    try:
        curtain = Curtain(shell, full_screen=not settings.windowed)
    except RuntimeError:
        return None  # the kiosk starts as it did before curtains
    if curtain.show_and_wait() and smoke_test:
        elapsed = time.perf_counter() - started
        print(f"smoke test: first frame after {elapsed:.3f} s (curtain)", flush=True)
    else:
        sys.stdout.flush()
    return curtain

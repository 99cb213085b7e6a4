"""The calm screen after repeated crashes: "back in a moment" in four languages, nothing else.

When the last few runs ended badly within minutes (``services.restarts.RunHistory``), ``kiosk
run`` shows this for a while before trying the kiosk again, so visitors see a calm message in
the brand's colours rather than a desktop or a black screen flashing between restarts. It
needs nothing that may be what broke: no database, no content, no Kiosk QML module, no
translations (the four languages are shown together, like "Touch to start").
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.fonts import font_family, load_fonts

MESSAGES = (
    "請稍候，馬上回來",
    "请稍候，马上回来",
    "Voltamos já",
    "Back in a moment",
)
LANGUAGE_TAGS = ("zh-Hant", "zh-Hans", "pt", "en")  # of MESSAGES, line by line

_QML = b"""
import QtQuick
Window {
    id: root
    property var lines: []
    property bool fullScreen: true
    objectName: "backSoonWindow"
    width: 1920; height: 1080
    color: "#07403F"
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    Column {
        anchors.centerIn: parent
        spacing: root.height / 30
        Repeater {
            model: root.lines
            Text {
                required property var modelData
                required property int index
                objectName: "backSoonLine_" + index
                anchors.horizontalCenter: parent.horizontalCenter
                text: modelData.text
                font.family: modelData.family
                color: "white"
                font.pixelSize: root.height / (index === 0 ? 14 : 20)
            }
        }
    }
}
"""


class BackSoon:
    """The window and the engine that made it (kept together so neither is collected)."""

    def __init__(self, *, full_screen: bool = True) -> None:
        load_fonts()  # the bundled CJK font: a booth PC may have none, and Chinese shows boxes
        lines = [
            {"text": text, "family": font_family(tag)}
            for text, tag in zip(MESSAGES, LANGUAGE_TAGS, strict=True)
        ]
        self.engine = QQmlEngine()
        self.component = component = QQmlComponent(self.engine)
        component.setData(QByteArray(_QML), QUrl("back_soon.qml"))
        window = component.createWithInitialProperties({"lines": lines, "fullScreen": full_screen})
        if not isinstance(window, QQuickWindow):
            raise RuntimeError(f"the calm screen could not be built: {component.errorString()}")
        QQmlEngine.setObjectOwnership(window, QQmlEngine.ObjectOwnership.CppOwnership)
        self.window = window

    def show(self) -> None:
        self.window.show()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()


def pause_calmly(seconds: float, *, full_screen: bool = True) -> None:
    """Show the calm screen for ``seconds`` (Qt's events keep running), then close it."""
    screen = BackSoon(full_screen=full_screen)
    screen.show()
    loop = QEventLoop()
    QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
    loop.exec()
    screen.close()

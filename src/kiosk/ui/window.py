"""Builds the kiosk window: fonts, database, bridges, QML engine, full-screen window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.errors import KioskError
from kiosk.resources import qml_dir
from kiosk.services import catalog
from kiosk.ui import bridges
from kiosk.ui.fonts import LATIN_FALLBACK, apply_default_font, load_fonts

QML_MODULE = "Kiosk"


class KioskWindowHost(QObject):
    """Owns everything the window needs and collects every QML warning."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.database: Database | None = None
        self.engine: QQmlApplicationEngine | None = None
        self.window: QQuickWindow | None = None
        self.app_bridge: bridges.AppBridge | None = None
        self._problems: list[str] = []
        self._previous_handler = None

    # -- diagnostics ----------------------------------------------------------------------

    def problems(self) -> list[str]:
        """QML errors and warnings seen so far (empty means a clean load)."""
        return list(self._problems)

    def _on_qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        serious = mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if serious and "qml" in message.lower():
            self._problems.append(f"QML warning: {message}")
        if self._previous_handler is not None:
            self._previous_handler(mode, context, message)

    def _on_warnings(self, warnings: list) -> None:
        self._problems.extend(f"QML error: {w.toString()}" for w in warnings)

    # -- lifecycle ------------------------------------------------------------------------

    def load(self) -> None:
        families = load_fonts()
        if families:
            apply_default_font(LATIN_FALLBACK)
        self.database = open_database(self.settings)
        summary = catalog.summary(self.database.sessions)
        self.app_bridge = bridges.AppBridge(summary, self)

        self._previous_handler = qInstallMessageHandler(self._on_qt_message)
        self.engine = QQmlApplicationEngine()
        self.engine.warnings.connect(self._on_warnings)
        self.engine.addImportPath(str(qml_dir()))
        self.engine.setInitialProperties({"app": self.app_bridge})
        self.engine.loadFromModule(QML_MODULE, "Main")
        roots = self.engine.rootObjects()
        if not roots or self._has_errors():
            details = "\n".join(self._problems) or "the QML engine created no window"
            raise KioskError(f"the user interface failed to load:\n{details}", exit_code=4)
        window = roots[0]
        if not isinstance(window, QQuickWindow):
            raise KioskError("the QML root object is not a window", exit_code=4)
        self.window = window
        self._show()

    def _has_errors(self) -> bool:
        return any(p.startswith("QML error") for p in self._problems)

    def _show(self) -> None:
        assert self.window is not None
        if self.settings.hide_cursor and not self.settings.windowed:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        if self.settings.windowed:
            self.window.resize(1920 // 2, 1080 // 2)
            self.window.show()
        else:
            self.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
            self.window.showFullScreen()

    def close(self) -> None:
        """Tear down window before bridges (QML bindings must not see a vanished bridge)."""
        if self.window is not None:
            self.window.hide()
            self.window = None
        if self.engine is not None:
            engine, self.engine = self.engine, None
            del engine
        qInstallMessageHandler(self._previous_handler)
        if self.database is not None:
            self.database.dispose()
            self.database = None

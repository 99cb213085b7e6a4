"""QObject bridges exposed to QML. State is a notifying Property; commands are Slots."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.services.catalog import CatalogSummary

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("AppBridge is created by the application and passed to the window.")
class AppBridge(QObject):
    """Application-wide state the window binds to: the brand and the loaded catalogue."""

    catalogChanged = Signal()

    def __init__(self, summary: CatalogSummary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summary = summary

    def set_summary(self, summary: CatalogSummary) -> None:
        self._summary = summary
        self.catalogChanged.emit()

    @Property(str, notify=catalogChanged)
    def brandName(self) -> str:
        return self._summary.brand_name

    @Property(int, notify=catalogChanged)
    def exhibitorCount(self) -> int:
        return self._summary.exhibitor_count

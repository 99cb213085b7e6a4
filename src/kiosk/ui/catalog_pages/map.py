"""The map screen's page object: a pavilion's map, its booths, and the highlighted one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.booth_spacing import closest_booth_spacing
from kiosk.domain.ltext import localize
from kiosk.services.catalog import Catalog
from kiosk.ui.catalog_models import MapMarkerModel, MapPinModel, PavilionListModel, file_url
from kiosk.ui.catalog_pages.base import CatalogPage

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("MapPage is created by the application and passed to the screen.")
class MapPage(CatalogPage):
    """Which map shows, its booths (all as markers, those in view as pins) and the highlight."""

    mapChanged = Signal()

    def __init__(
        self, catalog: Catalog | None = None, lang: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(lang, parent)
        self._map_pavilion = ""
        self._highlighted = ""
        self._spacing = 0.0
        self._pavilions = PavilionListModel(self)
        self._markers = MapMarkerModel(self)
        self._pins = MapPinModel(self)
        self._init_models()
        self.reload(catalog)

    def models(self) -> tuple[Any, ...]:
        return (self._pavilions, self._markers, self._pins)

    def catalog_loaded(self, catalog: Catalog | None) -> None:
        self._pavilions.set_catalog(catalog)

    def language_set(self) -> None:
        self.mapChanged.emit()

    @Slot(str, str)
    def screen_coming(self, screen: str, argument: str) -> None:
        """The map opened for an exhibitor highlights its booth, opened from Home none."""
        if screen == "map" and not (argument and self.showOnMap(argument)):
            self.clearHighlight()

    @Property(QObject, constant=True)
    def pavilions(self) -> PavilionListModel:
        return self._pavilions

    @Property(QObject, constant=True)
    def mapMarkers(self) -> MapMarkerModel:
        return self._markers

    @Property(QObject, constant=True)
    def mapPins(self) -> MapPinModel:
        """The booths drawn as pins: those in view on the map (see ``setMapViewport``)."""
        return self._pins

    @Slot(float, float, float, float)
    def setMapViewport(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """The part of the map in view, as fractions of the map image."""
        self._pins.set_viewport(x0, y0, x1, y1)

    @Property(str, notify=mapChanged)
    def mapPavilionId(self) -> str:
        return self._map_pavilion

    @Property("QVariantMap", notify=mapChanged)
    def mapPavilion(self) -> dict[str, Any]:
        pavilion = self._catalog.pavilion(self._map_pavilion) if self._catalog else None
        if pavilion is None:
            return {"pavilionId": "", "name": "", "mapUrl": "", "mapWidth": 0, "mapHeight": 0}
        return {
            "pavilionId": pavilion.id,
            "name": localize(pavilion.name, self._lang),
            "mapUrl": file_url(pavilion.map_image),
            "mapWidth": pavilion.map_width or 0,
            "mapHeight": pavilion.map_height or 0,
        }

    @Property(float, notify=mapChanged)
    def boothSpacing(self) -> float:
        """How far apart (map pixels, the larger of across and down) the two closest booths of
        the shown map are: the largest tap area each may have; 0 with fewer than two."""
        return self._spacing

    @Property(str, notify=mapChanged)
    def highlightedId(self) -> str:
        return self._highlighted

    @Property("QVariantMap", notify=mapChanged)
    def highlight(self) -> dict[str, Any]:
        """The highlighted booth: where it is (fractions of its map) and on which map."""
        exhibitor = self._catalog.exhibitor(self._highlighted) if self._catalog else None
        if exhibitor is None:
            return {"exhibitorId": "", "pavilionId": "", "hasBooth": False, "boothX": 0.0,
                    "boothY": 0.0}  # fmt: skip
        return {
            "exhibitorId": exhibitor.id,
            "pavilionId": exhibitor.pavilion_id,
            "hasBooth": exhibitor.booth_x is not None and exhibitor.booth_y is not None,
            "boothX": float(exhibitor.booth_x or 0.0),
            "boothY": float(exhibitor.booth_y or 0.0),
        }

    @Slot(str)
    def showMap(self, pavilion_id: str) -> None:
        """Show ``pavilion_id``'s map with its booths (keeps a highlight that is on it)."""
        if self._catalog is None or self._catalog.pavilion(pavilion_id) is None:
            return
        if pavilion_id != self._map_pavilion:
            self._map_pavilion = pavilion_id
            booths = [e for e in self._catalog.exhibitors if e.pavilion_id == pavilion_id]
            for model in (self._markers, self._pins):
                model.set_booths(booths)
            self._spacing = _spacing(self._catalog, pavilion_id, booths)
            self._highlight(self._highlighted)
        self.mapChanged.emit()

    @Slot(str, result=bool)
    def showOnMap(self, exhibitor_id: str) -> bool:
        """Open the map of ``exhibitor_id``'s pavilion with its booth highlighted."""
        exhibitor = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        if exhibitor is None:
            return False
        self._highlight(exhibitor.id)
        self.showMap(exhibitor.pavilion_id)
        return True

    def _highlight(self, exhibitor_id: str) -> None:
        self._highlighted = exhibitor_id
        for model in (self._markers, self._pins):
            model.set_highlighted(exhibitor_id or None)

    @Slot()
    def clearHighlight(self) -> None:
        self._highlight("")
        self.mapChanged.emit()

    @Slot()
    def reset(self) -> None:
        """No highlight, the first pavilion's map."""
        self._highlight("")
        self._map_pavilion = ""
        if self._catalog is not None and self._catalog.pavilions:
            self.showMap(self._catalog.pavilions[0].id)
        else:
            self._markers.set_booths(())
            self._pins.set_booths(())
            self._spacing = 0.0
            self.mapChanged.emit()


def _spacing(catalog: Catalog, pavilion_id: str, booths: list[Any]) -> float:
    """``closest_booth_spacing`` of the booths placed on ``pavilion_id``'s map, in its pixels."""
    pavilion = catalog.pavilion(pavilion_id)
    width = (pavilion.map_width if pavilion else None) or 1
    height = (pavilion.map_height if pavilion else None) or 1
    spots = [
        (e.booth_x * width, e.booth_y * height)
        for e in booths
        if e.booth_x is not None and e.booth_y is not None
    ]
    spacing = closest_booth_spacing(spots)
    return spacing if spacing != float("inf") else 0.0

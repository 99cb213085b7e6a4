"""The catalogue screens' bridge: search, filters, the chosen exhibitor, maps and QR codes.

Every decision lives here (what the directory shows, which option counts what, what the
exhibitor page says in this language); the QML screens only lay it out. The search index is
built once per catalogue, so a keystroke is a lookup plus at most one model reset.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtCore import Property, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQml import QmlElement, QmlUncreatable, QQmlEngine
from PySide6.QtQuick import QQuickImageProvider

from kiosk.domain.countries import country_name
from kiosk.domain.ltext import localize
from kiosk.services.catalog import Catalog, ExhibitorView, products_by_origin
from kiosk.services.search import Filters, SearchIndex
from kiosk.ui.catalog_models import (
    ExhibitorListModel,
    FilterOption,
    FilterOptionModel,
    MapMarkerModel,
    MapPinModel,
    PavilionListModel,
    ProductListModel,
    ProductRowModel,
    file_url,
)
from kiosk.ui.shell_content import display_phone

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

QR_PROVIDER = "qr"
# A module is at least 6 px at 1080p so a phone reads the code from 60 cm; up to 10 px while the
# code (quiet zone included) stays within QR_MAX_SIDE, so short codes are easier still.
QR_MIN_MODULE_PX = 6
QR_MAX_MODULE_PX = 10
QR_MAX_SIDE = 440
QR_BORDER = 4
QR_TEXT = "~text"  # in place of an exhibitor id: the code's text follows, URL-encoded
QR_MIN_DEVICE_MODULE_PX = 4  # whatever the scale: below this, phones miss codes on a small panel
QR_MIN_SCALE, QR_MAX_SCALE = 0.25, 8.0


class Recorder(Protocol):
    """What the bridge needs of ``kiosk.services.analytics.AnalyticsRecorder``."""

    event_id: str | None

    def record(self, kind: str, target: str | None = None, language: str | None = None) -> None: ...

    def flush(self) -> object: ...


def qr_source(exhibitor_id: str, kind: str, lang: str) -> str:
    """The ``image://qr/...`` URL of one code; the language is part of it (the vCard is)."""
    return f"image://{QR_PROVIDER}/{quote(exhibitor_id)}/{kind}?lang={quote(lang)}"


def qr_text_source(text: str) -> str:
    """The ``image://qr/...`` URL of a code holding ``text`` itself (e.g. a calendar event)."""
    return f"image://{QR_PROVIDER}/{QR_TEXT}/{quote(text, safe='')}"


def qr_module_px(modules: int, scale: float = 1.0, floor_px: int = QR_MIN_DEVICE_MODULE_PX) -> int:
    """Device pixels per module for a code ``modules`` wide drawn where one design pixel is
    ``scale`` device pixels: as large as fits, never below 6 design pixels (rounded up to a
    whole device pixel) nor below ``floor_px`` device pixels (6 on a 1080p screen)."""
    least = max(floor_px, math.ceil(QR_MIN_MODULE_PX * scale - 1e-6))
    most = max(least, math.floor(QR_MAX_MODULE_PX * scale + 1e-6))
    fitting = math.floor(QR_MAX_SIDE * scale / (modules + 2 * QR_BORDER) + 1e-6)
    return max(least, min(most, fitting))


def qr_scale(text: str | None) -> float:
    """The ``scale`` of a QR image URL (device pixels per design pixel), within reason."""
    try:
        scale = float(text) if text else 1.0
    except ValueError:
        return 1.0
    return min(QR_MAX_SCALE, max(QR_MIN_SCALE, scale)) if math.isfinite(scale) else 1.0


def website_display(url: str | None) -> str:
    """``https://www.example.mo/`` → ``www.example.mo`` for the page; the QR keeps the URL."""
    if not url:
        return ""
    parts = urlsplit(url)
    shown = parts.netloc + (parts.path if parts.path not in ("", "/") else "")
    return shown or url


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<exhibitor-id>/<kind>?lang=<lang>&scale=<s>&min=<px>`` as QR codes
    (and ``image://qr/~text/<text>?...``: a code of that text, see ``qr_text_source``).

    ``scale`` is how many device pixels one design pixel is where the code is drawn (the
    canvas's scale times the screen's pixel ratio, see QrCode.qml): the image is rendered in
    whole device pixels per module for that scale, and QML draws it at exactly its own pixels
    (scaled by 1 / scale, on the device pixel grid), so the scene graph never resamples a
    module. ``min``: the fewest device pixels per module (6 on a 1080p screen). QML asks for
    it on the UI thread (a code
    takes a few milliseconds): Python on QML's image thread could deadlock with the engine's
    teardown, which waits for that thread while holding the interpreter.
    """

    def __init__(self, catalog: Callable[[], Catalog | None]) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._catalog = catalog

    def code_text(self, exhibitor_id: str, kind: str, lang: str) -> str | None:
        catalog = self._catalog()
        exhibitor = catalog.exhibitor(exhibitor_id) if catalog else None
        if exhibitor is None:
            return None
        # kiosk.services.qr (qrcode + Pillow) loads at the first exhibitor page, not at start
        from kiosk.services.qr_fit import codes_that_fit

        return next((c.text for c in codes_that_fit(exhibitor, lang) if c.kind == kind), None)

    def render(self, text: str, scale: float = 1.0, floor_px: int = 4) -> QImage:
        """One pixel per module from the QR service (cached), enlarged here by whole pixels
        without smoothing and framed by the white quiet zone."""
        from kiosk.services.qr import render_png

        modules = QImage.fromData(render_png(text, module_px=1, border=0))
        size = modules.width()
        px = qr_module_px(size, scale, floor_px)
        side = (size + 2 * QR_BORDER) * px
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        enlarged = modules.scaled(
            size * px,
            size * px,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        painter = QPainter(image)
        painter.drawImage(QR_BORDER * px, QR_BORDER * px, enlarged)
        painter.end()
        return image

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        parts = urlsplit(image_id)
        exhibitor_id, _, kind = parts.path.partition("/")
        query = parse_qs(parts.query)
        lang = query.get("lang", ["en"])[0]
        if exhibitor_id == QR_TEXT:
            text: str | None = unquote(kind)
        else:
            text = self.code_text(unquote(exhibitor_id), kind, lang)
        if text is None:
            return QImage()
        floor_text = query.get("min", [""])[0]
        floor_px = int(floor_text) if floor_text.isdigit() else QR_MIN_DEVICE_MODULE_PX
        floor_px = min(QR_MAX_MODULE_PX, max(QR_MIN_DEVICE_MODULE_PX, floor_px))
        image = self.render(text, qr_scale(query.get("scale", [""])[0]), floor_px)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


@QmlElement
@QmlUncreatable("CatalogBridge is created by the application and passed to the screens.")
class CatalogBridge(QObject):
    """State and commands of the directory, exhibitor, products and map screens."""

    catalogChanged = Signal()
    languageChanged = Signal()
    queryChanged = Signal()
    resultsChanged = Signal()
    exhibitorChanged = Signal()
    mapChanged = Signal()

    def __init__(
        self,
        catalog: Catalog | None = None,
        lang: str = "en",
        analytics: Recorder | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._analytics = analytics
        self._catalog: Catalog | None = None
        self._index: SearchIndex | None = None
        self._filters = Filters()
        self._current: ExhibitorView | None = None
        self._map_pavilion: str = ""
        self._highlighted: str = ""

        self._exhibitors = ExhibitorListModel(self)
        self._pavilion_options = FilterOptionModel(self)
        self._country_options = FilterOptionModel(self)
        self._sector_options = FilterOptionModel(self)
        self._products = ProductListModel(self._exhibitor_name, self)
        self._product_rows = ProductRowModel(self._exhibitor_name, self)
        self._pavilions = PavilionListModel(self)
        self._markers = MapMarkerModel(self)
        self._pins = MapPinModel(self)
        for model in self._models():
            model.set_language(lang)
        self.reload(catalog)

    def _models(self) -> tuple[Any, ...]:
        return (
            self._exhibitors,
            self._pavilion_options,
            self._country_options,
            self._sector_options,
            self._products,
            self._product_rows,
            self._pavilions,
            self._markers,
            self._pins,
        )

    @property
    def catalog(self) -> Catalog | None:
        """The catalogue shown (None before any content pack is loaded)."""
        return self._catalog

    def install(self, engine: QQmlEngine) -> QrImageProvider:
        """Give ``engine`` an ``image://qr`` provider reading this bridge's catalogue.

        The engine owns (and deletes) its providers, so each engine gets its own.
        """
        provider = QrImageProvider(lambda: self._catalog)
        engine.addImageProvider(QR_PROVIDER, provider)
        return provider

    # -- catalogue ---------------------------------------------------------------------------

    @Slot(object)
    def reload(self, catalog: Catalog | None) -> None:
        """Show a newly loaded catalogue; the visitor's search and selection start afresh,
        and what is recorded from now on is counted for the new event."""
        self._catalog = catalog
        if self._analytics is not None:
            self._analytics.event_id = catalog.event_id if catalog is not None else None
        self._index = SearchIndex(catalog) if catalog is not None else None
        self._exhibitors.set_catalog(catalog)
        self._pavilions.set_catalog(catalog)
        self._set_filter_options(catalog)
        self._product_rows.set_groups(products_by_origin(catalog) if catalog is not None else [])
        self.catalogChanged.emit()
        self.reset()

    def _set_filter_options(self, catalog: Catalog | None) -> None:
        def ltext_label(ltext: Any) -> Any:
            return lambda lang: localize(ltext, lang)

        def country_label(code: str) -> Any:
            return lambda lang: country_name(code, lang)

        if catalog is None or self._index is None:
            for model in (self._pavilion_options, self._country_options, self._sector_options):
                model.set_options(())
            return
        self._pavilion_options.set_options(
            FilterOption(p.id, ltext_label(p.name)) for p in catalog.pavilions
        )
        self._country_options.set_options(
            FilterOption(code, country_label(code)) for code in self._index.countries()
        )
        self._sector_options.set_options(
            FilterOption(s.id, ltext_label(s.name)) for s in catalog.sectors
        )

    def _exhibitor_name(self, exhibitor_id: str, lang: str) -> str:
        exhibitor = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        return localize(exhibitor.name, lang) if exhibitor else ""

    @Property(bool, notify=catalogChanged)
    def ready(self) -> bool:
        return self._catalog is not None

    @Property(int, notify=catalogChanged)
    def totalCount(self) -> int:
        return len(self._catalog.exhibitors) if self._catalog else 0

    # -- language ----------------------------------------------------------------------------

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Re-translate every model and the open exhibitor in place."""
        if lang == self._lang:
            return
        self._lang = lang
        for model in self._models():
            model.set_language(lang)
        self.languageChanged.emit()
        self.exhibitorChanged.emit()
        self.mapChanged.emit()

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._lang

    # -- search and filters ------------------------------------------------------------------

    @Property(QObject, constant=True)
    def exhibitors(self) -> ExhibitorListModel:
        return self._exhibitors

    @Property(QObject, constant=True)
    def pavilionOptions(self) -> FilterOptionModel:
        return self._pavilion_options

    @Property(QObject, constant=True)
    def countryOptions(self) -> FilterOptionModel:
        return self._country_options

    @Property(QObject, constant=True)
    def sectorOptions(self) -> FilterOptionModel:
        return self._sector_options

    @Property(str, notify=queryChanged)
    def searchText(self) -> str:
        return self._filters.text

    @Property(str, notify=queryChanged)
    def pavilionFilter(self) -> str:
        return self._filters.pavilion or ""

    @Property(str, notify=queryChanged)
    def countryFilter(self) -> str:
        return self._filters.country or ""

    @Property(str, notify=queryChanged)
    def sectorFilter(self) -> str:
        return self._filters.sector or ""

    @Property(bool, notify=queryChanged)
    def hasFilters(self) -> bool:
        return self._filters != Filters()

    @Property(int, notify=resultsChanged)
    def resultCount(self) -> int:
        return self._exhibitors.rowCount()

    @Slot(str)
    def setSearchText(self, text: str) -> None:
        self._apply(replace(self._filters, text=text))

    @Slot(str)
    def togglePavilion(self, pavilion_id: str) -> None:
        chosen = None if self._filters.pavilion == pavilion_id else pavilion_id or None
        self._apply(replace(self._filters, pavilion=chosen))

    @Slot(str)
    def toggleCountry(self, code: str) -> None:
        chosen = None if self._filters.country == code else code or None
        self._apply(replace(self._filters, country=chosen))

    @Slot(str)
    def toggleSector(self, sector_id: str) -> None:
        chosen = None if self._filters.sector == sector_id else sector_id or None
        self._apply(replace(self._filters, sector=chosen))

    @Slot()
    def clearFilters(self) -> None:
        """Clear the search text and every filter (the no-results screen's way out)."""
        self._apply(Filters())

    def _apply(self, filters: Filters, force: bool = False) -> None:
        if filters == self._filters and not force:
            return
        self._filters = filters
        self._pavilion_options.set_selected(filters.pavilion)
        self._country_options.set_selected(filters.country)
        self._sector_options.set_selected(filters.sector)
        self.queryChanged.emit()
        if self._index is None:
            if self._exhibitors.set_ids(()):
                self.resultsChanged.emit()
            return
        result = self._index.search(filters)
        self._pavilion_options.set_counts(result.pavilion_counts)
        self._country_options.set_counts(result.country_counts)
        self._sector_options.set_counts(result.sector_counts)
        if self._exhibitors.set_ids(result.ids) or force:
            self.resultsChanged.emit()

    # -- the chosen exhibitor ----------------------------------------------------------------

    @Slot(str, str)
    def screen_entered(self, screen: str, argument: str) -> None:
        """Follow the visitor's navigation: the exhibitor page shows the exhibitor its argument
        names; the map opened for an exhibitor highlights its booth, opened from Home none."""
        if screen == "exhibitor":
            self.openExhibitor(argument)
        elif screen == "map" and not (argument and self.showOnMap(argument)):
            self.clearHighlight()

    @Slot(str, result=bool)
    def openExhibitor(self, exhibitor_id: str) -> bool:
        """Make ``exhibitor_id`` the page's exhibitor; False (and nothing changes) if unknown."""
        exhibitor = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        if exhibitor is None:
            return False
        self._current = exhibitor
        self._products.set_products(exhibitor.products)
        self.exhibitorChanged.emit()
        self._record("view", exhibitor.id)
        if self._filters.text.strip():
            self._record("search", self._filters.text.strip()[:64])
        if exhibitor.contact is not None:
            self._record("qr", exhibitor.id)
        return True

    @Property(str, notify=exhibitorChanged)
    def exhibitorId(self) -> str:
        return self._current.id if self._current else ""

    @Property("QVariantMap", notify=exhibitorChanged)
    def exhibitor(self) -> dict[str, Any]:
        """Everything the exhibitor page shows, rendered in the current language."""
        return exhibitor_details(self._catalog, self._current, self._lang)

    @Property(QObject, constant=True)
    def exhibitorProducts(self) -> ProductListModel:
        return self._products

    @Property("QVariantList", notify=exhibitorChanged)
    def qrSources(self) -> list[dict[str, str]]:
        """The current exhibitor's codes: ``{kind, source}``, vCard first, URL if a website;
        a code too large to draw is left out (``qr_fit``), the rest of the page stays."""
        if self._current is None:
            return []
        from kiosk.services.qr_fit import codes_that_fit

        codes = codes_that_fit(self._current, self._lang)
        return [
            {"kind": c.kind, "source": qr_source(self._current.id, c.kind, self._lang)}
            for c in codes
        ]

    # -- products ----------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def productRows(self) -> ProductRowModel:
        """Headers and rows of tiles for the products screen (see ``setProductColumns``)."""
        return self._product_rows

    @Property(QObject, constant=True)
    def productCountries(self) -> QObject:
        """The countries of origin with their product counts, in display order."""
        return self._product_rows.countries

    @Slot(int)
    def setProductColumns(self, columns: int) -> None:
        """How many product tiles fit across the screen (QML knows its width)."""
        self._product_rows.set_columns(columns)

    # -- maps --------------------------------------------------------------------------------

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

    # -- reset -------------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """Forget the visitor: no search, no filters, no exhibitor, the first map; what the
        visit counted is written now."""
        if self._analytics is not None:
            self._analytics.flush()
        self._apply(Filters(), force=True)
        self._current = None
        self._products.set_products(())
        self._highlight("")
        self._map_pavilion = ""
        self.exhibitorChanged.emit()
        if self._catalog is not None and self._catalog.pavilions:
            self.showMap(self._catalog.pavilions[0].id)
        else:
            self._markers.set_booths(())
            self._pins.set_booths(())
            self.mapChanged.emit()

    def _record(self, kind: str, target: str | None) -> None:
        if self._analytics is not None:
            self._analytics.record(kind, target, self._lang)


def exhibitor_details(
    catalog: Catalog | None, exhibitor: ExhibitorView | None, lang: str
) -> dict[str, Any]:
    """The exhibitor page's texts in ``lang``; empty strings (never missing keys) when absent."""
    details: dict[str, Any] = dict.fromkeys(
        (
            "exhibitorId", "name", "summary", "description", "countryCode", "countryName",
            "pavilionId", "pavilionName", "boothCode", "logoUrl", "mapUrl", "person", "title",
            "email", "phone", "phoneDisplay", "website", "websiteDisplay", "wechat",
        ),
        "",
    )  # fmt: skip
    details.update(
        hasBooth=False, boothX=0.0, boothY=0.0, mapWidth=0, mapHeight=0, hasContact=False,
        sectorNames=[], productCount=0,
    )  # fmt: skip
    if exhibitor is None:
        return details
    pavilion = catalog.pavilion(exhibitor.pavilion_id) if catalog else None
    sectors = [catalog.sector(s) for s in exhibitor.sector_ids] if catalog else []
    details.update(
        exhibitorId=exhibitor.id,
        name=localize(exhibitor.name, lang),
        summary=localize(exhibitor.summary, lang),
        description=localize(exhibitor.description, lang),
        countryCode=exhibitor.country,
        countryName=country_name(exhibitor.country, lang),
        pavilionId=exhibitor.pavilion_id,
        pavilionName=localize(pavilion.name, lang) if pavilion else "",
        boothCode=exhibitor.booth_code or "",
        hasBooth=exhibitor.booth_x is not None and exhibitor.booth_y is not None,
        boothX=float(exhibitor.booth_x or 0.0),
        boothY=float(exhibitor.booth_y or 0.0),
        logoUrl=file_url(exhibitor.logo or exhibitor.logo_thumb),
        mapUrl=file_url(pavilion.map_image) if pavilion else "",
        mapWidth=(pavilion.map_width or 0) if pavilion else 0,
        mapHeight=(pavilion.map_height or 0) if pavilion else 0,
        sectorNames=[localize(s.name, lang) for s in sectors if s is not None],
        productCount=len(exhibitor.products),
    )
    contact = exhibitor.contact
    if contact is not None:
        details.update(
            hasContact=True,
            person=localize(contact.person, lang),
            title=localize(contact.title, lang),
            email=contact.email or "",
            phone=contact.phone or "",
            phoneDisplay=display_phone(contact.phone),
            website=contact.website or "",
            websiteDisplay=website_display(contact.website),
            wechat=contact.wechat or "",
        )
    return details

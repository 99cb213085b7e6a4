"""The exhibitor screen's page object: the chosen exhibitor's texts, products and QR codes.

It also counts the visit's anonymous analytics (views, searches that led here, codes shown),
since opening an exhibitor is what they count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable, QQmlEngine

from kiosk.domain.countries import country_name
from kiosk.domain.ltext import localize
from kiosk.services.catalog import Catalog, ExhibitorView
from kiosk.ui.catalog_models import ProductListModel, file_url
from kiosk.ui.catalog_pages.base import CatalogPage
from kiosk.ui.catalog_pages.qr_provider import QR_PROVIDER, QrImageProvider, qr_source
from kiosk.ui.shell_content import display_phone

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


class Recorder(Protocol):
    """What the page needs of ``kiosk.services.analytics.AnalyticsRecorder``."""

    event_id: str | None

    def record(self, kind: str, target: str | None = None, language: str | None = None) -> None: ...

    def flush(self) -> object: ...


def website_display(url: str | None) -> str:
    """``https://www.example.mo/`` → ``www.example.mo`` for the page; the QR keeps the URL."""
    if not url:
        return ""
    parts = urlsplit(url)
    shown = parts.netloc + (parts.path if parts.path not in ("", "/") else "")
    return shown or url


@QmlElement
@QmlUncreatable("ExhibitorPage is created by the application and passed to the screen.")
class ExhibitorPage(CatalogPage):
    """The exhibitor the visitor opened, rendered in their language."""

    exhibitorChanged = Signal()

    def __init__(
        self,
        catalog: Catalog | None = None,
        lang: str = "en",
        analytics: Recorder | None = None,
        search_text: Callable[[], str] = str,
        parent: QObject | None = None,
    ) -> None:
        """``search_text`` gives the directory's search, recorded when it led to a view."""
        super().__init__(lang, parent)
        self._analytics = analytics
        self._search_text = search_text
        self._current: ExhibitorView | None = None
        self._products = ProductListModel(self.exhibitor_name, self)
        self._init_models()
        self.reload(catalog)

    def models(self) -> tuple[Any, ...]:
        return (self._products,)

    def install(self, engine: QQmlEngine) -> QrImageProvider:
        """Give ``engine`` an ``image://qr`` provider reading this page's catalogue.

        The engine owns (and deletes) its providers, so each engine gets its own.
        """
        provider = QrImageProvider(lambda: self._catalog)
        engine.addImageProvider(QR_PROVIDER, provider)
        return provider

    def catalog_loaded(self, catalog: Catalog | None) -> None:
        """What is recorded from now on is counted for the new event."""
        if self._analytics is not None:
            self._analytics.event_id = catalog.event_id if catalog is not None else None

    def language_set(self) -> None:
        self.exhibitorChanged.emit()

    @Slot(str, str)
    def screen_coming(self, screen: str, argument: str) -> None:
        """The exhibitor page shows the exhibitor its argument names (before it is built)."""
        if screen == "exhibitor":
            self.openExhibitor(argument)

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
        search = self._search_text().strip()
        if search:
            self._record("search", search[:64])
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

    @Slot()
    def reset(self) -> None:
        """No exhibitor; what the visit counted is written now."""
        if self._analytics is not None:
            self._analytics.flush()
        self._current = None
        self._products.set_products(())
        self.exhibitorChanged.emit()

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

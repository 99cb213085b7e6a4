"""The directory screen's page object: search text, filters with counts, and the result list.

The search index is built once per catalogue, so a keystroke is a lookup plus at most one
model reset.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.countries import country_name
from kiosk.domain.ltext import localize, localize_short
from kiosk.services.catalog import Catalog, country_order_key
from kiosk.services.search import Filters, SearchIndex
from kiosk.ui.catalog_models import ExhibitorListModel, FilterOption, FilterOptionModel
from kiosk.ui.catalog_pages.base import CatalogPage

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("DirectoryPage is created by the application and passed to the screen.")
class DirectoryPage(CatalogPage):
    """What the directory shows for the visitor's search and filters."""

    queryChanged = Signal()
    resultsChanged = Signal()

    def __init__(
        self, catalog: Catalog | None = None, lang: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(lang, parent)
        self._index: SearchIndex | None = None
        self._filters = Filters()
        self._exhibitors = ExhibitorListModel(self)
        self._pavilion_options = FilterOptionModel(self, collate=False)  # the venue's order
        self._country_options = FilterOptionModel(self)
        self._sector_options = FilterOptionModel(self)
        self._init_models()
        self.reload(catalog)

    def models(self) -> tuple[Any, ...]:
        return (
            self._exhibitors,
            self._pavilion_options,
            self._country_options,
            self._sector_options,
        )

    def catalog_loaded(self, catalog: Catalog | None) -> None:
        self._index = SearchIndex(catalog) if catalog is not None else None
        self._exhibitors.set_catalog(catalog)
        self._set_filter_options(catalog)

    def _set_filter_options(self, catalog: Catalog | None) -> None:
        def ltext_label(ltext: Any) -> Any:
            return lambda lang: localize(ltext, lang)

        def short_label(item: Any) -> Any:
            return lambda lang: localize_short(item.short_name, item.name, lang)

        def country_label(code: str) -> Any:
            return lambda lang: country_name(code, lang)

        if catalog is None or self._index is None:
            for model in (self._pavilion_options, self._country_options, self._sector_options):
                model.set_options(())
            return
        self._pavilion_options.set_options(
            FilterOption(p.id, short_label(p), full_label=ltext_label(p.name))
            for p in catalog.pavilions
        )
        self._country_options.set_options(
            FilterOption(code, country_label(code), group=country_order_key(code)[0])
            for code in self._index.countries()
        )
        self._sector_options.set_options(
            FilterOption(s.id, short_label(s), full_label=ltext_label(s.name))
            for s in catalog.sectors
        )

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

    @Slot()
    def reset(self) -> None:
        """No search, no filters: the whole catalogue."""
        self._apply(Filters(), force=True)

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

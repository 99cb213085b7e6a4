"""The products screen's page object: every product grouped by country of origin, in rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.services.catalog import Catalog, products_by_origin
from kiosk.ui.catalog_models import ProductRowModel
from kiosk.ui.catalog_pages.base import CatalogPage

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("ProductsPage is created by the application and passed to the screen.")
class ProductsPage(CatalogPage):
    """Headers and rows of product tiles, and the countries to jump to."""

    def __init__(
        self, catalog: Catalog | None = None, lang: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(lang, parent)
        self._rows = ProductRowModel(self.exhibitor_name, self)
        self._init_models()
        self.reload(catalog)

    def models(self) -> tuple[Any, ...]:
        return (self._rows,)

    def catalog_loaded(self, catalog: Catalog | None) -> None:
        self._rows.set_groups(products_by_origin(catalog) if catalog is not None else [])

    @Property(QObject, constant=True)
    def productRows(self) -> ProductRowModel:
        """Headers and rows of tiles for the products screen (see ``setProductColumns``)."""
        return self._rows

    @Property(QObject, constant=True)
    def productCountries(self) -> QObject:
        """The countries of origin with their product counts, in display order."""
        return self._rows.countries

    @Slot(int)
    def setProductColumns(self, columns: int) -> None:
        """How many product tiles fit across the screen (QML knows its width)."""
        self._rows.set_columns(columns)

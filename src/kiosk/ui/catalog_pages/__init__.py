"""One page object per catalogue screen (directory, exhibitor, products, map).

``CatalogPages`` builds the four over one catalogue and fans a reload, a language switch or a
reset out to them; the window hands each page to its own screen, by the bridge name the
screen declares in ``kiosk.ui.navigation.SCREENS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.services.catalog import Catalog
from kiosk.ui.catalog_pages.directory import DirectoryPage
from kiosk.ui.catalog_pages.exhibitor import ExhibitorPage, Recorder
from kiosk.ui.catalog_pages.map import MapPage
from kiosk.ui.catalog_pages.products import ProductsPage

__all__ = ["CatalogPages", "DirectoryPage", "ExhibitorPage", "MapPage", "ProductsPage"]


@dataclass(frozen=True)
class CatalogPages:
    """The catalogue screens' page objects, named as the screens name them."""

    directory: DirectoryPage
    exhibitor: ExhibitorPage
    products: ProductsPage
    map: MapPage

    @classmethod
    def create(
        cls,
        catalog: Catalog | None,
        lang: str = "en",
        analytics: Recorder | None = None,
        parent: QObject | None = None,
    ) -> CatalogPages:
        """The exhibitor page records the directory's search that led to a view."""
        directory = DirectoryPage(catalog, lang, parent)
        return cls(
            directory,
            ExhibitorPage(catalog, lang, analytics, lambda: directory.searchText, parent),
            ProductsPage(catalog, lang, parent),
            MapPage(catalog, lang, parent),
        )

    def as_bridges(self) -> dict[str, QObject]:
        return {
            "directoryPage": self.directory,
            "exhibitorPage": self.exhibitor,
            "productsPage": self.products,
            "mapPage": self.map,
        }

    def reload(self, catalog: Catalog | None) -> None:
        for page in self.as_bridges().values():
            page.reload(catalog)  # type: ignore[attr-defined]

    def set_language(self, lang: str) -> None:
        for page in self.as_bridges().values():
            page.set_language(lang)  # type: ignore[attr-defined]

    def reset(self) -> None:
        for page in self.as_bridges().values():
            page.reset()  # type: ignore[attr-defined]

    def screen_coming(self, screen: str, argument: str) -> None:
        self.exhibitor.screen_coming(screen, argument)
        self.map.screen_coming(screen, argument)

    def delete_later(self) -> None:
        for page in self.as_bridges().values():
            page.deleteLater()

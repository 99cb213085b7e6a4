"""What every catalogue page object shares: the catalogue shown and the visitor's language.

Each visitor screen (directory, exhibitor, products, map) has its own small page object, as
each staff panel has; this base keeps them from repeating the catalogue and language plumbing.
The window wires ``reload``, ``set_language`` and ``reset`` of every page (``ui.window``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.ltext import localize_short
from kiosk.services.catalog import Catalog


class CatalogPage(QObject):
    """A page over the catalogue; subclasses list their models and react to changes."""

    catalogChanged = Signal()
    languageChanged = Signal()

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._catalog: Catalog | None = None

    def models(self) -> tuple[Any, ...]:
        """The page's list models: they follow the language with it."""
        return ()

    @property
    def catalog(self) -> Catalog | None:
        """The catalogue shown (None before any content pack is loaded)."""
        return self._catalog

    def reload(self, catalog: Catalog | None) -> None:
        """Show a newly loaded catalogue; what the visitor chose here starts afresh."""
        self._catalog = catalog
        self.catalog_loaded(catalog)
        self.catalogChanged.emit()
        self.reset()

    def catalog_loaded(self, catalog: Catalog | None) -> None:
        """Rebuild what depends on the catalogue (before ``reset``)."""

    @Slot()
    def reset(self) -> None:
        """Forget the visitor."""

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Re-translate every model and text in place."""
        if lang == self._lang:
            return
        self._lang = lang
        for model in self.models():
            model.set_language(lang)
        self.languageChanged.emit()
        self.language_set()

    def language_set(self) -> None:
        """Emit what else changes with the language."""

    def exhibitor_name(self, exhibitor_id: str, lang: str) -> str:
        exhibitor = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        return localize_short(exhibitor.short_name, exhibitor.name, lang) if exhibitor else ""

    def _init_models(self) -> None:
        for model in self.models():
            model.set_language(self._lang)

    @Property(bool, notify=catalogChanged)
    def ready(self) -> bool:
        return self._catalog is not None

    @Property(int, notify=catalogChanged)
    def totalCount(self) -> int:
        """How many exhibitors the catalogue has."""
        return len(self._catalog.exhibitors) if self._catalog else 0

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._lang

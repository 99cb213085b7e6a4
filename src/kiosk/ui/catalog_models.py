"""List models behind the catalogue screens (directory, filters, products, pavilion map).

Each model holds plain catalogue views (``kiosk.services.catalog``) and renders text in the
current language only when QML asks for a row, so switching language is one ``dataChanged``
over the text roles and the screens re-translate in place. Role names avoid ``id`` because a
QML delegate cannot declare a required property of that name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QModelIndex, QObject, QUrl, Signal

from kiosk.domain.countries import country_name
from kiosk.domain.ltext import localize, localize_short
from kiosk.services.catalog import (
    Catalog,
    ExhibitorView,
    PavilionView,
    ProductView,
    country_order_key,
)
from kiosk.ui.collation import collated
from kiosk.ui.listmodel import RoleListModel


def file_url(path: Path | None) -> str:
    """A ``file:`` URL QML's Image accepts, or '' when there is no image."""
    return QUrl.fromLocalFile(str(path)).toString() if path is not None else ""


# ------------------------------------------------------------------------------ exhibitors


class ExhibitorListModel(RoleListModel):
    """The directory grid: the catalogue's exhibitors narrowed to the current search result.

    The model keeps the full catalogue and a list of visible positions; a search that gives
    the same result (most keystrokes once the list is short) emits nothing at all, any other
    result is one model reset, which a GridView answers by building only the visible cards.
    """

    ROLES = (
        "exhibitorId",
        "name",
        "summary",
        "countryCode",
        "countryName",
        "boothCode",
        "logoUrl",
        "pavilionId",
        "pavilionName",
        "fullName",
    )
    TEXT_ROLES = ("name", "summary", "countryName", "pavilionName", "fullName")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._all: tuple[ExhibitorView, ...] = ()
        self._position: dict[str, int] = {}
        self._rows: list[int] = []
        self._logo_urls: dict[int, str] = {}
        self._ranks: dict[str, list[int]] = {}  # language -> each exhibitor's place by name

    def size(self) -> int:
        return len(self._rows)

    def _rank(self) -> list[int]:
        """Each exhibitor's place in the whole catalogue sorted by name in this language
        (collated once per language, so a search only sorts integers)."""
        rank = self._ranks.get(self._lang)
        if rank is None:
            lang = self._lang
            order = collated(
                range(len(self._all)), lambda p: localize(self._all[p].name, lang), lang
            )
            rank = [0] * len(order)
            for place, position in enumerate(order):
                rank[position] = place
            self._ranks[lang] = rank
        return rank

    def set_language(self, lang: str) -> None:
        """Names change in place; where the order changes with them, the list is rebuilt."""
        self._lang = lang
        rows = sorted(self._rows, key=self._rank().__getitem__)
        if rows != self._rows:
            self.rebuild(lambda: setattr(self, "_rows", rows))
        super().set_language(lang)

    def set_catalog(self, catalog: Catalog | None) -> None:
        self.beginResetModel()
        self._catalog = catalog
        self._all = catalog.exhibitors if catalog is not None else ()
        self._position = {e.id: i for i, e in enumerate(self._all)}
        self._logo_urls = {}
        self._ranks = {}
        self._rows = sorted(range(len(self._all)), key=self._rank().__getitem__)
        self.endResetModel()

    def set_ids(self, ids: Sequence[str]) -> bool:
        """Show exactly ``ids`` (by name in the visitor's language); returns False when nothing
        changed."""
        rank = self._rank()
        rows = sorted((self._position[i] for i in ids if i in self._position), key=rank.__getitem__)
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def ids(self) -> list[str]:
        return [self._all[r].id for r in self._rows]

    def value(self, row: int, role: str) -> Any:
        position = self._rows[row]
        exhibitor = self._all[position]
        lang = self._lang
        if role == "exhibitorId":
            return exhibitor.id
        if role == "name":  # the short name where the pack gives one: the card's title
            return localize_short(exhibitor.short_name, exhibitor.name, lang)
        if role == "fullName":
            return localize(exhibitor.name, lang)
        if role == "summary":
            return localize(exhibitor.summary, lang)
        if role == "countryCode":
            return exhibitor.country
        if role == "countryName":
            return country_name(exhibitor.country, lang)
        if role == "boothCode":
            return exhibitor.booth_code or ""
        if role == "logoUrl":
            url = self._logo_urls.get(position)
            if url is None:
                url = file_url(exhibitor.logo_thumb or exhibitor.logo)
                self._logo_urls[position] = url
            return url
        if role == "pavilionId":
            return exhibitor.pavilion_id
        if role == "pavilionName":
            pavilion = self._catalog.pavilion(exhibitor.pavilion_id) if self._catalog else None
            return localize_short(pavilion.short_name, pavilion.name, lang) if pavilion else ""
        return None


# ------------------------------------------------------------------------------ filters


@dataclass
class FilterOption:
    """One chip: what it filters on, how to name it in a language, and its live count."""

    key: str
    label: Callable[[str], str]
    count: int = 0
    group: int = 0  # sorted by group first (Macao and the PSC lead the countries), then label
    full_label: Callable[[str], str] | None = None  # the whole name, where label is short


class FilterOptionModel(RoleListModel):
    """The chips of one filter group (pavilions, countries or sectors), with result counts.

    ``count`` is how many exhibitors the directory would show if this option were chosen with
    the other filters kept, so a visitor never taps into an empty list by surprise.
    """

    ROLES = ("optionId", "label", "count", "selected", "fullLabel")
    TEXT_ROLES = ("label", "fullLabel")
    selectionChanged = Signal()

    def __init__(self, parent: QObject | None = None, *, collate: bool = True) -> None:
        """``collate``: order the chips by name in the visitor's language (else as given)."""
        super().__init__(parent)
        self._options: list[FilterOption] = []
        self._selected: str | None = None
        self._collate = collate

    def _ordered(self, options: Iterable[FilterOption]) -> list[FilterOption]:
        if not self._collate:
            return list(options)
        return collated(options, lambda o: o.label(self._lang), self._lang, lambda o: o.group)

    @Property(str, notify=selectionChanged)
    def selectedLabel(self) -> str:
        """The chosen option's name in the current language ('' when none is chosen)."""
        option = next((o for o in self._options if o.key == self._selected), None)
        return option.label(self._lang) if option else ""

    def set_language(self, lang: str) -> None:
        self._lang = lang
        ordered = self._ordered(self._options)
        if ordered != self._options:
            self.rebuild(lambda: setattr(self, "_options", ordered))
        super().set_language(lang)
        self.selectionChanged.emit()

    def size(self) -> int:
        return len(self._options)

    def set_options(self, options: Iterable[FilterOption]) -> None:
        self.beginResetModel()
        self._options = self._ordered(options)
        self._selected = None
        self.endResetModel()
        self.selectionChanged.emit()

    def keys(self) -> list[str]:
        return [o.key for o in self._options]

    def counts(self) -> dict[str, int]:
        return {o.key: o.count for o in self._options}

    def set_counts(self, counts: dict[str, int]) -> None:
        changed = [i for i, o in enumerate(self._options) if o.count != counts.get(o.key, 0)]
        for option in self._options:
            option.count = counts.get(option.key, 0)
        if changed:
            self.emit_changed(("count",), changed[0], changed[-1])

    def set_selected(self, key: str | None) -> None:
        if key == self._selected:
            return
        keys = self.keys()
        rows = [keys.index(k) for k in (self._selected, key) if k in keys]
        self._selected = key
        for row in rows:
            self.emit_changed(("selected",), row, row)
        self.selectionChanged.emit()

    def value(self, row: int, role: str) -> Any:
        option = self._options[row]
        if role == "optionId":
            return option.key
        if role == "label":
            return option.label(self._lang)
        if role == "fullLabel":
            return (option.full_label or option.label)(self._lang)
        if role == "count":
            return option.count
        if role == "selected":
            return option.key == self._selected
        return None


# ------------------------------------------------------------------------------ products


class ProductListModel(RoleListModel):
    """Products as tiles: on the exhibitor page (with origin) and in each country group."""

    ROLES = ("name", "originCode", "originName", "thumbUrl", "exhibitorId", "exhibitorName")
    TEXT_ROLES = ("name", "originName", "exhibitorName")

    def __init__(
        self,
        exhibitor_name: Callable[[str, str], str] = lambda _id, _lang: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._products: tuple[ProductView, ...] = ()
        self._exhibitor_name = exhibitor_name

    def size(self) -> int:
        return len(self._products)

    def set_products(self, products: Sequence[ProductView]) -> None:
        self.beginResetModel()
        self._products = tuple(products)
        self.endResetModel()

    def value(self, row: int, role: str) -> Any:
        product = self._products[row]
        if role == "name":
            return localize(product.name, self._lang)
        if role == "originCode":
            return product.origin or ""
        if role == "originName":
            return country_name(product.origin, self._lang) if product.origin else ""
        if role == "thumbUrl":
            return file_url(product.thumb or product.image)
        if role == "exhibitorId":
            return product.exhibitor_id
        if role == "exhibitorName":
            return self._exhibitor_name(product.exhibitor_id, self._lang)
        return None


class ProductGroupModel(RoleListModel):
    """The countries products come from (Macao and the PSC first), with how many each.

    ``firstRow`` is where the country's header sits in the ``ProductRowModel``, so a tap on a
    country can glide the list there.
    """

    ROLES = ("countryCode", "countryName", "productCount", "firstRow")
    TEXT_ROLES = ("countryName",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, int, int]] = []

    def size(self) -> int:
        return len(self._groups)

    def set_groups(self, groups: Sequence[tuple[str, int, int]]) -> None:
        """``groups`` is (country, product count, first row) in display order."""
        if list(groups) == self._groups:
            return
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def codes(self) -> list[str]:
        return [code for code, _count, _row in self._groups]

    def value(self, row: int, role: str) -> Any:
        code, count, first_row = self._groups[row]
        if role == "countryCode":
            return code
        if role == "countryName":
            return country_name(code, self._lang)
        if role == "productCount":
            return count
        if role == "firstRow":
            return first_row
        return None


class ProductRowModel(RoleListModel):
    """Products by origin laid out as rows for one vertical list: a header row per country,
    then rows of ``columns`` tiles. Only the rows on screen are ever built, so the screen
    stays light with thousands of products, and the grid fills the width whatever it is.
    """

    ROLES = ("kind", "countryCode", "countryName", "productCount", "firstIndex", "tiles")
    TEXT_ROLES = ("countryName", "tiles")

    def __init__(
        self, exhibitor_name: Callable[[str, str], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._exhibitor_name = exhibitor_name
        self._given: list[tuple[str, tuple[ProductView, ...]]] = []
        self._groups: list[tuple[str, tuple[ProductView, ...]]] = []
        self._columns = 4
        # (kind, group index, first product, end product)
        self._rows: list[tuple[str, int, int, int]] = []
        self.countries = ProductGroupModel(self)

    def size(self) -> int:
        return len(self._rows)

    def set_groups(self, groups: Sequence[tuple[str, Sequence[ProductView]]]) -> None:
        self._given = [(code, tuple(products)) for code, products in groups]
        self._groups = self._ordered()
        self._layout()

    def _ordered(self) -> list[tuple[str, tuple[ProductView, ...]]]:
        """Macao and the PSC first, then the countries by name in the visitor's language; in
        each, the products by name."""
        lang = self._lang

        def by_name(products: tuple[ProductView, ...]) -> tuple[ProductView, ...]:
            return tuple(collated(products, lambda p: localize(p.name, lang), lang))

        groups = collated(
            self._given,
            lambda g: country_name(g[0], lang),
            lang,
            lambda g: country_order_key(g[0])[0],
        )
        return [(code, by_name(products)) for code, products in groups]

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns != self._columns:
            self._columns = columns
            self._layout()

    def _layout(self) -> None:
        self.beginResetModel()
        self._rows = []
        summary = []
        for g, (code, products) in enumerate(self._groups):
            summary.append((code, len(products), len(self._rows)))
            self._rows.append(("header", g, 0, len(products)))
            for start in range(0, len(products), self._columns):
                self._rows.append(("tiles", g, start, min(start + self._columns, len(products))))
        self.endResetModel()
        self.countries.set_groups(summary)

    def set_language(self, lang: str) -> None:
        """Products keep their rows when only their order within a country changes (the
        tiles re-read); countries in another order lay the list out again."""
        self._lang = lang
        groups = self._ordered()
        same_countries = [c for c, _ in groups] == [c for c, _ in self._groups]
        self._groups = groups
        if not same_countries:
            self._layout()
        self.countries.set_language(lang)
        super().set_language(lang)

    def value(self, row: int, role: str) -> Any:
        kind, g, start, end = self._rows[row]
        code, products = self._groups[g]
        if role == "kind":
            return kind
        if role == "countryCode":
            return code
        if role == "countryName":
            return country_name(code, self._lang)
        if role == "productCount":
            return len(products)
        if role == "firstIndex":
            return start
        if role == "tiles":
            return [self._tile(p) for p in products[start:end]] if kind == "tiles" else []
        return None

    def _tile(self, product: ProductView) -> dict[str, str]:
        return {
            "name": localize(product.name, self._lang),
            "exhibitorId": product.exhibitor_id,
            "exhibitorName": self._exhibitor_name(product.exhibitor_id, self._lang),
            "thumbUrl": file_url(product.thumb or product.image),
        }


# ------------------------------------------------------------------------------ maps


class PavilionListModel(RoleListModel):
    """The pavilions as map tabs: name, map image and its size in pixels."""

    ROLES = ("pavilionId", "name", "mapUrl", "mapWidth", "mapHeight", "boothCount", "fullName")
    TEXT_ROLES = ("name", "fullName")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pavilions: tuple[PavilionView, ...] = ()
        self._booths: dict[str, int] = {}

    def size(self) -> int:
        return len(self._pavilions)

    def set_catalog(self, catalog: Catalog | None) -> None:
        self.beginResetModel()
        self._pavilions = catalog.pavilions if catalog is not None else ()
        self._booths = {}
        for exhibitor in catalog.exhibitors if catalog is not None else ():
            if exhibitor.booth_x is not None and exhibitor.booth_y is not None:
                pavilion = exhibitor.pavilion_id
                self._booths[pavilion] = self._booths.get(pavilion, 0) + 1
        self.endResetModel()

    def value(self, row: int, role: str) -> Any:
        pavilion = self._pavilions[row]
        if role == "pavilionId":
            return pavilion.id
        if role == "name":
            return localize_short(pavilion.short_name, pavilion.name, self._lang)
        if role == "fullName":
            return localize(pavilion.name, self._lang)
        if role == "mapUrl":
            return file_url(pavilion.map_image)
        if role == "mapWidth":
            return pavilion.map_width or 0
        if role == "mapHeight":
            return pavilion.map_height or 0
        if role == "boothCount":
            return self._booths.get(pavilion.id, 0)
        return None


def booth_order(code: str | None) -> tuple[tuple[int, int | str], ...]:
    """Sort key reading the numbers in a booth code as numbers: F-2 < F-10 < S-1."""
    parts = re.findall(r"\d+|\D+", code or "")
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in parts)


class MapMarkerModel(RoleListModel):
    """Booths of one pavilion placed on its map (fractions of the image), one highlighted."""

    ROLES = ("exhibitorId", "name", "boothCode", "fx", "fy", "highlighted", "fullName")
    TEXT_ROLES = ("name", "fullName")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._booths: list[ExhibitorView] = []
        self._highlighted: str | None = None

    def size(self) -> int:
        return len(self._booths)

    def set_booths(self, exhibitors: Iterable[ExhibitorView]) -> None:
        """The exhibitors placed on the map, in booth order (F-2 before F-10)."""
        self.beginResetModel()
        placed = [e for e in exhibitors if e.booth_x is not None and e.booth_y is not None]
        self._booths = sorted(placed, key=lambda e: booth_order(e.booth_code))
        self.endResetModel()

    def ids(self) -> list[str]:
        return [e.id for e in self._booths]

    def set_highlighted(self, exhibitor_id: str | None) -> None:
        if exhibitor_id == self._highlighted:
            return
        ids = self.ids()
        rows = [ids.index(i) for i in (self._highlighted, exhibitor_id) if i in ids]
        self._highlighted = exhibitor_id
        for row in rows:
            self.emit_changed(("highlighted",), row, row)

    def value(self, row: int, role: str) -> Any:
        booth = self._booths[row]
        if role == "exhibitorId":
            return booth.id
        if role == "name":
            return localize_short(booth.short_name, booth.name, self._lang)
        if role == "fullName":
            return localize(booth.name, self._lang)
        if role == "boothCode":
            return booth.booth_code or ""
        if role == "fx":
            return float(booth.booth_x or 0.0)
        if role == "fy":
            return float(booth.booth_y or 0.0)
        if role == "highlighted":
            return booth.id == self._highlighted
        return None


class MapPinModel(MapMarkerModel):
    """The booths to draw as pins: those in the visible part of the map, at most ``limit``.

    A pavilion of thousands of booths would take a second to draw as pins, and most would be
    out of sight or on top of each other. The map tells which part of it is in view; the pins
    follow with row inserts and removals only, so panning keeps the pins already drawn. When
    more booths than ``limit`` are in view (the whole map of a very large pavilion), one booth
    per cell of an even grid is drawn, so pins spread over the map instead of piling up; the
    highlighted booth is always drawn.

    144 (a 12 x 12 grid): on a map fitted whole, 225 pins (15 x 15) covered one another and
    the booths under them, and building them was most of the map's wait after a tap.
    """

    LIMIT = 144

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ExhibitorView] = []
        self._view = (0.0, 0.0, 1.0, 1.0)
        # The last view's pins: the map reports its view several times while it is built
        # and laid out (the same whole map each time); each pass over thousands of booths
        # took the UI thread tens of milliseconds during the tap that opened the map.
        self._last: tuple[tuple[object, ...], list[ExhibitorView]] | None = None

    def set_booths(self, exhibitors: Iterable[ExhibitorView]) -> None:
        """The booths of a newly shown map, which opens fitted whole."""
        placed = [e for e in exhibitors if e.booth_x is not None and e.booth_y is not None]
        self._all = sorted(placed, key=lambda e: booth_order(e.booth_code))
        self._view = (0.0, 0.0, 1.0, 1.0)
        self._last = None
        self.beginResetModel()
        self._booths = self._visible()
        self.endResetModel()

    def set_viewport(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """The part of the map in view, as fractions of its width and height."""
        self._view = (x0, y0, x1, y1)
        self._show(self._visible())

    def set_highlighted(self, exhibitor_id: str | None) -> None:
        super().set_highlighted(exhibitor_id)
        self._show(self._visible())

    def _visible(self) -> list[ExhibitorView]:
        # Booths lie on the map (0..1): a view past its edges shows what the part on it shows.
        x0, y0 = max(0.0, self._view[0]), max(0.0, self._view[1])
        x1, y1 = min(1.0, self._view[2]), min(1.0, self._view[3])
        key = (x0, y0, x1, y1, self._highlighted)
        if self._last is not None and self._last[0] == key:
            return list(self._last[1])
        shown = self._in_view(x0, y0, x1, y1)
        self._last = (key, shown)
        return list(shown)

    def _in_view(self, x0: float, y0: float, x1: float, y1: float) -> list[ExhibitorView]:
        shown = [
            e
            for e in self._all
            if x0 <= (e.booth_x or 0.0) <= x1 and y0 <= (e.booth_y or 0.0) <= y1
        ]
        if len(shown) > self.LIMIT:
            cells = max(1, int(self.LIMIT**0.5))
            width, height = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
            taken: set[tuple[int, int]] = set()
            spread = []
            for e in shown:
                cell = (
                    min(cells - 1, int(((e.booth_x or 0.0) - x0) / width * cells)),
                    min(cells - 1, int(((e.booth_y or 0.0) - y0) / height * cells)),
                )
                if cell not in taken:
                    taken.add(cell)
                    spread.append(e)
            shown = spread
        highlighted = next((e for e in self._all if e.id == self._highlighted), None)
        if highlighted is not None and highlighted not in shown:
            shown = sorted([*shown, highlighted], key=lambda e: booth_order(e.booth_code))
        return shown

    def _show(self, new: list[ExhibitorView]) -> None:
        """Turn the drawn list into ``new`` (both in booth order) by removing and inserting
        runs of rows, so the pins that stay are not rebuilt."""
        keep = {e.id for e in new}
        old = self._booths
        row = len(old) - 1
        while row >= 0:
            if old[row].id in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and old[row].id not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del old[row + 1 : last + 1]
            self.endRemoveRows()
        present = {e.id for e in old}
        row = 0
        while row < len(new):
            if row < len(old) and old[row].id == new[row].id:
                row += 1
                continue
            end = row
            while end < len(new) and new[end].id not in present:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            old[row:row] = new[row:end]
            self.endInsertRows()
            row = end

"""Fixtures for the catalogue screens: the test pack in a real database, a bridge, and each
screen loaded on its own in a 1920x1080 window (the kiosk's screen size)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from catalog_pack import import_into, write_pack
from helpers import qml_warnings, wait
from PySide6.QtQuick import QQuickView

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.resources import qml_dir
from kiosk.services.catalog import Catalog, load_catalog
from kiosk.ui import matching_page  # noqa: F401  (registers MatchingPage, which screens name)
from kiosk.ui.catalog_bridge import CatalogBridge

# The shell embeds the virtual keyboard's InputPanel; a screen tested on its own has none, and
# the keyboard's separate desktop window would then hang the offscreen platform on focus.
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")

SCREENS = ("DirectoryScreen", "ExhibitorScreen", "ProductsScreen", "MapScreen")
LANGS = ("zh-Hant", "zh-Hans", "pt", "en")


@pytest.fixture
def pack_catalog(database: Database, settings: Settings, tmp_path: Path) -> Catalog:
    """The test pack (tests/catalog_pack.py, with images and maps) imported by the real
    importer into the migrated database, then read back as the screens see it."""
    import_into(database.sessions, write_pack(tmp_path / "pack"), settings.content_dir)
    catalog = load_catalog(database.sessions, settings.content_dir)
    assert catalog is not None
    return catalog


@pytest.fixture
def bridge(qapp, pack_catalog: Catalog) -> Iterator[CatalogBridge]:
    b = CatalogBridge(pack_catalog, "en")
    yield b
    b.deleteLater()


@pytest.fixture
def warnings_seen() -> Iterator[list[str]]:
    """Every Qt warning during the test; the test fails if there is any."""
    with qml_warnings() as seen:
        yield seen
    assert seen == [], "\n".join(seen)


@pytest.fixture
def show_screen(
    qapp, bridge: CatalogBridge, warnings_seen: list[str]
) -> Iterator[Callable[[str], QQuickView]]:
    """Load a screen by name with the bridge as its ``catalog``; the view is 1920x1080."""
    views: list[QQuickView] = []

    def show(name: str, size: tuple[int, int] = (1920, 1080)) -> QQuickView:
        view = QQuickView()
        view.engine().addImportPath(str(qml_dir()))
        bridge.install(view.engine())
        view.setInitialProperties({"catalog": bridge})
        view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        view.resize(*size)
        view.loadFromModule("Kiosk", name)
        assert not view.errors(), [e.toString() for e in view.errors()]
        view.show()
        wait(250)
        views.append(view)
        return view

    yield show
    for view in views:
        view.close()
        view.deleteLater()
    wait(10)

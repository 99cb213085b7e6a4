"""Fixtures for the catalogue screens: the test pack in a real database, the page objects, and
each screen loaded on its own in a 1920x1080 window (the kiosk's screen size)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from data_templates import load_template, make_template
from helpers import qml_warnings, wait
from packs import import_into, write_showcase
from PySide6.QtQuick import QQuickView

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.resources import qml_dir
from kiosk.services.catalog import Catalog, load_catalog
from kiosk.ui import matching_page  # noqa: F401  (registers MatchingPage, which screens name)
from kiosk.ui.catalog_pages import CatalogPages
from kiosk.ui.navigation import SCREENS as NAVIGATION_SCREENS

# The shell embeds the virtual keyboard's InputPanel; a screen tested on its own has none, and
# the keyboard's separate desktop window would then hang the offscreen platform on focus.
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")

SCREENS = ("DirectoryScreen", "ExhibitorScreen", "ProductsScreen", "MapScreen")
SCREEN_NAMES = {s.qml.removesuffix(".qml"): s for s in NAVIGATION_SCREENS.values()}
PAGES = ("directoryPage", "exhibitorPage", "productsPage", "mapPage")
LANGS = ("zh-Hant", "zh-Hans", "pt", "en")


@pytest.fixture(scope="session")
def catalog_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the test pack (``showcase_content()`` in tests/packs.py, with
    images and maps),
    imported by the real importer once per worker (tests/data_templates.py)."""
    folder = tmp_path_factory.mktemp("catalog")
    pack = write_showcase(folder / "pack")
    return make_template(
        folder / "data", lambda db, settings: import_into(db.sessions, pack, settings.content_dir)
    )


@pytest.fixture
def pack_catalog(database: Database, settings: Settings, catalog_template: Path) -> Catalog:
    """The test pack in this test's own copy of ``catalog_template``, read back as the
    screens see it."""
    load_template(catalog_template, database, settings)
    catalog = load_catalog(database.sessions, settings.content_dir)
    assert catalog is not None
    return catalog


@pytest.fixture
def pages(qapp, pack_catalog: Catalog) -> Iterator[CatalogPages]:
    """The four catalogue pages over the test pack, in English."""
    created = CatalogPages.create(pack_catalog, "en")
    yield created
    created.delete_later()


@pytest.fixture
def warnings_seen() -> Iterator[list[str]]:
    """Every Qt warning during the test; the test fails if there is any."""
    with qml_warnings() as seen:
        yield seen
    assert seen == [], "\n".join(seen)


@pytest.fixture
def show_screen(
    qapp, pages: CatalogPages, warnings_seen: list[str]
) -> Iterator[Callable[[str], QQuickView]]:
    """Load a screen by name with its page object (as the window passes it); 1920x1080."""
    views: list[QQuickView] = []

    def show(name: str, size: tuple[int, int] = (1920, 1080)) -> QQuickView:
        view = QQuickView()
        view.engine().addImportPath(str(qml_dir()))
        pages.exhibitor.install(view.engine())
        screen = SCREEN_NAMES[name]
        view.setInitialProperties({b: pages.as_bridges()[b] for b in screen.bridges if b in PAGES})
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

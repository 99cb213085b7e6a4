"""Qt fixtures: the real kiosk window on a fresh migrated database, driven by real taps.

The platform is chosen in tests/conftest.py before Qt loads. ``kiosk`` builds the complete
window (fonts, translations, bridges, QML) and fails the test on any QML warning; ``event``
loads a small multilingual event into the database first, for tests that need content.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

assert os.environ.get("QT_QPA_PLATFORM"), "tests/conftest.py must select the offscreen platform"
# What the kiosk sets before its application exists (the on-screen keyboard's module, style and
# layouts): Qt Virtual Keyboard reads them once per process, when a test's screen first shows
# the keyboard, which need not be in a whole kiosk window.
from kiosk.ui.app import prepare_environment  # noqa: E402

prepare_environment()

from helpers import KioskDriver, open_kiosk  # noqa: E402
from sample_event import insert_sample_event  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.data.database import Database  # noqa: E402


@pytest.fixture(scope="session")
def i18n_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled translations shared by the session's windows (lrelease runs once)."""
    return tmp_path_factory.mktemp("i18n")


@pytest.fixture(scope="session")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the bundled sample pack imported (once per session; copy it)."""
    from kiosk.content.importer import import_pack
    from kiosk.data.database import open_database
    from kiosk.resources import sample_pack_dir

    folder = tmp_path_factory.mktemp("sample-data")
    template = Settings(data_dir=folder)
    database = open_database(template)
    try:
        import_pack(database.sessions, sample_pack_dir(), template.content_dir)
    finally:
        database.dispose()
    return folder


@pytest.fixture
def event(database: Database, settings: Settings) -> str:
    """A small event in all four languages, active; returns its id."""
    return insert_sample_event(database.sessions, settings.content_dir)


@pytest.fixture
def kiosk(
    qapp, qtbot, settings: Settings, database: Database, i18n_cache: Path
) -> Iterator[KioskDriver]:
    """The real kiosk window on an empty database (windowed 960x540: the canvas scales);
    the test fails on any QML warning."""
    yield from open_kiosk(qtbot, settings, i18n_cache)


@pytest.fixture
def kiosk_event(
    qapp, qtbot, settings: Settings, event: str, i18n_cache: Path
) -> Iterator[KioskDriver]:
    """The real kiosk window showing the sample event."""
    yield from open_kiosk(qtbot, settings, i18n_cache)


@pytest.fixture
def kiosk_sample(
    qapp, qtbot, settings: Settings, sample_data: Path, i18n_cache: Path
) -> Iterator[KioskDriver]:
    """The real kiosk window showing the bundled sample pack (46 exhibitors, 4 languages)."""
    shutil.copytree(sample_data, settings.data_dir)
    yield from open_kiosk(qtbot, settings, i18n_cache)


@pytest.fixture
def kiosk_matching(
    qapp, qtbot, settings: Settings, database: Database, i18n_cache: Path
) -> Iterator[KioskDriver]:
    """The real kiosk window on the bundled sample loaded as ``kiosk run`` loads it: its
    business matching sessions start today, so their slots can be booked."""
    from kiosk.services.startup import ensure_content

    ensure_content(database, settings)
    yield from open_kiosk(qtbot, settings, i18n_cache)


# Fixtures of the catalogue screens' tests (test pack, page objects, one screen in a window).
from catalog_harness import (  # noqa: E402, F401
    catalog_template,
    pack_catalog,
    pages,
    show_screen,
    warnings_seen,
)

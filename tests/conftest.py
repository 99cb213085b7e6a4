"""Fixtures shared by every test: a fresh data folder and a migrated SQLite database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real display in tests, and must pick this before it loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from kiosk.config import Settings
from kiosk.data.database import Database, open_database

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at an empty data folder of this test's own."""
    return Settings(data_dir=tmp_path / "data", windowed=True, hide_cursor=False)


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    """A real SQLite file, migrated to head by the real Alembic chain."""
    db = open_database(settings)
    yield db
    db.dispose()


@pytest.fixture
def catalog_db(database: Database) -> Database:
    """The migrated database holding the small test catalogue of tests/content_rows.py."""
    from content_rows import write_catalog

    write_catalog(database.sessions)
    return database

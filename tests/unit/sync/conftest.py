"""Kiosk databases for the sync tests (the PostgreSQL fixtures live in tests/pg_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.data.database import Database, open_database


@pytest.fixture
def make_kiosk(tmp_path: Path) -> Iterator:
    """Open (migrated) kiosk databases in their own data folders: ``make_kiosk("a")``."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = open_database(Settings(data_dir=tmp_path / name))
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()

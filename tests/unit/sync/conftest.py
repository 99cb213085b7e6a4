"""Kiosk databases for the sync tests (the PostgreSQL fixtures live in tests/pg_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from data_templates import copy_template

from kiosk.config import DATABASE_FILENAME, Settings
from kiosk.data.database import Database, open_database


@pytest.fixture
def make_kiosk(tmp_path: Path, migrated_template: Path) -> Iterator:
    """Open (migrated) kiosk databases in their own data folders: ``make_kiosk("a")``; a new
    one starts as a copy of ``migrated_template``, an existing one is opened again."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        settings = Settings(data_dir=tmp_path / name)
        if not (settings.data_dir / DATABASE_FILENAME).exists():
            copy_template(migrated_template, settings)
        database = open_database(settings)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()

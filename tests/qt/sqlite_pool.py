"""Fixtures of the staff tests that need a central pool but not PostgreSQL: the pool in a
plain SQLite file (fixture ``pool_url``), and the kiosk's settings pointing at it (they
replace ``settings``). A module imports both (``from sqlite_pool import pool_settings,
sqlite_pool_url``); a test may give another URL by parametrizing ``pool_url``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Settings


@pytest.fixture(name="pool_url")
def sqlite_pool_url(tmp_path: Path) -> str:
    """A pool in a plain SQLite file."""
    return f"sqlite:///{tmp_path / 'pool.db'}"


@pytest.fixture(name="settings")
def pool_settings(tmp_path: Path, pool_url: str) -> Settings:
    """This test's data folder, its kiosk feeding the pool at ``pool_url``."""
    return Settings(
        data_dir=tmp_path / "data", windowed=True, hide_cursor=False, central_database_url=pool_url
    )

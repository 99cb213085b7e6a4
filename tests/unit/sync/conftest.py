"""A real PostgreSQL for the sync tests: one throwaway cluster per test session, one database per
test. The tests are skipped (with the reason) only when the server binaries are not installed;
``packaging/setup-dev.sh`` installs Debian's ``postgresql`` so CI always runs them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgcluster import PostgresCluster, start_cluster
from sqlalchemy import Engine

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.sync.engine import open_central

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = start_cluster()
    if cluster is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: "
            "install Debian's 'postgresql' package (packaging/setup-dev.sh does)"
        )
    yield cluster
    cluster.remove()


@pytest.fixture
def central_url(pg_cluster: PostgresCluster) -> str:
    """The URL of a new, empty database in the throwaway cluster."""
    return pg_cluster.create_database(f"pool_{next(_names)}")


@pytest.fixture
def central(central_url: str) -> Iterator[Engine]:
    """An engine on a pool migrated to head by the real central Alembic chain."""
    engine = open_central(central_url)
    yield engine
    engine.dispose()


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

"""A real PostgreSQL for the tests that need the central pool (a pytest plugin, loaded by
tests/conftest.py so unit and Qt tests share one cluster): one throwaway cluster per test
session, one database per test. The tests are skipped (with the reason) only when the server
binaries are not installed; ``packaging/setup-dev.sh`` installs Debian's ``postgresql`` so CI
always runs them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from pgcluster import PostgresCluster, start_cluster
from sqlalchemy import Engine

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

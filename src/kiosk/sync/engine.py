"""Engines for the central pool: short connect timeouts, TCP keepalives, a clear error when away.

A kiosk's link to the pool can be cut, frozen or slow, so every PostgreSQL connection gets a
connect timeout, keepalives and ``tcp_user_timeout`` (Linux; Windows ignores it, which is why the
pusher also puts its own deadline on every batch). Options already in the URL win. A plain
``postgresql://`` URL means psycopg 3, the driver the kiosk ships with. A SQLite URL is a pool
too: an office laptop can merge USB sticks into ``sqlite:///pool.db`` with no server at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from kiosk.data.engine import make_engine
from kiosk.data.migrate import upgrade
from kiosk.errors import KioskError

CONNECT_TIMEOUT_S = 5
POSTGRES_OPTIONS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # ms
    "application_name": "pavilion-kiosk",
}


def central_url(url: str) -> URL:
    """The parsed URL with the kiosk's PostgreSQL driver; a clear error for anything else."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise KioskError(
            f"central database: {url!r} is not a database URL "
            "(expected e.g. postgresql+psycopg://user:password@host/pool)"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql" and parsed.drivername in ("postgresql", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend not in ("postgresql", "sqlite"):
        raise KioskError(f"central database: {backend} is not supported (PostgreSQL or SQLite)")
    return parsed


def describe(url: str | URL) -> str:
    """The URL without its password, for messages."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def make_central_engine(url: str, *, connect_timeout_s: float | None = None) -> Engine:
    """An engine on the pool. Connections are not pooled: a link that died while idle must not
    hand the next push a half-dead socket."""
    parsed = central_url(url)
    if parsed.get_backend_name() == "sqlite":
        return make_engine(parsed.render_as_string(hide_password=False))
    options = {k: v for k, v in POSTGRES_OPTIONS.items() if k not in parsed.query}
    if connect_timeout_s is not None:
        options["connect_timeout"] = max(2, round(connect_timeout_s))
    return create_engine(parsed, poolclass=NullPool, connect_args=options)


def reason(exc: BaseException) -> str:
    """The first line of a driver error ("connection refused", "timeout expired"), no SQL."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return lines[0] if lines else original.__class__.__name__


def open_central(url: str, *, migrate: bool = True) -> Engine:
    """An engine on the pool, its schema brought to head; unreachable is a clear error."""
    engine = make_central_engine(url)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise KioskError(
            f"cannot reach the central database {describe(engine.url)}: {reason(exc)}"
        ) from exc
    if migrate:
        try:
            upgrade(engine, central=True)
        except KioskError as exc:
            engine.dispose()
            raise KioskError(f"central database {describe(engine.url)}: {exc}") from exc
    return engine

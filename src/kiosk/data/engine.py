"""Engine and session factories. SQLite gets the pragmas that make a saved lead durable.

Every SQLite connection runs with ``journal_mode=WAL`` (readers never block the writer),
``synchronous=FULL`` (a commit that returned survives a power cut), ``foreign_keys=ON`` and a
busy timeout, so a second process (the CLI during a running kiosk) waits instead of failing.

No engine ever puts a statement's parameters in an error message (``hide_parameters``): they
are visitors' names and emails, and error messages end up in the log. A SQLite file is
created 0600 (``kiosk.private_files``), and its -wal and -shm files inherit that mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.errors import KioskError
from kiosk.private_files import PRIVATE_DIR, PRIVATE_FILE, private_file, tighten

BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver must not open a transaction around PRAGMA journal_mode.
    previous = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    try:
        cursor = dbapi_connection.cursor()
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
        cursor.close()
    finally:
        dbapi_connection.isolation_level = previous


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; for a SQLite file the folder is created and the pragmas set."""
    parsed = make_url(url)
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            path = Path(database).expanduser().resolve()
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
            except OSError as exc:
                raise KioskError(
                    f"cannot create the data folder {path.parent}: {exc.strerror}"
                ) from exc
            private_file(path)
            for suffix in ("-wal", "-shm", "-journal"):
                tighten(path.with_name(path.name + suffix), PRIVATE_FILE)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (the UI reads them afterwards).

    Every new fact row also queues itself in the sync outbox, in the same transaction.
    """
    sessions = sessionmaker(engine, expire_on_commit=False)
    outbox.install(sessions)
    return sessions

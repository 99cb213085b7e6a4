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
from sqlalchemy.engine import URL, make_url
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


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL (``sqlite:///path`` or ``sqlite:///file:path?...&uri=true``),
    or None for another database or an in-memory one."""
    parsed = make_url(url)
    name = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if not name or name == ":memory:":
        return None
    if name.startswith("file:"):
        if parsed.query.get("uri") != "true":
            return None
        name = name.removeprefix("file:")
    return Path(name).expanduser().resolve()


def database_folder(engine: Engine) -> Path | None:
    """The folder holding the engine's SQLite file (the kiosk's data folder), if any."""
    path = sqlite_file(engine.url)
    return path.parent if path is not None else None


def is_read_only(engine: Engine) -> bool:
    """True for an engine opened read-only (``open_read_only``)."""
    return engine.url.get_backend_name() == "sqlite" and engine.url.query.get("mode") == "ro"


def read_only_url(path: Path, *, immutable: bool) -> str:
    """A URL that opens the SQLite file ``path`` for reading only (``immutable``: nothing can
    change it, so SQLite needs no ``-shm`` file beside it)."""
    query = "mode=ro" + ("&immutable=1" if immutable else "") + "&uri=true"
    return f"sqlite:///file:{path}?{query}"


def make_engine(url: str, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; for a SQLite file the folder is created and the pragmas set.

    ``key``: open the file with SQLCipher under this raw key (``kiosk.data.cipher``); the key
    is the first statement on every connection, before the pragmas.
    """
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
        if key is None:
            engine = create_engine(url, **kwargs)
        else:
            from kiosk.data import cipher

            module = cipher.driver()
            cipher.quiet_logging(module)
            engine = create_engine(url, module=module, **kwargs)
            event.listen(engine, "connect", lambda conn, _rec: cipher.apply_key(conn, key))
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

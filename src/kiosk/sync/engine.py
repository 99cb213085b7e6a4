"""Engines for the central pool: short connect timeouts, TCP keepalives, a clear error when away.

A kiosk's link to the pool can be cut, frozen or slow, so every PostgreSQL connection gets a
connect timeout, keepalives and ``tcp_user_timeout`` (Linux; Windows ignores it). A frozen link
(a stalled bridge that still answers TCP) defeats all three, so every exchange with the pool
(each statement, commit and rollback) also runs under a deadline of its own,
``STATEMENT_DEADLINE_S`` unless a :func:`deadline` block around it allows more (the central
export's large queries) or less (the pusher's batches, the status query): no command waits on a
frozen link for much more than 20 s. Options already in the URL win. A plain
``postgresql://`` URL means psycopg 3, the driver the kiosk ships with. A SQLite URL is a pool
too: an office laptop can merge USB sticks into ``sqlite:///pool.db`` with no server at all.
"""

from __future__ import annotations

import socket
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from kiosk.data.engine import make_engine
from kiosk.data.migrate import upgrade
from kiosk.errors import KioskError

CONNECT_TIMEOUT_S = 5
STATEMENT_DEADLINE_S = 20.0  # one exchange with the pool; merges and copies are chunked below it
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
    # hide_parameters: a refused row's values (visitors' details) never reach an error message
    engine = create_engine(parsed, poolclass=NullPool, connect_args=options, hide_parameters=True)
    _guard_exchanges(engine)
    return engine


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


def describe_error(exc: BaseException) -> str:
    """One line for a failed exchange with the pool: a timeout as it is, else the error's kind
    and the driver's first line."""
    if isinstance(exc, CentralTimeout):
        return str(exc)
    return f"{exc.__class__.__name__}: {reason(exc)}"


# SQLSTATE classes that blame a row's content (PostgreSQL, Appendix A "Error Codes"): 22 data
# exception (22001 value too long, 22P05 untranslatable character, 22007 bad datetime, ...) and
# 23 integrity constraint violation (23502 not null, 23514 check, ...). Sent again, the same row
# fails again. Every other class is about the link or the pool as a whole, not one row: 08
# connection, 40 rollback (deadlock, serialisation), 53 resources, 57 operator intervention
# (shutdown, cancel), 42 a pool schema out of step. Those are retried, with backoff.
ROW_SQLSTATE_CLASSES = frozenset({"22", "23"})


def rejects_row(exc: BaseException) -> bool:
    """True when the pool refused a row for good because of what is in it, so sending it again
    cannot help; False for a failure of the link or the pool, which a retry may cure."""
    if isinstance(exc, CentralTimeout):
        return False
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, UnicodeError):  # a value the driver cannot even encode
        return True
    sqlstate = getattr(original, "sqlstate", None)  # psycopg, when the server answered
    if sqlstate:
        return sqlstate[:2] in ROW_SQLSTATE_CLASSES
    # No SQLSTATE: psycopg refused the value before sending it (a NUL in a text, DataError),
    # or a SQLite pool's constraint failed (IntegrityError). Lost links are OperationalError.
    return isinstance(exc, DataError | IntegrityError)


class CentralTimeout(KioskError):
    """The pool did not answer within the deadline."""


def _timeout(seconds: float) -> CentralTimeout:
    return CentralTimeout(f"timeout: no answer from the central database within {seconds:g} s")


# Deadlines of :func:`deadline` blocks in progress, by DBAPI connection: they replace
# STATEMENT_DEADLINE_S for the exchanges inside.
_BLOCK_DEADLINES: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()
# Connections whose socket a deadline shut: their rollback is the server's (it drops the
# transaction with the connection), so the driver is not asked to send one on a dead socket,
# which would replace the timeout with a vaguer "connection lost".
_CUT: weakref.WeakSet[Any] = weakref.WeakSet()


def _raw(connection: Any) -> Any:
    """The driver's own connection behind SQLAlchemy's pool proxies."""
    while hasattr(connection, "dbapi_connection"):
        connection = connection.dbapi_connection
    return connection


def _fd_of(dbapi_connection: Any) -> int | None:
    try:
        fd = dbapi_connection.pgconn.socket
    except Exception:  # closed or broken: the driver's own error comes next
        return None
    return fd if isinstance(fd, int) and fd >= 0 else None


def _guarded(method: Any, connection_of: Any, *, rollback: bool = False) -> Any:
    def run(*args: Any, **kwargs: Any) -> Any:
        dbapi = _raw(connection_of(args))
        if rollback and dbapi in _CUT:
            _CUT.discard(dbapi)
            return None
        fd = _fd_of(dbapi)
        if fd is None:
            return method(*args, **kwargs)
        seconds = _BLOCK_DEADLINES.get(dbapi, STATEMENT_DEADLINE_S)
        guard = _Deadline(fd, seconds)
        try:
            with guard:
                return method(*args, **kwargs)
        except Exception as exc:
            if guard.fired:
                _CUT.add(dbapi)
                raise _timeout(seconds) from exc
            raise

    return run


def _guard_exchanges(engine: Engine) -> None:
    """Put every statement, commit and rollback of ``engine`` (PostgreSQL) under a deadline.

    The dialect is this engine's own instance, so only the pool's exchanges are wrapped."""
    dialect = engine.dialect
    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        setattr(dialect, name, _guarded(getattr(dialect, name), lambda a: a[0].connection))
    dialect.do_commit = _guarded(dialect.do_commit, lambda a: a[0])  # type: ignore[method-assign]
    dialect.do_rollback = _guarded(  # type: ignore[method-assign]
        dialect.do_rollback, lambda a: a[0], rollback=True
    )


class _Deadline:
    """Shuts a socket down if the block it guards outlives ``seconds``."""

    def __init__(self, fd: int, seconds: float) -> None:
        self._fd = fd
        self._lock = threading.Lock()
        self._done = False
        self.fired = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            sock = socket.socket(fileno=self._fd)
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            finally:
                sock.detach()  # the driver owns the descriptor

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._done = True
            self._timer.cancel()


def _socket_of(connection: Connection) -> int | None:
    pgconn = getattr(connection.connection.dbapi_connection, "pgconn", None)
    return pgconn.socket if pgconn is not None else None


@contextmanager
def deadline(connection: Connection, seconds: float) -> Iterator[None]:
    """Fail the block with :class:`CentralTimeout` if the pool has not answered in ``seconds``.

    A frozen link keeps TCP open and keepalives cannot tell (nor can ``tcp_user_timeout`` on
    Windows), so the socket is shut down from a timer thread and the driver's wait ends at once.
    A SQLite pool is a local file: nothing to guard.
    """
    fd = _socket_of(connection)
    if fd is None or fd < 0:
        yield
        return
    key = connection.connection.dbapi_connection
    outer = _BLOCK_DEADLINES.get(key)
    _BLOCK_DEADLINES[key] = seconds
    guard = _Deadline(fd, seconds)
    try:
        with guard:
            yield
    except Exception as exc:
        if guard.fired:
            raise _timeout(seconds) from exc
        raise
    finally:
        if outer is None:
            _BLOCK_DEADLINES.pop(key, None)
        else:
            _BLOCK_DEADLINES[key] = outer

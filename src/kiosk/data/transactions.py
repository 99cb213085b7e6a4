"""Transactions a plain session does not give: a read snapshot, an up-front write lock.

Python's sqlite3 driver starts no transaction for SELECTs and only a deferred one before the
first write, so a sequence of reads sees a moving database. An export reads leads in many
batches while the kiosk keeps capturing; ``read_snapshot`` makes all its reads see one state
(in WAL mode this never blocks the kiosk's writes), so the rows written, counted and recorded
agree. A wipe must decide and delete with nothing changing in between; ``write_locked`` takes
the write lock before its first read (kept short: other writers wait for it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker


def engine_of(sessions: sessionmaker[Session]) -> Engine:
    """The engine a session factory is bound to."""
    bind = sessions.kw.get("bind")
    if not isinstance(bind, Engine):
        raise TypeError("the session factory is not bound to an engine")
    return bind


@contextmanager
def _sqlite_transaction(
    sessions: sessionmaker[Session], begin: str, commit: bool
) -> Iterator[Connection]:
    """Run ``begin`` ourselves on a SQLite connection the driver does not manage meanwhile."""
    with engine_of(sessions).connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        previous = raw.isolation_level
        raw.isolation_level = None  # autocommit mode: the driver issues no BEGIN/COMMIT
        raw.execute(begin)
        try:
            yield conn
            if raw.in_transaction:
                raw.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raw.isolation_level = previous


@contextmanager
def _transaction(
    sessions: sessionmaker[Session], *, sqlite_begin: str, isolation: str, commit: bool
) -> Iterator[Connection]:
    if engine_of(sessions).dialect.name == "sqlite":
        with _sqlite_transaction(sessions, sqlite_begin, commit) as conn:
            yield conn
        return
    with engine_of(sessions).connect() as conn:
        isolated = conn.execution_options(isolation_level=isolation)
        with isolated.begin() as transaction:
            yield isolated
            if not commit:
                transaction.rollback()


def read_snapshot(sessions: sessionmaker[Session]) -> AbstractContextManager[Connection]:
    """A connection whose every SELECT sees the database as of its first one."""
    return _transaction(sessions, sqlite_begin="BEGIN", isolation="REPEATABLE READ", commit=False)


def write_locked(sessions: sessionmaker[Session]) -> AbstractContextManager[Connection]:
    """A transaction that holds the write lock from its start and commits on success."""
    return _transaction(
        sessions, sqlite_begin="BEGIN IMMEDIATE", isolation="SERIALIZABLE", commit=True
    )


def reclaim_space(sessions: sessionmaker[Session]) -> None:
    """After deleting personal data: rebuild the file (VACUUM) and empty the WAL.

    Deleted rows otherwise linger in free pages and in the write-ahead log. Other databases
    manage their own space; nothing is done for them.
    """
    engine = engine_of(sessions)
    if engine.dialect.name != "sqlite":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM"))
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

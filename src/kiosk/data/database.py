"""A migrated database handle: engine at the schema head plus its session factory.

A data folder that cannot be written (a read-only mount, a full backup copied to a CD, a disk
remounted read-only after an error) is opened read-only: SQLite cannot create its ``-wal`` and
``-shm`` files there, so the file is opened as immutable and no migration is tried when it is
already at head. Reading (``kiosk leads list``, ``kiosk export``) then still works; any write
fails with one clear line (``kiosk.data.storage``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.data.engine import make_engine, make_session_factory, read_only_url, sqlite_file
from kiosk.data.migrate import is_at_head
from kiosk.data.migrate import upgrade as run_upgrade
from kiosk.errors import KioskError
from kiosk.private_files import private_dir


@dataclass
class Database:
    """An engine and its session factory; ``dispose()`` closes the pool."""

    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    read_only: bool = False

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """Open the configured database, applying migrations first (the app upgrades at start).

    The data folder is made private first (0700): it holds the visitors' data. In a folder
    that cannot be written, an existing database is opened read-only.
    """
    try:
        private_dir(settings.data_dir)
    except OSError as exc:
        raise KioskError(
            f"cannot create the data folder {settings.data_dir}: {exc.strerror}"
        ) from exc
    path = sqlite_file(settings.effective_database_url)
    if path is not None and path.is_file() and not writable(path.parent):
        return open_read_only(path)
    engine = make_engine(settings.effective_database_url)
    if upgrade:
        try:
            run_upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine, make_session_factory(engine))


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (a read-only mount says no even to root)."""
    return os.access(folder, os.W_OK | os.X_OK)


def open_read_only(path: Path) -> Database:
    """The SQLite file ``path`` in a folder that cannot be written, for reading only."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    pending = wal.exists() and wal.stat().st_size > 0
    if pending and not shm.exists():
        raise KioskError(
            f"the data folder {path.parent} is read-only and {wal.name} holds changes not yet"
            f" written into {path.name}: make the folder writable once (any kiosk command then"
            " merges them), then try again"
        )
    engine = make_engine(read_only_url(path, immutable=not pending))
    try:
        if not is_at_head(engine):
            raise KioskError(
                f"the database {path} needs an upgrade to this kiosk version, but its folder"
                f" {path.parent} is read-only: make it writable, then try again"
            )
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), read_only=True)

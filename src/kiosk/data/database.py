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
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.data import cipher, keystore
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
    # Where the SQLCipher key came from; None: the file is plain SQLite (or not SQLite).
    key_source: keystore.KeySource | None = None

    @property
    def encrypted(self) -> bool:
        return self.key_source is not None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """Open the configured database, applying migrations first (the app upgrades at start).

    The data folder is made private first (0700): it holds the visitors' data. In a folder
    that cannot be written, an existing database is opened read-only. An encrypted SQLite file
    opens with the key the OS keeps (``keystore``); a new file is created encrypted when a key
    is configured; a plain file stays plain until ``kiosk db encrypt``. A missing or wrong key
    is a clear error before anything is written.
    """
    try:
        private_dir(settings.data_dir)
    except OSError as exc:
        raise KioskError(
            f"cannot create the data folder {settings.data_dir}: {exc.strerror}"
        ) from exc
    url = settings.effective_database_url
    source = _key_for(url, settings)
    key = keystore.load_key(source, settings) if source else None
    path = sqlite_file(url)
    if path is not None and path.is_file() and not writable(path.parent):
        return open_read_only(path, key, source)
    engine = make_engine(url, key=key)
    if key is not None:
        _check_key(engine, url)
    if upgrade:
        try:
            run_upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine, make_session_factory(engine), key_source=source)


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (a read-only mount says no even to root)."""
    return os.access(folder, os.W_OK | os.X_OK)


def open_read_only(
    path: Path, key: bytes | None = None, source: keystore.KeySource | None = None
) -> Database:
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
    engine = make_engine(read_only_url(path, immutable=not pending), key=key)
    try:
        if not is_at_head(engine):
            raise KioskError(
                f"the database {path} needs an upgrade to this kiosk version, but its folder"
                f" {path.parent} is read-only: make it writable, then try again"
            )
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), read_only=True, key_source=source)


def _key_for(url: str, settings: Settings) -> keystore.KeySource | None:
    """The key to open ``url`` with: needed for an encrypted file, used for a new one."""
    path = sqlite_file(url)
    if path is None:
        return None
    state = cipher.file_state(path)
    if state == cipher.PLAIN:
        return None
    source = keystore.find_key(settings)
    if settings.db_key_file is not None and source is None:
        raise KioskError(
            f"database key {settings.db_key_file} (KIOSK_DB_KEY_FILE) not found; nothing was opened"
        )
    if state == cipher.ENCRYPTED and source is None:
        looked = ", ".join(c.describe() for c in keystore.candidates(settings))
        raise KioskError(
            f"database {path} is encrypted and no key was found (looked at {looked}); "
            "nothing was changed"
        )
    return source


def _check_key(engine: Engine, url: str) -> None:
    try:
        with engine.connect():
            pass  # the connect hooks read the first page (PRAGMA journal_mode)
    except (DatabaseError, cipher.driver().DatabaseError) as exc:
        engine.dispose()
        raise KioskError(
            f"database {sqlite_file(url)}: the key does not open it (wrong key, or not a "
            "kiosk database); nothing was changed"
        ) from exc

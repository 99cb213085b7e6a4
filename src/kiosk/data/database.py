"""A migrated database handle: engine at the schema head plus its session factory."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.data.migrate import upgrade as run_upgrade
from kiosk.errors import KioskError
from kiosk.private_files import private_dir


@dataclass
class Database:
    """An engine and its session factory; ``dispose()`` closes the pool."""

    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """Open the configured database, applying migrations first (the app upgrades at start).

    The data folder is made private first (0700): it holds the visitors' data."""
    try:
        private_dir(settings.data_dir)
    except OSError as exc:
        raise KioskError(
            f"cannot create the data folder {settings.data_dir}: {exc.strerror}"
        ) from exc
    engine = make_engine(settings.effective_database_url)
    if upgrade:
        try:
            run_upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine, make_session_factory(engine))

"""A migrated database handle: engine at the schema head plus its session factory."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.data.migrate import upgrade as run_upgrade


@dataclass
class Database:
    """An engine and its session factory; ``dispose()`` closes the pool."""

    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """Open the configured database, applying migrations first (the app upgrades at start)."""
    engine = make_engine(settings.effective_database_url)
    if upgrade:
        try:
            run_upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine, make_session_factory(engine))

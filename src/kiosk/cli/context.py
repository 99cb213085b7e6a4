"""The CLI's composition root: settings from the environment and the command-line options."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import Settings, settings_from_env

if TYPE_CHECKING:
    from kiosk.data.database import Database

__all__ = ["Database", "database_from_args", "open_database", "settings_from_args"]


def __getattr__(name: str) -> Any:
    """``Database`` loads SQLAlchemy: only when a command asks for it, so that ``kiosk run``
    shows its first picture before (``kiosk.ui.curtain``)."""
    if name == "Database":
        from kiosk.data.database import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """``kiosk.data.database.open_database``, imported when a command opens the database."""
    from kiosk.data.database import open_database as open_migrated

    return open_migrated(settings, upgrade=upgrade)


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Environment settings with the command-line options laid over them."""
    data_dir = getattr(args, "data_dir", None)
    return settings_from_env().with_overrides(
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        database_url=getattr(args, "database", None),
        central_database_url=getattr(args, "central_database", None),
        debug=True if getattr(args, "debug", False) else None,
    )


@contextmanager
def database_from_args(args: argparse.Namespace) -> Iterator[Database]:
    """The migrated database the options name, closed when the command is done."""
    database = open_database(settings_from_args(args))
    try:
        yield database
    finally:
        database.dispose()

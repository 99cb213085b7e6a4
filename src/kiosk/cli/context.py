"""The CLI's composition root: settings from the environment and the command-line options."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.config import Settings, settings_from_env
from kiosk.data.database import Database, open_database

__all__ = ["Database", "database_from_args", "open_database", "settings_from_args"]


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

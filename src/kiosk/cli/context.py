"""The CLI's composition root: settings from the environment and the command-line options."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.config import Settings, settings_from_env
from kiosk.data.database import Database, open_database

__all__ = ["Database", "open_database", "settings_from_args"]


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Environment settings with the command-line options laid over them."""
    data_dir = getattr(args, "data_dir", None)
    return settings_from_env().with_overrides(
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        database_url=getattr(args, "database", None),
        central_database_url=getattr(args, "central_database", None),
        debug=True if getattr(args, "debug", False) else None,
    )

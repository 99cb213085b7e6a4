"""Data folders made once per test worker and copied for each test.

Migrating a new SQLite database through the Alembic chain costs about half a second, and
importing a content pack with its images seconds; hundreds of tests need one or both. A
template is made once per worker by the real parts (the real migrations, the real importer)
and each test gets a byte copy of the whole folder, database file and content files: the same
data folder, for a small part of the time. The migrations and the importer keep their own
tests, which start from empty folders.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from kiosk.config import DATABASE_FILENAME, Settings
from kiosk.data.database import Database, open_database


def make_template(folder: Path, fill: Callable[[Database, Settings], object] | None = None) -> Path:
    """A data folder at ``folder``: a database migrated to head, then ``fill``ed (content
    imported, rows written); returns ``folder``."""
    settings = Settings(data_dir=folder)
    database = open_database(settings)
    try:
        if fill is not None:
            fill(database, settings)
        with database.engine.connect() as connection:
            # Everything into the main file: a copy must not need a -wal file beside it.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return folder


def copy_template(template: Path, settings: Settings) -> None:
    """Make ``settings``' data folder a copy of ``template`` (modes kept: 0700, 0600)."""
    shutil.copytree(template, settings.data_dir, dirs_exist_ok=True)


def load_template(template: Path, database: Database, settings: Settings) -> None:
    """Replace the data folder of an open ``database`` by a copy of ``template``.

    For fixtures that come after ``database``: its connections are closed first (the engine
    opens new ones on the copied file when next used), and the old file's -wal and -shm go.
    """
    database.dispose()
    for leftover in ("-wal", "-shm"):
        (settings.data_dir / f"{DATABASE_FILENAME}{leftover}").unlink(missing_ok=True)
    copy_template(template, settings)

"""Apply the Alembic migrations in the top-level ``db/`` folder (shipped inside the package).

The central pool's chain lives in ``db/central/`` and runs through the same functions with
``central=True``.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from alembic import command, context
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData
from sqlalchemy.exc import SQLAlchemyError

from kiosk.errors import KioskError
from kiosk.resources import central_migrations_dir, migrations_dir

# The central chain records its revision in its own table, so a pool can never be mistaken
# for a kiosk database (or the other way round) even when both are SQLite files.
CENTRAL_VERSION_TABLE = "central_alembic_version"


def alembic_config(*, central: bool = False) -> Config:
    config = Config()
    location = central_migrations_dir() if central else migrations_dir()
    config.set_main_option("script_location", str(location))
    return config


def head_revision(*, central: bool = False) -> str | None:
    return ScriptDirectory.from_config(alembic_config(central=central)).get_current_head()


def current_revision(engine: Engine, *, central: bool = False) -> str | None:
    opts = {"version_table": CENTRAL_VERSION_TABLE} if central else {}
    with engine.connect() as connection:
        return MigrationContext.configure(connection, opts=opts).get_current_revision()


def upgrade(engine: Engine, revision: str = "head", *, central: bool = False) -> None:
    """Bring the database to ``revision`` in one transaction: all of it or none of it.

    On SQLite the driver runs DDL outside any transaction, so a kiosk killed while creating its
    tables on first start would be left half-built and never start again ("table ... already
    exists"). Here the whole upgrade runs inside one explicit ``BEGIN IMMEDIATE``.
    """
    config = alembic_config(central=central)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            sqlite = connection.dialect.name == "sqlite"
            previous = raw.isolation_level if sqlite else None
            try:
                if sqlite:
                    raw.isolation_level = None  # the driver must not commit around our DDL
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
            finally:
                if sqlite:
                    raw.isolation_level = previous
    except SQLAlchemyError as exc:
        raise KioskError(f"database migration failed: {exc.__class__.__name__}: {exc}") from exc


def run_env(
    metadata: MetaData,
    *,
    url_variable: str,
    engine_factory: Callable[[str], Engine],
    version_table: str = "alembic_version",
) -> None:
    """The body of an ``env.py``: migrate the connection handed over by :func:`upgrade`, or,
    run by hand (``alembic -c .../alembic.ini``), an engine on ``$url_variable``."""
    config = context.config

    def run(connection: Connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table=version_table,
            # SQLite cannot ALTER most things; batch mode copies the table
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()

    if context.is_offline_mode():
        raise SystemExit("offline (SQL script) migrations are not supported")
    connection = config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    url = os.environ.get(url_variable) or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit(f"set {url_variable} or sqlalchemy.url to run Alembic by hand")
    with engine_factory(url).begin() as by_hand:
        run(by_hand)

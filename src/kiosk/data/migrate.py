"""Apply the Alembic migrations in the top-level ``db/`` folder (shipped inside the package).

The central pool's chain lives in ``db/central/`` and runs through the same functions with
``central=True``.

The kiosk opens its database at every start, and almost always it is already at the newest
revision. Alembic's import alone (it loads the DDL support of every dialect) costs more than a
quarter of a second of the kiosk's start, so ``upgrade`` first compares the database's revision
with the head read from the scripts' ``revision`` / ``down_revision`` lines, and only imports
and runs Alembic when they differ or cannot be read that simply.
"""

from __future__ import annotations

import ast
import os
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, MetaData, text
from sqlalchemy.exc import SQLAlchemyError

from kiosk.errors import KioskError
from kiosk.resources import central_migrations_dir, migrations_dir

# The central chain records its revision in its own table, so a pool can never be mistaken
# for a kiosk database (or the other way round) even when both are SQLite files.
CENTRAL_VERSION_TABLE = "central_alembic_version"

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(*, central: bool = False) -> Config:
    from alembic.config import Config

    config = Config()
    location = central_migrations_dir() if central else migrations_dir()
    config.set_main_option("script_location", str(location))
    return config


def head_revision(*, central: bool = False) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(central=central)).get_current_head()


def current_revision(engine: Engine, *, central: bool = False) -> str | None:
    from alembic.runtime.migration import MigrationContext

    opts = {"version_table": CENTRAL_VERSION_TABLE} if central else {}
    with engine.connect() as connection:
        return MigrationContext.configure(connection, opts=opts).get_current_revision()


def script_heads(versions_dir: Path) -> frozenset[str] | None:
    """Head revisions of the scripts in ``versions_dir``, read without Alembic: each script's
    literal ``revision`` and ``down_revision``. None when a script does not state them as
    literals (then only Alembic can tell).

    Parsed once per set of scripts (their names, sizes and times): every database opened in
    a process asks, and parsing them all each time cost more than the rest of the check."""
    paths = sorted(versions_dir.glob("*.py"))
    try:
        stamps = tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths)
    except OSError:
        return None
    return _parsed_heads(versions_dir, stamps)


@lru_cache(maxsize=16)
def _parsed_heads(
    versions_dir: Path, stamps: tuple[tuple[str, int, int], ...]
) -> frozenset[str] | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (versions_dir / name for name, _, _ in stamps):
        values: dict[str, object] = {}
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in tree.body:
                target = node.target if isinstance(node, ast.AnnAssign) else None
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)  # type: ignore[arg-type]
        except (OSError, SyntaxError, ValueError):
            return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(d) for d in down)
        elif down is not None:
            return None
    return frozenset(revisions - parents) if revisions else None


def is_at_head(engine: Engine, *, central: bool = False) -> bool:
    """True when the database's Alembic revision is the scripts' single head (cheap check)."""
    location = central_migrations_dir() if central else migrations_dir()
    heads = script_heads(location / "versions")
    if not heads or len(heads) != 1:
        return False
    table = CENTRAL_VERSION_TABLE if central else "alembic_version"
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(f"SELECT version_num FROM {table}"))
            stamped = {row[0] for row in rows}
    except SQLAlchemyError:
        return False  # no version table yet: a new database
    return stamped == heads


# PostgreSQL advisory lock key held while a (central) schema is upgraded; the pool's other
# locks are kiosk.sync.people's merge lock (…_0001) and kiosk.sync.central.ERASURE_LOCK (…_0002).
MIGRATION_LOCK = 0x6B696F736B_0003


def upgrade(engine: Engine, revision: str = "head", *, central: bool = False) -> None:
    """Bring the database to ``revision`` in one transaction: all of it or none of it.

    On SQLite the driver runs DDL outside any transaction, so a kiosk killed while creating its
    tables on first start would be left half-built and never start again ("table ... already
    exists"). Here the whole upgrade runs inside one explicit ``BEGIN IMMEDIATE``. A database
    already at head is left alone without loading Alembic at all (``is_at_head``).
    """
    if revision == "head" and is_at_head(engine, central=central):
        return
    with _MIGRATING:
        _upgrade(engine, revision, central=central)


# One migration at a time in this process: the lead pusher and the fleet agent both bring a new
# pool to head on their own threads at start, and Alembic compiling its scripts in two threads
# at once trips CPython 3.11's AST check ("AST constructor recursion depth mismatch").
_MIGRATING = threading.Lock()


def _upgrade(engine: Engine, revision: str, *, central: bool) -> None:
    if revision == "head" and is_at_head(engine, central=central):
        return  # the other thread got there first
    from alembic import command

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
                elif connection.dialect.name == "postgresql":
                    # Kiosks reaching a new pool at the same moment would each create the
                    # version table (duplicate pg_type row): one migrates, the others wait
                    # here, then find the pool at head. Released with the transaction.
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
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
        from kiosk.data.engine import database_folder
        from kiosk.data.storage import storage_message

        cause = storage_message(exc, database_folder(engine))
        if cause is not None:  # says where and what; "migration" would mislead
            raise KioskError(f"cannot open the database: {cause}") from exc
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
    from alembic import context

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

"""Apply the Alembic migrations in the top-level ``db/`` folder (shipped inside the package).

The kiosk opens its database at every start, and almost always it is already at the newest
revision. Alembic's import alone (it loads the DDL support of every dialect) costs more than a
quarter of a second of the kiosk's start, so ``upgrade`` first compares the database's revision
with the head read from the scripts' ``revision`` / ``down_revision`` lines, and only imports
and runs Alembic when they differ or cannot be read that simply.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from kiosk.errors import KioskError
from kiosk.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def script_heads(versions_dir: Path) -> frozenset[str] | None:
    """Head revisions of the scripts in ``versions_dir``, read without Alembic: each script's
    literal ``revision`` and ``down_revision``. None when a script does not state them as
    literals (then only Alembic can tell)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted(versions_dir.glob("*.py")):
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


def is_at_head(engine: Engine) -> bool:
    """True when the database's Alembic revision is the scripts' single head (cheap check)."""
    heads = script_heads(migrations_dir() / "versions")
    if not heads or len(heads) != 1:
        return False
    try:
        with engine.connect() as connection:
            stamped = {
                row[0]
                for row in connection.execute(text("SELECT version_num FROM alembic_version"))
            }
    except SQLAlchemyError:
        return False  # no version table yet: a new database
    return stamped == heads


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision``; a failure is a clear error, the database unchanged."""
    if revision == "head" and is_at_head(engine):
        return
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except SQLAlchemyError as exc:
        raise KioskError(f"database migration failed: {exc.__class__.__name__}: {exc}") from exc

"""Opening a database already at head skips Alembic (a quarter of a second of every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.migrate import head_revision, is_at_head, script_heads
from kiosk.resources import migrations_dir


def _script(folder: Path, name: str, revision: str, down: str) -> None:
    (folder / f"{name}.py").write_text(
        f'"""x"""\nrevision: str = {revision}\ndown_revision = {down}\n\ndef upgrade(): ...\n',
        encoding="utf-8",
    )


def test_the_cheap_head_is_alembics_head() -> None:
    assert script_heads(migrations_dir() / "versions") == {head_revision()}


def test_heads_follow_chains_and_merges(tmp_path: Path) -> None:
    _script(tmp_path, "a", '"0001"', "None")
    _script(tmp_path, "b", '"0002"', '"0001"')
    assert script_heads(tmp_path) == {"0002"}
    _script(tmp_path, "c", '"0003"', '"0001"')  # a branch: two heads, Alembic decides
    assert script_heads(tmp_path) == {"0002", "0003"}
    _script(tmp_path, "d", '"0004"', '("0002", "0003")')
    assert script_heads(tmp_path) == {"0004"}


def test_a_script_changed_in_place_is_read_again(tmp_path: Path) -> None:
    """The heads are remembered per set of scripts, not per folder: an edit counts."""
    _script(tmp_path, "a", '"0001"', "None")
    _script(tmp_path, "b", '"0002"', '"0001"')
    assert script_heads(tmp_path) == {"0002"}
    _script(tmp_path, "b", '"0003"', '"0001"')  # same name, same size: a new revision
    assert script_heads(tmp_path) == {"0003"}
    (tmp_path / "b.py").unlink()
    assert script_heads(tmp_path) == {"0001"}


def test_scripts_that_are_not_literal_leave_it_to_alembic(tmp_path: Path) -> None:
    assert script_heads(tmp_path) is None  # no scripts
    _script(tmp_path, "a", "make_id()", "None")
    assert script_heads(tmp_path) is None


def test_only_the_stamped_head_counts_as_at_head(database: Database) -> None:
    assert is_at_head(database.engine)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    assert not is_at_head(database.engine)


def test_a_new_database_is_not_at_head(settings: Settings) -> None:
    from kiosk.data.engine import make_engine

    engine = make_engine(settings.effective_database_url)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        assert not is_at_head(engine)
    finally:
        engine.dispose()


def test_reopening_a_migrated_database_does_not_import_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.config import Settings\n"
        "from kiosk.data.database import open_database\n"
        f"db = open_database(Settings(data_dir=Path({str(tmp_path)!r})))\n"
        "db.dispose()\n"
        "print('alembic' in sys.modules)\n"
    )

    def run() -> str:
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert run() == "True"  # new database: Alembic creates the schema
    assert run() == "False"  # at head: nothing to do, Alembic never loaded

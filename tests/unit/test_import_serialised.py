"""Two content imports into one data folder at once: the second waits, no image is lost."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from packs import many_exhibitors, write_showcase
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.data import models
from kiosk.data.database import Database

HOLD_THE_LOCK = """
import sys
from pathlib import Path
from kiosk.content.import_lock import import_lock
with import_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def import_process(data: Path, pack: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), "import-content", str(pack)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_images(database: Database) -> list[str]:
    with database.sessions() as session:
        paths = [
            *session.scalars(select(models.Exhibitor.logo_path)),
            *session.scalars(select(models.Exhibitor.logo_thumb_path)),
            *session.scalars(select(models.Product.image_path)),
            *session.scalars(select(models.Product.thumb_path)),
            *session.scalars(select(models.Pavilion.map_path)),
        ]
    return [p for p in paths if p]


def wait_for(condition, what: str, limit_s: float = 120.0) -> None:
    """Poll until ``condition()``; the limit only keeps a broken run from hanging."""
    give_up = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < give_up, f"gave up waiting for {what}"
        time.sleep(0.05)


def test_two_imports_of_one_event_at_once_lose_no_image(
    tmp_path: Path, settings: Settings, database: Database
) -> None:
    pack = write_showcase(tmp_path / "pack", many_exhibitors(60))
    first = import_process(settings.data_dir, pack)
    second = import_process(settings.data_dir, pack)
    for process in (first, second):
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    paths = stored_images(database)
    assert paths
    missing = [p for p in paths if not (settings.content_dir / p).is_file()]
    assert missing == [], f"{len(missing)} of {len(paths)} images lost"
    event_dirs = [d for d in (settings.content_dir / "ciie-test").iterdir() if d.is_dir()]
    assert len(event_dirs) == 1  # only the folder the rows name is left


def test_an_import_waits_while_another_holds_the_data_folder(
    tmp_path: Path, settings: Settings, database: Database
) -> None:
    pack = write_showcase(tmp_path / "pack")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(settings.content_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        waiting = import_process(settings.data_dir, pack)
        log = settings.data_dir / "logs" / "kiosk.log"
        wait_for(
            lambda: log.exists() and "another content import is running" in log.read_text(),
            "the import to say it waits",
        )
        assert waiting.poll() is None  # still waiting, nothing written
        assert stored_images(database) == []
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        out, err = waiting.communicate(timeout=300)
        assert waiting.returncode == 0, err
        assert out.startswith("imported event ciie-test")
    finally:
        holder.kill()
        holder.wait()
    assert all((settings.content_dir / p).is_file() for p in stored_images(database))

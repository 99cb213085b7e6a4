"""The kiosk's first picture comes before the database layer: from the second start on,
``kiosk run`` shows the previous run's attract slide (the curtain) with nothing but Qt, the
fonts and one small scene loaded, then the real window over it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.ui.curtain import read_snapshot, snapshot_path

# What the first picture must not wait for (issue #11: imported before the first frame).
HEAVY = ("sqlalchemy", "alembic", "PIL", "jsonschema", "kiosk.content.schema", "kiosk.data")

FIRST_PICTURE = """
import sys
from pathlib import Path
from kiosk.cli import build_parser
from kiosk.config import Settings
from kiosk.ui.curtain import raise_curtain
build_parser()  # every command module loaded, as `kiosk run` loads them
curtain = raise_curtain(Settings(data_dir=Path(sys.argv[1]), windowed=True), started=0.0,
                        smoke_test=True)
print("curtain" if curtain else "no curtain")
print("heavy:", sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY_ROOTS}
                       or m in {HEAVY_NAMES}))
"""


def kiosk_run(data_dir: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "run", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_the_second_start_shows_the_curtain_first_then_the_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = kiosk_run(data_dir).stdout
    assert "(curtain)" not in first and "first frame after" in first
    shell = read_snapshot(Settings(data_dir=data_dir))
    assert shell is not None and shell["brand"] == "MICE² Macao x Hengqin"
    assert [p["text"] for p in shell["prompts"]][-1] == "Touch to start"
    second = kiosk_run(data_dir).stdout.splitlines()
    assert second[0].startswith("smoke test: first frame after") and "(curtain)" in second[0]
    assert second[1].startswith("smoke test: kiosk window drawn after")


def test_the_curtain_loads_no_database_content_check_or_pillow(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    kiosk_run(data_dir)  # the first start notes what the attract loop shows
    script = FIRST_PICTURE.replace(
        "{HEAVY_ROOTS}", repr({h for h in HEAVY if "." not in h})
    ).replace("{HEAVY_NAMES}", repr({h for h in HEAVY if "." in h}))
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "(curtain)" in lines[0]
    assert lines[1:] == ["curtain", "heavy: []"]


@pytest.mark.parametrize("text", ["", "{", "[]", '{"brand": "x"}'])
def test_a_missing_or_broken_snapshot_means_no_curtain(tmp_path: Path, text: str) -> None:
    settings = Settings(data_dir=tmp_path)
    if text:
        snapshot_path(settings).parent.mkdir(parents=True)
        snapshot_path(settings).write_text(text, encoding="utf-8")
    assert read_snapshot(settings) is None


def test_the_curtain_is_lifted_once_the_window_has_drawn_over_it(qapp) -> None:
    from helpers import wait
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.ui.curtain import Curtain

    shell = {"brand": "Brand", "tagline": "", "event": "", "details": "", "prompts": []}
    curtain = Curtain(shell, full_screen=False)
    assert curtain.show_and_wait()
    engine = QQmlApplicationEngine()
    engine.loadData(b"import QtQuick\nWindow { width: 320; height: 240; color: 'teal' }")
    (window,) = engine.rootObjects()
    curtain.lift_after_first_frame_of(window)
    wait(200)
    assert curtain.window is not None  # the kiosk's window has not drawn yet
    window.show()
    for _ in range(50):
        if curtain.window is None:
            break
        wait(50)
    assert curtain.window is None
    window.close()

"""The real QML window loads cleanly and shows the database's content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.config import Settings
from kiosk.ui.app import prepare_environment


def test_smoke_test_reaches_the_first_frame(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "run", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stdout
    assert "QML" not in result.stderr and "Traceback" not in result.stderr


def test_window_shows_brand_and_exhibitor_count(qapp, settings: Settings) -> None:
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(settings)
    host.load()
    try:
        assert host.problems() == []
        brand = host.window.findChild(QObject, "brandName")
        count = host.window.findChild(QObject, "exhibitorCount")
        assert brand.property("text") == host.app_bridge.brandName
        assert str(host.app_bridge.exhibitorCount) in count.property("text")
    finally:
        host.close()

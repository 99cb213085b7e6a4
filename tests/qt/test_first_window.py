"""The real QML window loads cleanly, from the command line and in process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import KioskDriver


@pytest.mark.slow  # a real `kiosk run --smoke-test` process
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


def test_window_opens_on_the_attract_loop_with_the_brand(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    assert kiosk.window.objectName() == "kioskWindow"
    assert kiosk.app.screen == "attract"
    assert kiosk.event.brandName == "MICE² Macao x Hengqin"
    assert kiosk.exists("attractTouchArea")
    assert kiosk.event.exhibitorCount == 3

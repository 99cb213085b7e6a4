"""CI's screen audit on the map, Thanks and every staff screen, at the four sizes CI runs the
whole audit at: a real run of ``kiosk screenshots --audit`` on the bundled sample pack, in the
four languages, with the audit's own lines as the failure message. These screens pass today,
so they are held to it while the visitor screens' elided names are still being fixed (the
whole run is the strict xfail in tests/qt/test_screen_audit.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCREENS = (
    "map",
    "thanks",
    "staff-pin",
    "staff-no-pin",
    "staff-overview",
    "staff-export",
    "staff-export-failed",
    "staff-wipe",
    "staff-wipe-keyboard",
    "staff-content",
    "staff-content-problems",
    "staff-settings",
    "staff-settings-keyboard",
    "staff-audit",
    "staff-sync",
)


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1920x1080", "1080x1920", "1280x1024", "1366x768"])
def test_map_thanks_and_staff_screens_pass_the_audit(tmp_path: Path, size: str) -> None:
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    screens = [arg for name in SCREENS for arg in ("--screen", name)]
    result = subprocess.run(
        [*kiosk, "screenshots", "--audit", "--size", size, *screens],
        capture_output=True,
        text=True,
        timeout=1800,
        # Touch targets judged on a 32" panel, a common booth screen (offscreen has no size).
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_SCREEN_INCHES="32"),
    )
    lines = result.stdout.splitlines()
    assert lines and lines[-1].startswith(f"audit at {size}: "), result.stderr[-2000:]
    assert result.returncode == 0, "\n".join(lines)

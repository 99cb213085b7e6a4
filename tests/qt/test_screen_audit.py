"""The screen audit as CI runs it: ``kiosk screenshots --audit``, a real run of the command on
the bundled sample pack, its own lines as the failure message.

`.ci/run` runs the whole audit (every visitor and staff screen in the four languages) at
1920x1080, 1080x1920, 1280x1024 and 1366x768 after the suite: minutes a size, so the suite runs
the command end to end on a few screens only. The audit's checks are tested one by one on small
scenes in tests/qt/test_layout_audit.py; the layouts' own checks run at eleven shapes in
tests/qt/test_screen_shapes.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A visitor screen with QR codes and long names, the form, a staff panel: each kind of check.
SCREENS = ("exhibitor", "contact", "staff-export")


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1920x1080", "1080x1920"])
def test_the_audit_command_passes_on_screens_of_each_kind(tmp_path: Path, size: str) -> None:
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    screens = [arg for name in SCREENS for arg in ("--screen", name)]
    result = subprocess.run(
        [*kiosk, "screenshots", "--audit", "--size", size, *screens],
        capture_output=True,
        text=True,
        timeout=600,
        # Touch targets judged on a 32" panel, a common booth screen (offscreen has no size).
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_SCREEN_INCHES="32"),
    )
    lines = result.stdout.splitlines()
    assert lines and lines[-1] == f"audit at {size}: 0 problems on 12 screens", (
        "\n".join(lines) or result.stderr[-2000:]
    )
    assert result.returncode == 0


def test_without_out_or_audit_the_command_says_what_it_needs(tmp_path: Path) -> None:
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    result = subprocess.run(
        [*kiosk, "screenshots"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode != 0
    assert result.stderr.strip() == "kiosk: error: screenshots: --out DIR is required (or --audit)"

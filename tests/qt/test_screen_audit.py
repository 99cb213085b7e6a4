"""CI's screen audit: ``kiosk screenshots --audit`` over every visitor and staff screen in the
four languages, at the sizes booths use most (16:9 landscape, a portrait totem, 5:4, a small
16:9 panel). Each size is a real run of the command on the bundled sample pack; a problem
fails it with the audit's own lines.

Marked xfail (not strict) while the reflowing layouts of issue #11 are merged; the lead makes
them strict once the layout work is in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LAYOUT_PENDING = pytest.mark.xfail(
    strict=False, reason="issue #11: layouts that reflow at this size are being merged"
)
SIZES = [
    pytest.param("1920x1080", marks=LAYOUT_PENDING),
    pytest.param("1080x1920", marks=LAYOUT_PENDING),
    pytest.param("1280x1024", marks=LAYOUT_PENDING),
    pytest.param("1366x768", marks=LAYOUT_PENDING),
]


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_every_screen_passes_the_audit(tmp_path: Path, size: str) -> None:
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    result = subprocess.run(
        [*kiosk, "screenshots", "--audit", "--size", size],
        capture_output=True,
        text=True,
        timeout=3600,
        # Touch targets judged on a 32" panel, a common booth screen (offscreen has no size).
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_SCREEN_INCHES="32"),
    )
    lines = result.stdout.splitlines()
    assert lines and lines[-1].startswith(f"audit at {size}: "), result.stderr[-2000:]
    assert result.returncode == 0, "\n".join(lines)


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

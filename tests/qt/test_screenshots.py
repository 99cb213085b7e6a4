"""``kiosk screenshots`` renders real, distinct pictures of each screen in each language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.config import Settings
from kiosk.errors import KioskError
from kiosk.ui.screenshots import render


def test_renders_named_pngs_at_full_hd_that_differ_by_language(
    qapp, settings: Settings, event: str, tmp_path: Path
) -> None:
    out = tmp_path / "shots"
    written = render(settings, out, languages=["zh-Hant", "pt"], screens=["home", "idle"])
    assert sorted(p.name for p in written) == [
        "home-pt.png",
        "home-zh-Hant.png",
        "idle-pt.png",
        "idle-zh-Hant.png",
    ]
    images = {p.name: QImage(str(p)) for p in written}
    assert all(i.width() == 1920 and i.height() == 1080 for i in images.values())
    assert images["home-pt.png"] != images["home-zh-Hant.png"]
    assert images["home-pt.png"] != images["idle-pt.png"]


def test_unknown_screens_and_languages_are_named(qapp, settings: Settings, tmp_path) -> None:
    with pytest.raises(KioskError, match=r"unknown screen or language: lobby, fr"):
        render(settings, tmp_path, languages=["fr"], screens=["lobby"])


def test_cli_rejects_a_bad_size_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "screenshots"]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "o"), "--size", "big"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "kiosk: error: --size: 'big' is not WIDTHxHEIGHT, e.g. 1920x1080"
    )

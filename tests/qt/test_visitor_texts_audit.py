"""The visitor screens where cards and tiles carry long names (Home, also in accessibility mode,
the directory, products, an exhibitor, the attract loop and its featured card) pass the screen
audit (``kiosk.ui.layout_audit``) in every language on a portrait totem and a 5:4 panel: no text
cut without a way to read it whole, no control over another, nothing off the window.

The same tour ``kiosk screenshots --audit`` makes, in this process, on the bundled sample pack,
whose official pavilion names run to a hundred characters and whose Portuguese product and
company names are the longest. CI's run of the command over every screen is
tests/qt/test_screen_audit.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.ui.screenshots import render

SCREENS = ["home", "accessible-home", "products", "directory", "exhibitor", "attract", "featured"]
SIZES = [(1080, 1920), (1280, 1024)]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_visitor_screens_pass_the_audit_in_every_language(
    qapp,
    settings: Settings,
    sample_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    shutil.copytree(sample_data, settings.data_dir)
    monkeypatch.setenv("KIOSK_SCREEN_INCHES", "32")  # a common booth panel (offscreen: no size)
    found: list[str] = []
    written = render(
        settings,
        tmp_path / "shots",
        screens=SCREENS,
        size=(width, height),
        audit=lambda finding: found.append(finding.line()),
    )
    assert len(written) == len(SCREENS) * 4
    assert found == [], f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found)

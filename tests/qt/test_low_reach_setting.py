"""Low-reach mode from staff Settings: switched on and off at once, kept for the next start,
with KIOSK_REACH deciding how low the band is (60% of the screen when it is not set)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from helpers import KioskDriver
from staff_driver import log_in, open_section, set_pin, staff

from kiosk.config import DEFAULT_REACH, Settings
from kiosk.data.database import Database
from kiosk.services.kiosk_display import reach_band


@pytest.fixture(params=[1.0, 0.5], ids=["unset", "KIOSK_REACH=0.5"])
def settings(tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    base = Settings(data_dir=tmp_path / "data", windowed=True, hide_cursor=False)
    return replace(base, reach=request.param)


def band_top(kiosk: KioskDriver) -> float:
    """Where the visitor's top bar starts, as a fraction of the window's height."""
    bar = kiosk.find("languageButton_en", visible=False).parentItem().parentItem()
    return bar.mapToScene(bar.boundingRect().topLeft()).y() / kiosk.window.height()


def test_staff_switch_low_reach_and_it_stays_switched(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    configured = settings.reach
    expected = configured if configured < 1.0 else DEFAULT_REACH
    kiosk.window.resize(1080, 1920)
    kiosk.settle()
    set_pin(database.sessions)
    assert band_top(kiosk) == pytest.approx(1 - configured, abs=0.01)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    on = configured < 1.0
    for _ in range(2):  # off and on again, or on and off again
        kiosk.tap("lowReachCheck")
        on = not on
        assert kiosk.find("lowReachCheck").property("checked") is on
        assert reach_band(database.sessions, configured, DEFAULT_REACH) == (
            expected if on else 1.0
        )  # kept for the next start
    if not on:
        kiosk.tap("lowReachCheck")
    staff(kiosk).backToVisitor()
    kiosk.settle()
    assert band_top(kiosk) == pytest.approx(1 - expected, abs=0.01)
    assert kiosk.find("reachHeader", visible=False).isVisible()

"""Burn-in protection in the real window: the canvas walks a few pixels, never further than
configured; 0 pixels (or staff turning it off in Settings) keeps it still."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from helpers import KioskDriver
from staff_driver import log_in, open_section, set_pin

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.kiosk_display import orbit, pixel_shift_on


@pytest.fixture(params=[0, 2, 5], ids=["off", "2px", "5px"])
def settings(tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    base = Settings(data_dir=tmp_path / "data", windowed=True, hide_cursor=False)
    return replace(base, pixel_shift_px=request.param)


def canvas_offset(kiosk: KioskDriver) -> tuple[float, float]:
    canvas = kiosk.find("canvas")
    return canvas.property("x"), canvas.property("y")


def test_the_picture_walks_within_the_configured_pixels(
    kiosk: KioskDriver, settings: Settings
) -> None:
    amplitude = settings.pixel_shift_px
    assert canvas_offset(kiosk) == (0, 0)
    seen = set()
    for _ in range(len(orbit(amplitude))):
        kiosk.host.pixel_shift.advance()
        x, y = canvas_offset(kiosk)
        assert abs(x) <= amplitude and abs(y) <= amplitude
        seen.add((x, y))
    assert len(seen) == (2 * amplitude + 1) ** 2 if amplitude else seen == {(0, 0)}


@pytest.mark.parametrize("settings", [2], indirect=True, ids=["2px"])
def test_staff_turn_it_off_and_on_in_settings(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    set_pin(database.sessions)
    kiosk.host.pixel_shift.advance()
    assert canvas_offset(kiosk) != (0, 0)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    kiosk.tap("pixelShiftCheck")
    assert canvas_offset(kiosk) == (0, 0)
    kiosk.host.pixel_shift.advance()
    assert canvas_offset(kiosk) == (0, 0)
    assert pixel_shift_on(database.sessions, True) is False  # kept for the next start
    kiosk.tap("pixelShiftCheck")
    kiosk.host.pixel_shift.advance()
    assert canvas_offset(kiosk) != (0, 0)


@pytest.mark.parametrize("amplitude", [0, 1, 3])
def test_the_orbit_moves_one_pixel_a_step_and_starts_at_rest(amplitude: int) -> None:
    points = orbit(amplitude)
    assert points[0] == (0, 0) and len(set(points)) == (2 * amplitude + 1) ** 2
    if amplitude:
        steps = zip(points, [*points[1:], points[0]], strict=True)  # round and round
        assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in steps)

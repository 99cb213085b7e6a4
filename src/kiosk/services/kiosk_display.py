"""Display care that needs no Qt: the pixel-shift path and whether staff turned it off, the
low-reach band, and the screen's pixels per millimetre for 9 mm touch targets.

The path (:func:`orbit`) visits every point of a square of ``amplitude`` pixels each way,
row by row in a serpentine and back again, so every step (the last back to the first too)
moves one pixel; the UI (``kiosk.ui.burnin``) walks it on a timer.
"""

from __future__ import annotations

import math

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import get_setting, set_setting
from kiosk.services import audit

PIXEL_SHIFT = "kiosk.pixel_shift"  # "1" on, "0" off; absent: the configuration decides
REACH = "kiosk.low_reach"  # "1" on, "0" off; absent: KIOSK_REACH decides
SETTINGS_ACTION = "settings.changed"


def orbit(amplitude: int) -> list[tuple[int, int]]:
    """Every offset within ``amplitude`` pixels, starting at (0, 0); [(0, 0)] for 0."""
    if amplitude <= 0:
        return [(0, 0)]
    span = range(-amplitude, amplitude + 1)
    there = [(x if row % 2 == 0 else -x, y) for row, y in enumerate(span) for x in span]
    loop = there + there[-2:0:-1]  # and back, without repeating either end
    start = loop.index((0, 0))
    return loop[start:] + loop[:start]


def pixel_shift_on(sessions: sessionmaker[Session], default: bool) -> bool:
    with sessions() as session:
        stored = get_setting(session, PIXEL_SHIFT)
    return default if stored not in ("0", "1") else stored == "1"


def set_pixel_shift(sessions: sessionmaker[Session], on: bool, *, actor: str) -> None:
    with sessions.begin() as session:
        set_setting(session, PIXEL_SHIFT, "1" if on else "0")
        audit.record(session, SETTINGS_ACTION, actor=actor, detail={"pixel_shift": on})


def reach_band(sessions: sessionmaker[Session], configured: float, fallback: float) -> float:
    """The lower fraction of the screen visitors touch: ``configured`` (KIOSK_REACH; 1.0 the
    whole screen) unless staff switched low-reach mode on (``fallback`` when nothing is
    configured) or off in Settings."""
    with sessions() as session:
        stored = get_setting(session, REACH)
    if stored == "0":
        return 1.0
    if stored == "1":
        return configured if configured < 1.0 else fallback
    return configured


def set_low_reach(sessions: sessionmaker[Session], on: bool, *, actor: str) -> None:
    with sessions.begin() as session:
        set_setting(session, REACH, "1" if on else "0")
        audit.record(session, SETTINGS_ACTION, actor=actor, detail={"low_reach": on})


def pixels_per_mm(width_px: float, height_px: float, diagonal_inches: float) -> float:
    """Pixels per millimetre of a screen ``width_px`` x ``height_px`` with that diagonal."""
    return math.hypot(width_px, height_px) / (diagonal_inches * 25.4)

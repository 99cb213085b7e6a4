"""Display care that needs no Qt: the pixel-shift path and whether staff turned it off.

The path (:func:`orbit`) visits every point of a square of ``amplitude`` pixels each way,
row by row in a serpentine and back again, so every step (the last back to the first too)
moves one pixel; the UI (``kiosk.ui.burnin``) walks it on a timer.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import get_setting, set_setting
from kiosk.services import audit

PIXEL_SHIFT = "kiosk.pixel_shift"  # "1" on, "0" off; absent: the configuration decides
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

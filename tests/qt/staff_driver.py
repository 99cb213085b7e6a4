"""Staff-mode steps for the Qt tests: open the PIN pad by the hidden gesture, type a PIN on the
pad's keys, set a PIN in the database cheaply, and wait for a panel's background job."""

from __future__ import annotations

from typing import Any

from factories import add_leads, make_event
from helpers import KioskDriver
from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.services.staff_pin import ScryptParams, StaffPin

PIN = "246810"
# Cheap hashing for PINs stored by tests (the policy's cost is tested in test_staff_pin.py).
CHEAP = ScryptParams(log2_n=10)


def set_pin(sessions: sessionmaker[Session], pin: str = PIN) -> None:
    StaffPin(sessions, params=CHEAP).set_pin(pin, actor="cli")


def event_with_leads(sessions: sessionmaker[Session], count: int) -> list[str]:
    """The test event, the staff PIN and ``count`` leads; returns the leads' ids."""
    make_event(sessions)
    set_pin(sessions)
    return add_leads(sessions, count)


def count_rows(sessions: sessionmaker[Session], model: Any, *where: Any) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def staff(kiosk: KioskDriver):  # -> StaffBridge
    return kiosk.host.staff_bridge


def tap_corner(kiosk: KioskDriver, times: int) -> None:
    for _ in range(times):
        kiosk.tap("staffCorner")


def open_pad(kiosk: KioskDriver) -> None:
    tap_corner(kiosk, 5)
    kiosk.wait_until(lambda: kiosk.exists("staffPinPad"))


def type_pin(kiosk: KioskDriver, pin: str, *, enter: bool = True) -> None:
    for digit in pin:
        kiosk.tap(f"pinKey_{digit}", settle=False)
    if enter:
        kiosk.tap("pinEnter", settle=False)


def wait_pin_checked(kiosk: KioskDriver) -> None:
    kiosk.wait_until(lambda: not staff(kiosk).pinBusy, 10_000)


def log_in(kiosk: KioskDriver, pin: str = PIN) -> None:
    """Open staff mode by the gesture and the PIN; the dashboard's figures have loaded."""
    open_pad(kiosk)
    type_pin(kiosk, pin)
    kiosk.wait_until(lambda: kiosk.exists("staffDashboard"), 10_000)
    wait_idle(kiosk)


def wait_idle(kiosk: KioskDriver, timeout_ms: int = 20_000) -> None:
    """Every staff job has returned and its result is on screen."""
    kiosk.wait_until(lambda: not staff(kiosk).runner.busy, timeout_ms)
    kiosk.qtbot.wait(50)


def open_section(kiosk: KioskDriver, button: str) -> None:
    kiosk.tap(button)
    wait_idle(kiosk)


def span(item: QQuickItem) -> tuple[float, float]:
    """Top and bottom of ``item`` in window coordinates (the canvas is scaled)."""
    return item.mapToScene(QPointF(0, 0)).y(), item.mapToScene(QPointF(0, item.height())).y()


def open_keyboard(kiosk: KioskDriver, field: str) -> float:
    """Tap the text field ``field``; returns the top of the on-screen keyboard once it is up."""
    kiosk.tap(field)
    panel = kiosk.find("inputPanel", visible=False)
    kiosk.wait_until(lambda: panel.property("active"))
    kiosk.settle(400)
    return span(panel)[0]

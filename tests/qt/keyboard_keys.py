"""The on-screen keyboard's keys, pressed as a finger presses them (real mouse events)."""

from __future__ import annotations

from helpers import KioskDriver, walk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.layout_audit import class_name

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def keyboard_key(kiosk: KioskDriver, text: str) -> QQuickItem:
    """The visible key of the on-screen keyboard that types ``text``."""
    for item in walk(kiosk.find("inputPanel")):
        kind = class_name(item)
        if "Key" in kind and item.property("text") == text and item.isVisible():
            return item
    raise AssertionError(f"no key {text!r} on the keyboard")


def press_keys(kiosk: KioskDriver, *texts: str) -> None:
    """Real presses on the keyboard's keys, as a finger would."""
    for text in texts:
        point = kiosk.centre(keyboard_key(kiosk, text))
        QTest.mousePress(kiosk.window, LEFT, NONE, point)
        QTest.mouseRelease(kiosk.window, LEFT, NONE, point, 40)
        kiosk.qtbot.wait(40)


def long_press(kiosk: KioskDriver, key: str, choose: str) -> None:
    """Hold ``key`` until its alternatives open, slide to ``choose`` and lift the finger
    (``choose`` empty: lift it where it is)."""
    point = kiosk.centre(keyboard_key(kiosk, key))
    QTest.mousePress(kiosk.window, LEFT, NONE, point)
    kiosk.qtbot.wait(900)
    if not choose:
        QTest.mouseRelease(kiosk.window, LEFT, NONE, point, 60)
        kiosk.qtbot.wait(60)
        return
    target = None
    for item in walk(kiosk.find("inputPanel")):
        if item.property("text") == choose and item.isVisible() and "Key" not in class_name(item):
            target = item
    assert target is not None, f"{choose!r} is not among {key!r}'s alternatives"
    end = kiosk.centre(target)
    QTest.mouseMove(kiosk.window, QPoint(end.x(), point.y()), 30)
    QTest.mouseRelease(kiosk.window, LEFT, NONE, QPoint(end.x(), point.y()), 60)
    kiosk.qtbot.wait(60)

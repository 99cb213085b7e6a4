"""Pinyin giving Traditional characters on the on-screen keyboard.

The kiosk's keyboard has a "zh_MO" layout for the Traditional Chinese visitor: Qt's Pinyin keys
and engine, whose candidates are Simplified. Two places turn them Traditional: the keyboard
style shows each candidate through ``keyboardScript.traditional`` (a context property of the
window's engine, not a QML singleton: Python singletons broke later engines with PySide6 6.11), and
``TraditionalCommit`` rewrites the text the engine commits into the focused field. Only the
focused item is watched, so no other event pays for it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QGuiApplication, QInputMethodEvent

from kiosk.services.chinese_script import to_traditional

# The keyboard locale (a layout folder in qml/keyboard/layouts) of Pinyin giving Traditional.
TRADITIONAL_PINYIN = "zh_MO"


def traditional_pinyin_active() -> bool:
    return QGuiApplication.inputMethod().locale().name() == TRADITIONAL_PINYIN


class KeyboardScript(QObject):
    """What the keyboard style calls to show a candidate in Traditional characters."""

    @Slot(str, result=str)
    def traditional(self, text: str) -> str:
        return to_traditional(text)


class TraditionalCommit(QObject):
    """Converts what the keyboard commits to Traditional while the zh_MO layout is in use."""

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._watched: QObject | None = None
        app.focusObjectChanged.connect(self._follow)

    def detach(self) -> None:
        """Stop watching (the window closes; tests open many in one application)."""
        self._app.focusObjectChanged.disconnect(self._follow)
        self._follow(None)

    @Slot(QObject)
    def _follow(self, item: QObject | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the item may be gone already
                self._watched.removeEventFilter(self)
        self._watched = item
        if item is not None:
            item.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.InputMethod
            and isinstance(event, QInputMethodEvent)
            and event.commitString()
            and traditional_pinyin_active()
        ):
            converted = to_traditional(event.commitString())
            if converted != event.commitString():
                event.setCommitString(
                    converted, event.replacementStart(), event.replacementLength()
                )
        return False

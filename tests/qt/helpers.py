"""Find QML items by objectName and tap them with real mouse events, as a visitor would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds.

    Unlike ``QTest.qWait`` this releases Python's GIL, so image providers written in Python
    (the QR codes) can work on QML's loader thread meanwhile, as they do in the real app.
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _really_visible(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


def walk(root: QQuickItem) -> Iterator[QQuickItem]:
    """``root`` and every item below it in the visual tree (delegates included)."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


def find_items(root: QQuickItem, name: str) -> list[QQuickItem]:
    """Every item called ``name`` that is on screen (visible all the way up)."""
    return [i for i in walk(root) if i.objectName() == name and _really_visible(i)]


def find_prefixed(root: QQuickItem, prefix: str) -> dict[str, QQuickItem]:
    """Visible items whose objectName starts with ``prefix``, by the rest of the name."""
    return {
        i.objectName()[len(prefix) :]: i
        for i in walk(root)
        if i.objectName().startswith(prefix) and _really_visible(i)
    }


def find_item(root: QQuickItem, name: str) -> QQuickItem:
    """The one visible item called ``name``; fails the test if none or several."""
    items = find_items(root, name)
    assert items, f"no visible item named {name!r}"
    assert len(items) == 1, f"{len(items)} visible items named {name!r}"
    return items[0]


def centre(item: QQuickItem) -> QPoint:
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return point.toPoint()


def tap(window: QQuickWindow, item: QQuickItem, settle_ms: int = 50) -> None:
    """Press and release the left button on the item's centre, then let the scene settle.

    The point must be inside the window: a tap on an item scrolled out of view is a bug in the
    test (or the screen), not something a visitor could do.
    """
    point = centre(item)
    size = window.size()
    inside = 0 <= point.x() < size.width() and 0 <= point.y() < size.height()
    assert inside, f"{item.objectName()!r} at {point} is outside the window"
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    wait(settle_ms)


def scroll_into_view(item: QQuickItem, settle_ms: int = 30) -> None:
    """Scroll the nearest Flickable holding ``item`` so that it is fully shown, as a visitor
    would by flicking (the filter panel and exhibitor page scroll)."""
    node = item.parentItem()
    while node is not None and node.property("contentY") is None:
        node = node.parentItem()
    if node is None:
        return
    top = item.mapToItem(node, QPointF(0, 0)).y()
    bottom = top + item.height()
    if top < 0:
        node.setProperty("contentY", node.property("contentY") + top - 16)
    elif bottom > node.height():
        node.setProperty("contentY", node.property("contentY") + bottom - node.height() + 16)
    wait(settle_ms)


def tap_name(window: QQuickWindow, name: str, settle_ms: int = 50) -> None:
    item = find_item(window.contentItem(), name)
    scroll_into_view(item)
    tap(window, item, settle_ms)


def type_text(window: QQuickWindow, text: str, settle_ms: int = 30) -> None:
    """Type ``text`` into the focused item, one key event per character (any script)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QGuiApplication.sendEvent(window, event)
    wait(settle_ms)


def texts(root: QQuickItem) -> list[str]:
    """Every visible Text's string under ``root`` (to see what the visitor reads)."""
    out = []
    for child in walk(root):
        text = child.property("text")
        if isinstance(text, str) and text and _really_visible(child):
            out.append(text)
    return out


def grab(window: QQuickWindow, path: Path) -> Path:
    """Save what the window shows as a PNG (to look at it)."""
    wait(50)
    image = window.grabWindow()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    return path


@contextmanager
def qml_warnings() -> Iterator[list[str]]:
    """Collect Qt warnings that mention QML while the block runs."""
    seen: list[str] = []

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        serious = mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if serious:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)
        QGuiApplication.processEvents()

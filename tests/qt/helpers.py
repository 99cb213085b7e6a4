"""Drive the real kiosk window like a visitor: find items by objectName, tap them, read texts.

Shared by every Qt test (the ``kiosk`` fixture in tests/qt/conftest.py returns a ``KioskDriver``).
Taps are real mouse presses and releases sent to the QQuickWindow at the item's centre, mapped
through every transform to window coordinates, so an item hidden under another, scaled away or
outside the window is not "tapped" by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQml import QJSValue, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.ui.layout_audit import class_name

TRANSITION_MS = 900  # longest shell animation (attract fade 450 ms) with a margin
# Theme.motionScale in tests: the same transitions, four times faster (tests of motion itself
# set 1.0). Tests that read settled layouts only (every screen on every shape) take the
# shortest, so that no animation frame is drawn for nothing.
TEST_MOTION = 0.25
LAYOUT_MOTION = 0.01


def walk(
    item: QQuickItem, prune: Callable[[QQuickItem], bool] | None = None
) -> Iterator[QQuickItem]:
    """Every item of the visual tree under ``item``, in painting order (parents first,
    then children from the bottom of the z order up); ``prune`` skips whole subtrees."""
    if prune is not None and prune(item):
        return
    yield item
    for child in sorted(item.childItems(), key=lambda child: child.z()):
        yield from walk(child, prune)


def hidden(item: QQuickItem) -> bool:
    """Nothing of ``item`` and its children shows (a ``walk`` prune that skips the screens
    the stack keeps below, the hidden keyboard and closed overlays)."""
    return not item.isVisible() or item.opacity() <= 0.0


def effectively_visible(item: QQuickItem, window: QQuickWindow) -> bool:
    """Visible, not faded out (itself and all its ancestors) and inside ``window``.

    (``QQuickItem.window()`` is not called: PySide6 6.11 then deletes the window when the
    returned wrapper is collected.)
    """
    node: QQuickItem | None = item
    while node is not None:
        if hidden(node):
            return False
        node = node.parentItem()
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return rect.intersects(QRectF(0, 0, window.width(), window.height()))


def accepts_input(item: QQuickItem) -> bool:
    """Takes a press: a MouseArea, a control, or an item with a pointer handler."""
    if item.inherits("QQuickMouseArea") and not item.property("enabled"):
        return False  # MouseArea.enabled is its own property: "accepts mouse events"
    if item.acceptedMouseButtons() != Qt.MouseButton.NoButton or item.acceptTouchEvents():
        return True
    return any(
        child.inherits("QQuickPointerHandler") and child.property("enabled")
        for child in item.children()
    )


def is_ancestor(ancestor: QQuickItem, item: QQuickItem | None) -> bool:
    while item is not None:
        if item is ancestor or item == ancestor:
            return True
        item = item.parentItem()
    return False


# An item's children in painting order, in JavaScript: from the bottom of the z order up (a
# stable sort, done only where the z values differ).
_BY_Z_JS = """
    const byZ = (item) => {
        const children = item.children;
        for (let i = 1; i < children.length; ++i) {
            if (children[i].z !== children[0].z)
                return Array.prototype.slice.call(children).sort((a, b) => a.z - b.z);
        }
        return children;
    };"""

# ``walk`` in JavaScript: the items called ``name`` under ``root``, parents first.
_NAMED_ITEMS_JS = (
    "(function (root, name) {"
    + _BY_Z_JS
    + """
    const found = [];
    const visit = (item) => {
        if (item.objectName === name)
            found.push(item);
        const children = byZ(item);
        for (let i = 0; i < children.length; ++i)
            visit(children[i]);
    };
    visit(root);
    return found;
})"""
)

# ``KioskDriver.input_item_at``'s search in JavaScript: every item under the scene point
# (x, y), in the order Qt offers it a press there (children before their parent, the top of
# the z order first), skipping what is hidden, disabled or faded out (the keyboard's keys are
# hidden while down or half-loaded, KeyboardDock.qml).
_ITEMS_UNDER_JS = (
    "(function (root, x, y) {"
    + _BY_Z_JS
    + """
    const found = [];
    const visit = (item) => {
        const children = byZ(item);
        for (let i = children.length - 1; i >= 0; --i) {
            const child = children[i];
            if (child.visible && child.enabled && child.opacity > 0)
                visit(child);
        }
        if (item.contains(item.mapFromItem(null, x, y)))
            found.push(item);
    };
    visit(root);
    return found;
})"""
)


class KioskDriver:
    """A visitor's finger and eyes on one ``KioskWindowHost``."""

    def __init__(self, host: object, qtbot: object) -> None:
        self.host = host
        self.qtbot = qtbot
        self._scripts: dict[str, QJSValue] = {}  # the JavaScript walks, compiled once
        self._root: QJSValue | None = None

    @property
    def window(self) -> QQuickWindow:
        return self.host.window

    @property
    def app(self) -> object:
        return self.host.app_bridge

    @property
    def event(self) -> object:
        """The event's texts (brand, attract loop, organiser): ``EventPage``."""
        return self.host.bridges["eventPage"]

    # -- finding --------------------------------------------------------------------------

    def items(self, name: str) -> list[QQuickItem]:
        """Every item called ``name``, hidden ones too, in ``walk``'s painting order. The QML
        engine walks the tree: a third of the time a Python walk takes, which wraps every
        item of the tree (a window test looks items up hundreds of times)."""
        return self._walk_in_js(_NAMED_ITEMS_JS, name)

    def input_item_at(self, point: QPointF) -> QQuickItem | None:
        """The topmost visible, enabled item under ``point`` (scene coordinates) that would
        take a press there, searched like Qt's delivery (the walk in JavaScript)."""
        for item in self._walk_in_js(_ITEMS_UNDER_JS, point.x(), point.y()):
            if accepts_input(item):
                return item
        return None

    def _walk_in_js(self, script: str, *arguments: object) -> list[QQuickItem]:
        engine = self.host.engine
        if script not in self._scripts:
            self._scripts[script] = engine.evaluate(script)
        if self._root is None:
            self._root = engine.toScriptValue(self.window.contentItem())
        found = self._scripts[script].call([self._root, *arguments])
        assert not found.isError(), found.toString()
        return list(found.toVariant())

    def find(self, name: str, *, visible: bool = True) -> QQuickItem:
        """The one item called ``name`` (the visible one, when hidden copies exist)."""
        every = self.items(name)
        found = [i for i in every if self.reachable(i)] if visible else every
        assert found, f"no {'visible ' if visible else ''}item named {name!r}" + "".join(
            f"\n  one is {self.why_unreachable(i)}" for i in every
        )
        assert len(found) == 1, f"{len(found)} items named {name!r}"
        return found[0]

    def reachable(self, item: QQuickItem) -> bool:
        """Visible, in the window, and not covered: a press at its centre would reach it (or
        whatever handles presses for it), not an item above it."""
        if not effectively_visible(item, self.window):
            return False
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        taker = self.input_item_at(centre)
        if taker is None or is_ancestor(item, taker) or is_ancestor(taker, item):
            return True
        painted = list(walk(self.window.contentItem()))
        return painted.index(taker) < painted.index(item)  # the press goes to an item below

    def why_unreachable(self, item: QQuickItem) -> str:
        if not effectively_visible(item, self.window):
            return "hidden, faded out or outside the window"
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        taker = self.input_item_at(centre)
        chain = []
        while taker is not None:
            chain.append(taker.objectName() or class_name(taker))
            taker = taker.parentItem()
        return "covered by " + " < ".join(chain)

    def exists(self, name: str) -> bool:
        """A visitor can see and touch the item called ``name``."""
        return any(self.reachable(i) for i in self.items(name))

    def text(self, name: str) -> str:
        return str(self.find(name).property("text"))

    def visible_texts(self) -> list[str]:
        """Every non-empty string a visitor can see right now (texts and text inputs)."""
        shown = ("QQuickText", "QQuickTextInput", "QQuickTextEdit")
        return [
            item.property("text")
            for item in walk(self.window.contentItem(), prune=hidden)
            if any(item.inherits(kind) for kind in shown)
            and str(item.property("text")).strip()
            and effectively_visible(item, self.window)
        ]

    def text_inputs(self) -> list[QQuickItem]:
        """Every text input in the scene (TextField, TextInput, TextArea, TextEdit)."""
        return [
            i
            for i in walk(self.window.contentItem())
            if i.inherits("QQuickTextInput") or i.inherits("QQuickTextEdit")
        ]

    # -- acting ---------------------------------------------------------------------------

    def centre(self, item: QQuickItem) -> QPoint:
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return QPoint(round(point.x()), round(point.y()))

    def tap(self, name: str, *, settle: bool = True) -> None:
        """Press and release the left button at the centre of the visible item ``name``."""
        item = self.find(name)
        assert item.isEnabled(), f"{name!r} is disabled"
        point = self.centre(item)
        size = self.window.size()
        assert 0 <= point.x() < size.width() and 0 <= point.y() < size.height(), (
            f"{name!r} is outside the window at {point}"
        )
        QTest.mousePress(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        # What the press posted (a pressed look, a delayed press to a list's delegate) is
        # handled before the finger lifts, without a fixed pause.
        QGuiApplication.processEvents()
        QTest.mouseRelease(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        if settle:
            self.settle()

    def scroll_to(self, name: str) -> None:
        """Flick the page holding ``name`` until it is wholly in view, as a visitor would: a
        part of a scrolling page below the visible strip takes no touch (it is clipped)."""
        scroll_into_view(self.find(name, visible=False))
        self.settle()

    def settle(self, ms: int = 0) -> None:
        """Let transitions finish: the screen stack, the attract fade, the idle overlay and
        the keyboard. A frame is drawn first (after ``ms``, if given), so what an action
        posted or deferred to the next frame (a transition starting, a queued signal, a
        binding's polish) has happened before the stillness is judged."""
        if ms:
            self.qtbot.wait(ms)
        if self.window.isVisible():
            self.next_frame()
        else:
            QGuiApplication.processEvents()
        self.qtbot.waitUntil(self.host.is_settled, timeout=TRANSITION_MS * 5)

    def next_frame(self) -> None:
        """Wait for the next frame to be drawn: positioners lay out at the polish before it,
        so sizes and places read after it are what the visitor sees."""
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=3000):
            self.window.update()

    def wait_until(self, condition: Callable[[], bool], timeout_ms: int = 5000) -> None:
        self.qtbot.waitUntil(condition, timeout=timeout_ms)

    def current_screen(self) -> QQuickItem | None:
        stack = self.find("screenStack", visible=False)
        current = stack.property("currentItem")
        return current if isinstance(current, QQuickItem) else None

    def add_qml(self, source: str, parent: QQuickItem) -> QQuickItem:
        """Create a QML item from ``source`` inside ``parent``, owned by it as if declared
        there (e.g. a probe TextField): QML's ``Qt.createQmlObject`` with ``parent``."""
        expression = QQmlExpression(
            self.host.engine.rootContext(), parent, f"Qt.createQmlObject({source!r}, this)"
        )
        item, _ = expression.evaluate()
        assert not expression.hasError(), expression.error().toString()
        return item

    def problems(self) -> list[str]:
        return self.host.problems()


def find_object(root: QObject, name: str) -> QObject | None:
    return root.findChild(QObject, name)


# ------------------------------------------------------------------------------------------
# Screens tested on their own (a QQuickView holding one screen, no shell): the catalogue
# screens' tests and benchmarks.


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds, releasing Python's GIL meanwhile as the
    real app's event loop does (``QTest.qWait`` keeps it, starving other Python threads)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shown(item: QQuickItem) -> bool:
    """Visible and not faded out, itself and every ancestor (no window needed)."""
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


def find_items(root: QQuickItem, name: str) -> list[QQuickItem]:
    """Every item called ``name`` that is on screen (visible all the way up)."""
    return [i for i in walk(root) if i.objectName() == name and shown(i)]


def find_prefixed(root: QQuickItem, prefix: str) -> dict[str, QQuickItem]:
    """Visible items whose objectName starts with ``prefix``, by the rest of the name."""
    return {
        i.objectName()[len(prefix) :]: i
        for i in walk(root)
        if i.objectName().startswith(prefix) and shown(i)
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
        if isinstance(text, str) and text and shown(child):
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


# Each class's own methods, read once: PySide marks ``staticMetaObject`` deleted once an
# instance whose ``metaObject()`` Python has seen is destroyed (they share one wrapper).
_DECLARED: dict[type, set[str]] = {}


def grown_metaobjects(host: QObject) -> list[str]:
    """Kiosk objects whose meta-object gained slots of its own at run time, one line each.

    PySide gives an object a private meta-object when a signal is connected to one of its
    methods that is not a ``@Slot`` of the right signature, and frees it with the object. QML
    caches what it knows of a meta-object by its address for the life of the process, so a
    later object whose private meta-object lands on a freed address is read with the wrong
    properties: "Unable to assign [undefined]" at load, now and then. Every connected method
    must therefore be a declared slot."""
    found: list[str] = []
    seen: set[int] = set()

    def signatures(meta: object) -> set[str]:
        return {bytes(meta.method(i).methodSignature()).decode() for i in range(meta.methodCount())}

    def visit(obj: QObject) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        kind = type(obj)
        if kind.__module__.startswith("kiosk"):
            if kind not in _DECLARED:
                _DECLARED[kind] = signatures(kind.staticMetaObject)
            grown = signatures(obj.metaObject()) - _DECLARED[kind]
            if grown:
                found.append(f"{kind.__module__}.{kind.__qualname__}: {', '.join(sorted(grown))}")
        for child in obj.children():
            visit(child)

    visit(host)
    for bridge in (getattr(host, "bridges", None) or {}).values():
        visit(bridge)
    return found


if TYPE_CHECKING:
    from kiosk.config import Settings


def open_kiosk(
    qtbot, settings: Settings, i18n_cache: Path, *, motion: float = TEST_MOTION
) -> Iterator[KioskDriver]:
    """The real kiosk window on ``settings``' data folder, for a test to drive; closed after
    (a generator: ``for kiosk in open_kiosk(...)``, or ``yield from`` in a fixture)."""
    from kiosk.ui.app import prepare_environment
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(settings, i18n_cache=i18n_cache)
    host.load()
    host.set_motion_scale(motion)
    driver = KioskDriver(host, qtbot)
    try:
        qtbot.waitExposed(host.window)
        # The keyboard loads in the background after the first frame; let it finish so its
        # warnings (if any) belong to this test and keyboard tests find it. Finished means the
        # Loader's item is set: the keys are in the scene (half-built) well before.
        loader = driver.find("keyboardLoader", visible=False)
        driver.wait_until(lambda: loader.property("item") is not None)
        yield driver
        assert host.problems() == [], "\n".join(host.problems())
        grown = grown_metaobjects(host)
        assert not grown, "connected methods that are not slots:\n" + "\n".join(grown)
    finally:
        host.close()

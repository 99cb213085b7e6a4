"""Audits what a window shows, item by item: what a visitor cannot read whole, cannot reach or
cannot hit, and what a phone cannot scan.

Why a walk of the live item tree rather than rules about the QML: a layout bug shows only at
some screen size, in some language, with some content, so the audit looks at the real window
after ``kiosk screenshots`` has driven it to a screen, with the picture it just took. Checks:

- a text truncated or elided (``Text.truncated``, or on one line wider than its box when
  eliding); a text that wraps onto the lines it is allowed is whole, and a card's text that
  names the screen a tap on the card shows it whole (``wholeTextOn``) is not cut for good;
- a text or control outside the window (what clipping ancestors hide does not count);
- two controls a finger can reach that overlap;
- a control smaller than a fingertip (``TOUCH_MM`` on the physical screen: the OS-reported
  size, or ``KIOSK_SCREEN_INCHES`` for the diagonal when the OS does not know it);
- a text under 4.5:1 contrast with the background it is drawn on (sampled from the picture,
  so buttons' separate backgrounds, overlays and photos count as they look);
- a QR code not drawn in whole device pixels per module (see :mod:`kiosk.ui.qr_audit`);
- a control without an accessible name.

Items covered by another item that takes the press (a modal overlay) are not checked: a
visitor can neither read nor touch them there.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QImage
from PySide6.QtQml import qmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.navigation import SCREENS
from kiosk.ui.qr_audit import qr_problem
from kiosk.ui.speech import CONTROL_ROLES

TOUCH_MM = 9.0
MIN_CONTRAST = 4.5
SCREEN_INCHES_ENV = "KIOSK_SCREEN_INCHES"
FALLBACK_DPI = 96.0  # what a platform that knows nothing of its screen is taken to be
# Press-catchers, not controls: staff mode's hidden hotspot, the form's background that puts
# the keyboard away, the age gate's blocker over the form, staff mode's blocker over the
# visitor's screens, the keyboard's band beside the keys (tests/qt/test_accessible_names.py).
UNANNOUNCED = frozenset(
    {"staffCorner", "keyboardAwayArea", "ageGateBlocker", "staffOverlayBlocker", "keyboardBand"}
)
# Qt Virtual Keyboard takes every touch on its keys with one MultiPointTouchArea inside its own
# Keyboard.qml and hands it to the key under the finger; the keys are drawn items, not
# controls, and a keyboard style cannot reach that area to name it. So the keyboard counts as
# one control of its own, its labelled keys being what a person aims at; any other
# MultiPointTouchArea still needs a name.
KEYBOARD_AREA = ("QQuickMultiPointTouchArea", "keyboardInputArea", "inputPanel")
SCROLLERS = ("QQuickFlickable",)
NAMED_ROLES = frozenset({*CONTROL_ROLES, QAccessible.Role.Heading, QAccessible.Role.Graphic})
ELIDE_NONE = 3  # Text.ElideNone
NO_WRAP = 0  # Text.NoWrap
WHOLE_TEXT_ON = "wholeTextOn"  # KText: the screen where a text its card cuts reads whole
FADING = 0.9
INK_MATCH = 60  # summed RGB difference within which a drawn pixel is the text's colour
TOLERANCE = 1.0  # device pixels of rounding forgiven at window edges and between controls
_QML_SUFFIX = re.compile(r"_QML(TYPE)?_\d+.*$")


@dataclass(frozen=True)
class Finding:
    """One problem: where (screen, language, item) and what."""

    screen: str
    language: str
    item: str
    what: str

    def line(self) -> str:
        return f"{self.screen} {self.language} {self.item}: {self.what}"


@dataclass(frozen=True)
class _Shown:
    """An item as painted: its rect in device pixels, clipped rect, effective opacity."""

    item: QQuickItem
    rect: QRectF
    visible_rect: QRectF
    opacity: float
    order: int


def touch_minimum_px(window: QQuickWindow, mm: float = TOUCH_MM) -> float:
    """``mm`` in device pixels on the window's screen: from ``KIOSK_SCREEN_INCHES`` (the
    diagonal of the screen the window fills) if set, else the DPI the OS reports."""
    ratio = window.devicePixelRatio()
    inches = os.environ.get(SCREEN_INCHES_ENV, "").strip()
    if inches:
        diagonal_px = math.hypot(window.width() * ratio, window.height() * ratio)
        return mm * diagonal_px / (float(inches) * 25.4)
    screen = QGuiApplication.primaryScreen()  # not window.screen(): see ui/screen_fit.py
    dpi = screen.physicalDotsPerInch() * ratio / screen.devicePixelRatio() if screen else 0.0
    if not 20.0 <= dpi <= 1000.0:
        dpi = FALLBACK_DPI
    return mm * dpi / 25.4


def audit_window(
    window: QQuickWindow, screen: str, language: str, image: QImage | None = None
) -> list[Finding]:
    """Every problem on what ``window`` shows now; ``image``: its grab (taken if None)."""
    grabbed = image if image is not None else window.grabWindow()
    return _Audit(window, screen, language, grabbed).run()


class _Audit:
    def __init__(self, window: QQuickWindow, screen: str, language: str, image: QImage) -> None:
        self.window, self.screen, self.language = window, screen, language
        self.ratio = window.devicePixelRatio()
        self.bounds = QRectF(0, 0, window.width() * self.ratio, window.height() * self.ratio)
        self.image = image
        self.findings: list[Finding] = []
        self.touch_px = touch_minimum_px(window)
        self.shift = _pixel_shift(window) * self.ratio
        self._count = 0
        self.painted = list(self._walk(window.contentItem(), None, 1.0))
        self.order = {id(s.item): s.order for s in self.painted}

    def run(self) -> list[Finding]:
        controls = []
        for shown in self.painted:
            item = shown.item
            text, qr, control = item.inherits("QQuickText"), _is_qr(item), _is_control(item)
            if not (text or qr or control) or not self._reachable(shown):
                continue
            if text:
                self._text(shown)
            if qr:
                whole = shown.visible_rect.intersected(self.bounds) == shown.rect
                self._note(item, qr_problem(item, shown.rect, self.image, self.bounds, whole))
            if control:
                controls.append(shown)
                self._control(shown)
        self._overlaps(controls)
        return self.findings

    # -- the walk ---------------------------------------------------------------------------

    def _walk(self, item: QQuickItem, clip: QRectF | None, opacity: float) -> Iterator[_Shown]:
        """Shown items in painting order (parents first, children by z), with the part of
        each that clipping ancestors let through (``clip``: None while nothing clips)."""
        if not item.isVisible() or item.opacity() * opacity <= 0.01:
            return
        opacity *= item.opacity()
        scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        r = self.ratio
        rect = QRectF(scene.x() * r, scene.y() * r, scene.width() * r, scene.height() * r)
        visible = rect if clip is None else rect.intersected(clip)
        self._count += 1
        yield _Shown(item, rect, visible, opacity, self._count)
        inner = (rect if clip is None else clip.intersected(rect)) if item.clip() else clip
        for child in sorted(item.childItems(), key=lambda c: c.z()):
            yield from self._walk(child, inner, opacity)

    def _reachable(self, shown: _Shown) -> bool:
        """Not hidden by clipping, and a press at its visible centre reaches it (or an
        ancestor or descendant of it), not a control painted above it."""
        visible = shown.visible_rect.intersected(self.bounds)
        if visible.width() < 1 or visible.height() < 1:
            return False
        centre = visible.center()
        taker = _input_item_at(self.window.contentItem(), centre / self.ratio)
        if taker is None or _is_ancestor(shown.item, taker) or _is_ancestor(taker, shown.item):
            return True
        return self.order.get(id(taker), -1) < shown.order

    # -- checks -----------------------------------------------------------------------------

    def _text(self, shown: _Shown) -> None:
        item = shown.item
        text = str(item.property("text") or "").strip()
        if not text:
            return
        cut = _cut(item)
        if cut:
            self._note(item, self._unless_whole_elsewhere(shown, cut))
        self._outside(shown)
        ratio = _text_contrast(item, shown, self.image)
        if ratio is not None and ratio < MIN_CONTRAST:
            self._note(item, f"contrast {ratio:.2f}:1 < {MIN_CONTRAST}:1")

    def _unless_whole_elsewhere(self, shown: _Shown, cut: str) -> str | None:
        """A card in a dense grid may cut a text a tap on it shows whole: the text says so
        with ``wholeTextOn: "SCREEN"`` (KText.qml), the screen its card opens. Accepted
        when that is a screen and a press on the text reaches a control (not a scroller);
        otherwise the cut is reported, and why the excuse fails."""
        where = str(shown.item.property(WHOLE_TEXT_ON) or "")
        if not where:
            return cut
        if where not in SCREENS:
            return f"{cut}; {WHOLE_TEXT_ON} {where!r} is not a screen"
        centre = shown.visible_rect.intersected(self.bounds).center() / self.ratio
        taker = _input_item_at(self.window.contentItem(), centre, past_texts=True)
        if taker is None or any(taker.inherits(kind) for kind in SCROLLERS):
            return f"{cut}; {WHOLE_TEXT_ON} {where} but a tap on it opens nothing"
        return None

    def _control(self, shown: _Shown) -> None:
        item = shown.item
        if item.objectName() in UNANNOUNCED:
            return  # a press-catcher: not a target a visitor aims at
        self._outside(shown)
        side = min(shown.rect.width(), shown.rect.height())
        if side + TOLERANCE < self.touch_px:
            self._note(
                item,
                f"touch target {shown.rect.width():.0f}x{shown.rect.height():.0f} px "
                f"< {self.touch_px:.0f} px ({TOUCH_MM:g} mm)",
            )
        if not _accessible_name(item) and not _is_keyboard_area(item):
            self._note(item, "no accessible name")

    def _outside(self, shown: _Shown) -> None:
        """Part of it beyond the window's edge (what an ancestor clips away is not shown), by
        more than the burn-in protection's shift of the whole picture."""
        margin = TOLERANCE + self.shift
        grown = self.bounds.adjusted(-margin, -margin, margin, margin)
        if not grown.contains(shown.visible_rect):
            self._note(shown.item, f"outside the window ({_rect(shown.visible_rect)})")

    def _overlaps(self, controls: list[_Shown]) -> None:
        """Two controls sharing pixels, unless one is a backdrop: a press-catcher, or a
        control wholly around one painted above it (a map under its pins, a card under its
        button), where a press goes to the one on top as the visitor expects."""
        controls = [c for c in controls if c.item.objectName() not in UNANNOUNCED]
        for index, first in enumerate(controls):
            for second in controls[index + 1 :]:
                a, b = first.item, second.item
                if _is_ancestor(a, b) or _is_ancestor(b, a):
                    continue
                if first.visible_rect.contains(second.visible_rect):
                    continue  # painted first, so below: a backdrop
                common = first.visible_rect.intersected(second.visible_rect).intersected(
                    self.bounds
                )
                if common.width() > TOLERANCE and common.height() > TOLERANCE:
                    self._note(b, f"overlaps {_describe(a)} ({_rect(common)})")

    def _note(self, item: QQuickItem, what: str | None) -> None:
        if what:
            self.findings.append(Finding(self.screen, self.language, _describe(item), what))


def _cut(item: QQuickItem) -> str | None:
    """What a visitor misses of a text: "text elided" (an ellipsis ends it), "text cut off"
    (lines dropped), or None when it shows whole.

    ``Text.truncated`` is Qt's own answer. A text on one line is also elided when it is wider
    than its box. A wrapped text is judged by ``truncated`` alone: its implicit width is that
    of its longest paragraph on one line, so comparing it with the box would call every
    text that wraps onto its allowed lines "elided"."""
    elide = qml_int(item, "elide", ELIDE_NONE)
    if item.property("truncated"):
        return "text elided" if elide != ELIDE_NONE else "text cut off"
    one_line = qml_int(item, "wrapMode", NO_WRAP) == NO_WRAP
    if one_line and elide != ELIDE_NONE and item.implicitWidth() > item.width() + 0.5:
        return f"text elided ({item.implicitWidth():.0f} > {item.width():.0f})"
    return None


def _pixel_shift(window: QQuickWindow) -> float:
    """How far burn-in protection has moved the whole picture now (the canvas's offset)."""
    from PySide6.QtCore import QObject

    canvas = window.findChild(QObject, "canvas")
    if canvas is None:
        return 0.0
    return max(abs(float(canvas.property("x") or 0)), abs(float(canvas.property("y") or 0)))


def _is_control(item: QQuickItem) -> bool:
    """Takes a press (a MouseArea, a control, a text field, a pointer handler), enabled, and
    not merely a scroller."""
    if not item.isEnabled() or any(item.inherits(kind) for kind in SCROLLERS):
        return False
    if item.inherits("QQuickText"):  # takes presses only for links in it
        return _has_handler(item)
    return _takes_press(item)


def _is_keyboard_area(item: QQuickItem) -> bool:
    """Qt Virtual Keyboard's own touch area over its keys, inside the kiosk's keyboard."""
    kind, name, panel = KEYBOARD_AREA
    if not (item.inherits(kind) and item.objectName() == name):
        return False
    node = item.parentItem()
    while node is not None and node.objectName() != panel:
        node = node.parentItem()
    return node is not None


def _input_item_at(
    item: QQuickItem, point: QPointF, *, past_texts: bool = False
) -> QQuickItem | None:
    """The topmost item that would take a press at ``point`` (scene coordinates); with
    ``past_texts``, what a press on a text without links reaches (a text takes presses
    only for its links)."""
    for child in reversed(sorted(item.childItems(), key=lambda c: c.z())):
        if child.isVisible() and child.isEnabled() and child.opacity() > 0:
            found = _input_item_at(child, point, past_texts=past_texts)
            if found is not None:
                return found
    if not item.contains(item.mapFromScene(point)):  # cheaper than asking for its handlers
        return None
    if past_texts and item.inherits("QQuickText") and not _has_handler(item):
        return None
    return item if _takes_press(item) else None


def _takes_press(item: QQuickItem) -> bool:
    if item.inherits("QQuickMouseArea") and not item.property("enabled"):
        return False  # MouseArea.enabled is its own property: "accepts mouse events"
    if item.acceptedMouseButtons() != Qt.MouseButton.NoButton or item.acceptTouchEvents():
        return True
    return _has_handler(item)


def _has_handler(item: QQuickItem) -> bool:
    return any(
        child.inherits("QQuickPointerHandler") and child.property("enabled")
        for child in item.children()
    )


def _is_ancestor(ancestor: QQuickItem, item: QQuickItem | None) -> bool:
    while item is not None:
        if item == ancestor:
            return True
        item = item.parentItem()
    return False


def _accessible_name(item: QQuickItem) -> str:
    """The name of ``item`` or of the nearest ancestor that carries a control's role."""
    node: QQuickItem | None = item
    while node is not None:
        interface = QAccessible.queryAccessibleInterface(node)
        if interface is not None and interface.isValid() and interface.role() in NAMED_ROLES:
            return interface.text(QAccessible.Text.Name).strip()
        node = node.parentItem()
    return ""


def _is_qr(item: QQuickItem) -> bool:
    if not item.inherits("QQuickImage"):
        return False
    source = item.property("source")
    text = source.toString() if hasattr(source, "toString") else str(source or "")
    return text.startswith("image://qr/") or "qr" in item.objectName().lower()


def _text_contrast(item: QQuickItem, shown: _Shown, image: QImage) -> float | None:
    """Contrast of the text's colour (as composited) with the colour most of its box shows;
    None when the text's colour is nowhere in its box (covered, or not drawn), or while it
    fades (an item opacity under ``FADING``: cross-fading prompts; a disabled look)."""
    from kiosk.ui.pixels import colours_by_count

    if shown.opacity < FADING:
        return None
    box = shown.visible_rect.toAlignedRect().intersected(image.rect())
    if box.width() < 2 or box.height() < 2:
        return None
    colour = item.property("color")
    alpha = colour.alphaF() * shown.opacity
    own = (colour.red(), colour.green(), colour.blue())
    palette = colours_by_count(image, box)
    # The background: the commonest colour that is not the text's own (a heading's tight box
    # may hold more ink than background).
    background = next((c for c in palette if _distance(c, own) > INK_MATCH), None)
    if background is None:
        return None
    ink = tuple(round(c * alpha + b * (1 - alpha)) for c, b in zip(own, background, strict=True))
    if not any(_distance(seen, ink) <= INK_MATCH for seen in palette):
        return None
    return contrast_ratio(ink, background)


def _distance(first: tuple[int, ...], second: tuple[int, ...]) -> int:
    return sum(abs(a - b) for a, b in zip(first, second, strict=True))


def contrast_ratio(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """WCAG 2 contrast ratio of two sRGB colours (0-255 channels)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(rgb: tuple[int, ...]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def qml_int(item: QQuickItem, name: str, default: int = 0) -> int:
    """An enum property PySide cannot convert (e.g. ``Text.elide``), read by QML itself."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    context = QQmlEngine.contextForObject(item)
    if context is None or not context.isValid():  # an item on its way out
        return default
    value = QQmlExpression(context, item, name).evaluate()
    value = value[0] if isinstance(value, tuple) else value
    return default if value is None else int(value)


def _rect(rect: QRectF) -> str:
    return f"{rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f}"


def class_name(item: QObject) -> str:
    """The class an item was made from (``BaseKey_QMLTYPE_12``, ``QQuickText``), read through
    its QML engine. Not ``metaObject().className()``: PySide keeps the wrapper of every
    meta-object it hands out, a QML object's own meta-object dies with the object, and a later
    item allocated at that address then comes back from ``childItems()`` as a QMetaObject."""
    engine = qmlEngine(item)
    if engine is None:
        return type(item).__name__
    return engine.toScriptValue(item).toString().split("(", 1)[0]


def _describe(item: QQuickItem) -> str:
    """``Type#objectName "text"``: enough to find the item in the QML."""
    kind = _QML_SUFFIX.sub("", class_name(item)).removeprefix("QQuick")
    name = item.objectName()
    label = f"{kind}#{name}" if name else kind
    text = item.property("text")
    if not (isinstance(text, str) and text.strip()):
        text = _accessible_name(item)  # a bare MouseArea: say what it is for
    if text.strip():
        short = " ".join(text.split())
        label += f' "{short[:40]}{"…" if len(short) > 40 else ""}"'
    if not name and item.parentItem() is not None:
        parent = item.parentItem()
        label += " in " + (parent.objectName() or _QML_SUFFIX.sub("", class_name(parent)))
    return label

"""What a visitor sees of a screen's layout, measured on the real window: controls outside the
window or outside the reach band, controls lying over each other, targets under 9 mm, text cut.

Shared by the screen-shape and low-reach tests. Rectangles are in window (screen) pixels and
clipped by every clipping ancestor (a card scrolled half out of its list counts by the half
that shows); what is hidden, faded out or scrolled wholly away is not looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers import accepts_input, hidden, walk
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQml import QQmlContext, QQmlExpression, qmlContext
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.layout_audit import class_name

# Subtrees that are not the visitor's screen: staff mode, the hidden keyboard (checked on its
# own, it has Qt's own key sizes) and the attract loop lifted out of sight.
NOT_VISITOR = ("staffOverlay", "keyboardLoader", "staffCorner")
# Catch-alls that take a press anywhere on purpose: lying under the controls is their job.
BACKDROPS = (
    "keyboardAwayArea",
    "ageGateBlocker",
    "idleOverlay",
    "thanksTapArea",
    "boothMiniMapArea",
)
# Text cut on purpose where the whole of it is one tap away (a map pin opens the exhibitor).
# Cards and tiles say so on the text itself instead: KText.wholeTextOn (see whole_elsewhere).
PREVIEWS = ("mapBooth_",)


@dataclass(frozen=True)
class Shown:
    """One item as the visitor sees it."""

    item: QQuickItem
    rect: QRectF  # in window pixels, clipped
    label: str


def label_of(item: QQuickItem) -> str:
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName():
            own = item.objectName() or class_name(item)
            return own if node is item else f"{own} in {node.objectName()}"
        node = node.parentItem()
    return class_name(item)


def _ancestors(item: QQuickItem) -> list[QQuickItem]:
    chain = []
    node = item.parentItem()
    while node is not None:
        chain.append(node)
        node = node.parentItem()
    return chain


def _released_delegate(node: QQuickItem) -> bool:
    """A list's delegate the list has let go of but not destroyed: Qt culls it (not drawn,
    takes no press) where it stands, without hiding it."""
    content = node.parentItem()
    view = content.parentItem() if content is not None else None
    if view is None or not view.inherits("QQuickItemView"):
        return False
    centre = node.mapToItem(content, QPointF(node.width() / 2, node.height() / 2))
    here = QQmlExpression(
        qmlContext(view), view, f"itemAtIndex(indexAt({centre.x()}, {centre.y()}))"
    ).evaluate()[0]
    return here is None or not (here is node or here == node)


def shown_rect(item: QQuickItem, window: QQuickWindow, *, clip_to_window: bool) -> QRectF | None:
    """The part of ``item`` on show, in window pixels; None when nothing of it shows."""
    for node in [item, *_ancestors(item)]:
        if not node.isVisible() or node.opacity() <= 0.0 or _released_delegate(node):
            return None
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    for node in _ancestors(item):
        if node.clip():
            rect = rect.intersected(node.mapRectToScene(QRectF(0, 0, node.width(), node.height())))
    if clip_to_window:
        rect = rect.intersected(QRectF(0, 0, window.width(), window.height()))
    if rect.width() <= 0.5 or rect.height() <= 0.5:
        return None
    return rect


def _prune(item: QQuickItem) -> bool:
    return item.objectName() in NOT_VISITOR or (
        item.objectName() == "attractLayer" and not item.isVisible()
    )


def _hidden_or_pruned(item: QQuickItem) -> bool:
    """Skip a subtree nothing of which can show (``shown_rect`` would say so for each item):
    the screens the stack keeps below, the hidden keyboard, closed overlays."""
    return hidden(item) or _prune(item)


def is_control(item: QQuickItem) -> bool:
    """Something a visitor presses or types into (not a list that scrolls under a finger)."""
    if item.inherits("QQuickFlickable") or item.objectName() in BACKDROPS:
        return False
    parent = item.parentItem()
    if parent is not None and parent.inherits("QQuickFlickable"):
        return False  # a Flickable's own content item: the surface that pans
    if item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit"):
        return True
    return accepts_input(item) and item.isEnabled()


def controls(window: QQuickWindow) -> list[Shown]:
    """Every visitor control on show (rects not clipped to the window: see off_window)."""
    found = []
    for item in walk(window.contentItem(), prune=_hidden_or_pruned):
        if not is_control(item):
            continue
        backdrop = any(node.objectName() in BACKDROPS for node in _ancestors(item))
        if backdrop and item.objectName() != "stillThereButton":
            continue
        rect = shown_rect(item, window, clip_to_window=False)
        if rect is not None:
            found.append(Shown(item, rect, label_of(item)))
    # A control inside another control (a text field's own input, a button's MouseArea) is
    # the same target: keep the outermost.
    items = [s.item for s in found]
    return [s for s in found if not any(o in items for o in _ancestors(s.item))]


def off_window(window: QQuickWindow, shown: list[Shown]) -> list[str]:
    bounds = QRectF(-0.5, -0.5, window.width() + 1, window.height() + 1)
    return [f"{s.label} at {_fmt(s.rect)}" for s in shown if not bounds.contains(s.rect)]


def outside_band(window: QQuickWindow, shown: list[Shown], reach: float) -> list[str]:
    """Controls not wholly in the lower ``reach`` of the window."""
    top = window.height() * (1 - reach) - 0.5
    return [f"{s.label} at {_fmt(s.rect)}" for s in shown if s.rect.top() < top]


def overlapping(shown: list[Shown]) -> list[str]:
    problems = []
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            common = a.rect.intersected(b.rect)
            if common.width() > 1 and common.height() > 1:
                problems.append(f"{a.label} {_fmt(a.rect)} and {b.label} {_fmt(b.rect)}")
    return problems


def small(shown: list[Shown], minimum_px: float) -> list[str]:
    """Controls whose whole size (not only the part on show) is under ``minimum_px``."""
    problems = []
    for s in shown:
        whole = s.item.mapRectToScene(QRectF(0, 0, s.item.width(), s.item.height()))
        if min(whole.width(), whole.height()) < minimum_px - 0.5:
            problems.append(f"{s.label} {whole.width():.0f}x{whole.height():.0f} px")
    return problems


def cut_texts(window: QQuickWindow, context: QQmlContext) -> list[str]:
    """Texts on show that are elided, cut to fewer lines, or wider than their box."""
    problems = []
    for item in walk(window.contentItem(), prune=_hidden_or_pruned):
        if not item.inherits("QQuickText"):
            continue
        if any(n.objectName().startswith(PREVIEWS) for n in [item, *_ancestors(item)]):
            continue
        if whole_elsewhere(item):
            continue
        if shown_rect(item, window, clip_to_window=True) is None or not item.property("text"):
            continue
        # One line (NoWrap, FixedSize: enums PySide cannot read) wider than its box.
        fixed_line = QQmlExpression(context, item, "wrapMode === 0 && fontSizeMode === 0")
        overflow = (
            item.width() > 0
            and item.property("contentWidth") > item.width() + 1
            and fixed_line.evaluate()[0] is True
        )
        if item.property("truncated") or overflow:
            text = str(item.property("text")).replace("\n", " ")[:60]
            problems.append(f"{label_of(item)}: {text!r}")
    return problems


def whole_elsewhere(item: QQuickItem) -> bool:
    """A card's text that names the screen a tap on the card opens, where it reads whole
    (``wholeTextOn``, checked in full by kiosk.ui.layout_audit)."""
    from kiosk.ui.navigation import SCREENS

    return str(item.property("wholeTextOn") or "") in SCREENS


def _fmt(rect: QRectF) -> str:
    return f"{rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f}"

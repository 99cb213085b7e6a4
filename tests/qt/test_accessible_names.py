"""The accessible-name audit: on every visitor screen, in both themes, every item a visitor can
press has an accessible role and a name (what a screen reader, and the kiosk's own speech, say
for it). The walk is of the real window's item tree after real navigation."""

from __future__ import annotations

import pytest
from helpers import KioskDriver, accepts_input, effectively_visible, hidden, walk
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from kiosk.ui.layout_audit import class_name
from kiosk.ui.navigation import SCREENS
from kiosk.ui.speech import CONTROL_ROLES

# Containers that take a press only to scroll or to swallow it (not controls).
SCROLLERS = ("QQuickFlickable",)
# Deliberately unannounced, each a press-catcher rather than a control: staff mode's hidden
# hotspot; the form's background that puts the keyboard away (the keyboard has its own key);
# the age gate's blocker over the form; staff mode's blocker over the visitor's screens; the
# keyboard's band beside its keys.
UNANNOUNCED = {
    "staffCorner",
    "keyboardAwayArea",
    "ageGateBlocker",
    "staffOverlayBlocker",
    "keyboardBand",
}
# A picture a visitor works with (the pavilion map, pinched to zoom) is named as a graphic.
NAMED_ROLES = {*CONTROL_ROLES, QAccessible.Role.Heading, QAccessible.Role.Graphic}


def named_control(item: QQuickItem) -> tuple[QAccessible.Role, str] | None:
    """The role and name of ``item`` or the nearest ancestor that carries them."""
    node: QQuickItem | None = item
    while node is not None:
        interface = QAccessible.queryAccessibleInterface(node)
        if interface is not None and interface.isValid():
            role = interface.role()
            if role in NAMED_ROLES:
                return role, interface.text(QAccessible.Text.Name)
        node = node.parentItem()
    return None


def path(item: QQuickItem | None, depth: int = 4) -> str:
    names = []
    while item is not None and len(names) < depth:
        names.append(item.objectName() or class_name(item))
        item = item.parentItem()
    return " < ".join(names)


def problems_on_screen(kiosk: KioskDriver) -> list[str]:
    root = kiosk.window.contentItem()
    found = []
    for item in walk(root, prune=lambda i: i.objectName() == "inputPanel" or hidden(i)):
        if not accepts_input(item) or not item.isEnabled():
            continue
        if any(item.inherits(kind) for kind in SCROLLERS) or item.objectName() in UNANNOUNCED:
            continue
        if not effectively_visible(item, kiosk.window) or not kiosk.reachable(item):
            continue  # hidden, or covered: not pressable where it is
        described = named_control(item)
        where = item.objectName() or class_name(item)
        context = path(item.parentItem())
        if described is None:
            found.append(f"{where} (in {context}): no accessible role")
        elif not described[1].strip():
            found.append(f"{where} (in {context}): role {described[0].name} without a name")
    return found


STATES = [*(s for s in SCREENS if s != "thanks"), "age-gate", "age-under", "idle"]


@pytest.mark.parametrize("accessible", [False, True], ids=["standard", "accessible"])
def test_every_pressable_item_has_a_role_and_a_name(
    kiosk_event: KioskDriver, accessible: bool
) -> None:
    kiosk = kiosk_event
    access = kiosk.host.bridges["access"]
    problems: dict[str, list[str]] = {}
    for state in STATES:
        kiosk.app.reset()
        kiosk.settle()
        access.setAccessible(accessible)
        if state == "attract":
            pass
        elif state in ("age-gate", "age-under"):
            kiosk.app.go("contact")
            if state == "age-under":
                access.confirmAge(False)
        elif state == "idle":
            kiosk.app.go("home")
            kiosk.settle()
            kiosk.host.idle.show_countdown()
        else:
            access.confirmAge(True)
            kiosk.app.go(state, "macau-tea-co" if state in ("exhibitor", "map") else "")
        kiosk.settle()
        kiosk.next_frame()
        found = problems_on_screen(kiosk)
        if found:
            problems[state] = found
    kiosk.app.reset()
    assert not problems, "\n".join(f"{s}: {p}" for s, ps in problems.items() for p in ps)

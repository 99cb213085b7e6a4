"""Every method the kiosk connects a signal to is a declared slot.

Otherwise PySide gives the object a private meta-object, freed with it; QML caches meta-objects
by address for the whole process, and a later object landing on a freed address was read with
another class's properties. CI saw it as "IdleOverlay.qml:14: Unable to assign [undefined] to
bool" at window load, once in a few hundred windows. These tests find the cause itself, which
shows every time, rather than waiting for the rare symptom.
"""

from __future__ import annotations

import gc

from helpers import KioskDriver, grown_metaobjects
from PySide6.QtCore import QObject, QTimer, Slot
from staff_driver import log_in, set_pin


class _Receiver(QObject):
    __module__ = "kiosk.tests_probe"  # the check looks at the kiosk's own classes only

    @Slot()
    def declared(self) -> None:
        pass

    def undeclared(self) -> None:
        pass


def test_the_check_sees_a_connection_to_a_method_that_is_not_a_slot(qapp) -> None:
    """The guard itself: an undeclared target is reported, a declared one is not."""
    receiver = _Receiver()
    timer = QTimer(receiver)
    timer.timeout.connect(receiver.declared)
    assert grown_metaobjects(receiver) == []
    timer.timeout.connect(receiver.undeclared)
    assert grown_metaobjects(receiver) == ["kiosk.tests_probe._Receiver: undeclared()"]
    del receiver, timer
    gc.collect()


def test_no_kiosk_object_grows_slots_through_a_visit_and_staff_mode(kiosk: KioskDriver) -> None:
    """A visit through every language and screen, the idle reset and staff mode: not one kiosk
    object ends with a meta-object of its own."""
    for language in ("zh-Hant", "zh-Hans", "pt", "en"):
        kiosk.app.setLanguage(language)
        kiosk.settle()
    for screen in ("directory", "products", "map", "contact"):
        kiosk.app.go(screen)
        kiosk.settle()
    kiosk.host.idle.show_countdown()
    kiosk.app.reset()
    kiosk.settle()
    set_pin(kiosk.host.database.sessions)
    log_in(kiosk)
    grown = grown_metaobjects(kiosk.host)
    assert not grown, "\n".join(grown)

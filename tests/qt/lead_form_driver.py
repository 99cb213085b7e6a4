"""Drive the lead form like a visitor: taps, the on-screen keyboard's input engine, the database.

Text goes in through Qt Virtual Keyboard's own engine (``InputContext.inputEngine.
virtualKeyClick``), exactly as the keyboard's keys send it, so Pinyin composes and offers
candidates as it does for a finger. A small QML helper object gives Python that engine.
"""

from __future__ import annotations

from helpers import KioskDriver
from PySide6.QtCore import QObject, QPoint, QRectF, Qt
from PySide6.QtQml import QQmlExpression
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from kiosk.data.models import Lead, LeadConsent

_ENGINE_QML = """
import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    function click(key, text) {
        return InputContext.inputEngine.virtualKeyClick(key, text, Qt.NoModifier)
    }
    function candidates() {
        const list = InputContext.inputEngine.wordCandidateListModel
        const out = []
        for (let i = 0; i < list.count; i++)
            out.push(String(list.dataAt(i)))
        return out
    }
    function choose(index) { InputContext.inputEngine.wordCandidateListModel.selectItem(index) }
    function locale() { return InputContext.locale }
}
"""

_KEYS = {" ": "Qt.Key_Space", "@": "Qt.Key_At", ".": "Qt.Key_Period", "+": "Qt.Key_Plus",
         "-": "Qt.Key_Minus", "\n": "Qt.Key_Return"}  # fmt: skip


class LeadFormDriver:
    """The form on a ``KioskDriver``'s window."""

    def __init__(self, kiosk: KioskDriver) -> None:
        self.kiosk = kiosk
        self._engine: QObject | None = None

    @property
    def bridge(self) -> QObject:
        return self.kiosk.host.bridges["leadForm"]

    # -- the keyboard's engine --------------------------------------------------------------

    def _call(self, code: str) -> object:
        if self._engine is None:
            self._engine = self.kiosk.add_qml(_ENGINE_QML, self.kiosk.window.contentItem())
        expression = QQmlExpression(self.kiosk.host.engine.rootContext(), self._engine, code)
        value, _ = expression.evaluate()
        assert not expression.hasError(), expression.error().toString()
        return value.toVariant() if hasattr(value, "toVariant") else value

    def type(self, text: str) -> None:
        """Each character as the keyboard's key for it would send it."""
        for char in text:
            if char in _KEYS:
                key = _KEYS[char]
            elif char.isascii() and char.isalnum():
                key = f"Qt.Key_{char.upper()}"
            else:
                key = "0"
            assert self._call(f"click({key}, {char!r})") is True, f"the engine refused {char!r}"
        self.kiosk.qtbot.wait(30)

    def enter(self, fields: int = 1) -> None:
        """The keyboard's Enter key, ``fields`` times moving on to the next field."""
        for _ in range(fields):
            self._next_field()

    def _next_field(self) -> None:
        """Enter until the focus moves on (with word prediction on, the first Enter may only
        accept the word being typed)."""
        window = self.kiosk.window

        def focused() -> str:
            item = window.activeFocusItem()
            return item.objectName() if item is not None else ""

        before = focused()
        for _ in range(3):
            self.type("\n")
            for _ in range(15):  # up to 150 ms for the focus to move
                if focused() != before:
                    break
                self.kiosk.qtbot.wait(10)
            if focused() != before:
                break
        assert focused() != before, f"Enter did not move on from {before!r}"
        self.kiosk.settle()

    def candidates(self) -> list[str]:
        return list(self._call("candidates()"))

    def choose(self, candidate: str) -> None:
        """Pick ``candidate`` from the keyboard's candidate list (Pinyin, Cangjie, Zhuyin)."""
        offered = self.candidates()
        assert candidate in offered, f"{candidate!r} not among {offered[:12]}"
        self._call(f"choose({offered.index(candidate)})")
        self.kiosk.qtbot.wait(30)

    def keyboard_locale(self) -> str:
        return str(self._call("locale()"))

    # -- the form ---------------------------------------------------------------------------

    def open(self, lang: str = "en", exhibitor: str = "") -> None:
        """From the attract loop: a language, Home, then the form (from an exhibitor)."""
        kiosk = self.kiosk
        kiosk.tap("attractScreen")
        if kiosk.app.language != lang:  # the kiosk starts in the event's default language
            kiosk.tap(f"languageButton_{lang}")
        if exhibitor:
            kiosk.app.openLeadForm(exhibitor)  # what an exhibitor's "I'm interested" calls
            kiosk.settle()
        else:
            kiosk.tap("homeTile_contact")
        kiosk.tap("ageOldEnough")  # the age gate comes first (AgeGate.qml)
        assert kiosk.exists("contactScreen") and kiosk.exists("submitLeadButton")

    def focus(self, field: str) -> None:
        """Scroll to the text field ``field``, tap it and wait for the keyboard."""
        self.scroll_to(f"leadField_{field}")
        self.kiosk.tap(f"leadField_{field}")
        panel = self.kiosk.find("inputPanel", visible=False)
        self.kiosk.wait_until(lambda: panel.property("active"))
        self.kiosk.settle()  # the keyboard fully up (KioskWindowHost.is_settled)

    def text(self, field: str) -> str:
        return str(self.kiosk.find(f"leadField_{field}", visible=False).property("text"))

    def put_keyboard_away(self) -> None:
        """Tap beside the fields (the consent panel's heading): the keyboard goes, the field
        is left."""
        self.kiosk.tap("consentHeading")
        panel = self.kiosk.find("inputPanel", visible=False)
        self.kiosk.wait_until(lambda: not panel.property("active"))
        self.kiosk.settle()

    def drag(self, flickable: str, dy: int) -> None:
        """A finger's drag of ``dy`` px (window pixels) on ``flickable``; waits for it to stop."""
        kiosk = self.kiosk
        flick = kiosk.find(flickable)
        start = kiosk.centre(flick)
        window, left, none = kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(window, left, none, start)
        for step in range(1, 11):
            QTest.mouseMove(window, QPoint(start.x(), start.y() + dy * step // 10), 16)
        QTest.mouseRelease(window, left, none, QPoint(start.x(), start.y() + dy), 120)
        kiosk.wait_until(lambda: not flick.property("moving"))

    def scroll_to(self, name: str, flickable: str = "leadFormFlick") -> None:
        """Drag the form until the item called ``name`` can be tapped."""
        kiosk = self.kiosk
        for _ in range(15):
            flick = kiosk.find(flickable)
            item = kiosk.find(name, visible=False)
            view = flick.mapRectToScene(QRectF(0, 0, flick.width(), flick.height()))
            rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if view.contains(rect) and kiosk.exists(name):
                return
            below = rect.top() > view.top()
            self.drag(
                flickable,
                -int(flick.height() * kiosk.window.height() / 1080 / 3) * (1 if below else -1),
            )
        raise AssertionError(f"{name!r} never came into view")

    def fill(self, **values: str) -> None:
        """Values put straight into the form's state (for tests about what comes after) and
        every required consent ticked on screen."""
        for name, value in values.items():
            self.bridge.setValue(name, value)
        for purpose in self.bridge.property("consentPurposes"):
            if purpose["required"]:
                self.tick(purpose["id"])

    def tick(self, purpose: str) -> None:
        """Tick a consent box, scrolling the consent panel with its "more below" button."""
        name = f"consent_{purpose}"
        for _ in range(10):
            if self.in_view(name, "consentFlick"):
                break
            self.kiosk.tap("consentMoreButton")
        self.kiosk.tap(name)

    def in_view(self, name: str, flickable: str) -> bool:
        """``name``'s centre is in the shown part of ``flickable`` (it clips the rest) and a
        tap there reaches it."""
        kiosk = self.kiosk
        flick = kiosk.find(flickable)
        item = kiosk.find(name, visible=False)
        view = flick.mapRectToScene(QRectF(0, 0, flick.width(), flick.height()))
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        return view.contains(rect.center()) and kiosk.exists(name)

    def ticked(self, purpose: str) -> bool:
        return bool(self.kiosk.find(f"consent_{purpose}", visible=False).property("checked"))

    def error(self, field: str) -> str:
        """The error shown under ``field`` ("" when none shows)."""
        name = f"leadError_{field.replace('.', '_')}"
        items = [i for i in self.kiosk.items(name) if i.isVisible()]  # effective visibility
        return str(items[0].property("text")) if items else ""

    def submit(self) -> None:
        self.kiosk.tap("submitLeadButton")
        self.kiosk.settle()


def lead_rows(kiosk: KioskDriver) -> list[Lead]:
    with kiosk.host.database.sessions() as session:
        return list(session.scalars(select(Lead)))


def consent_rows(kiosk: KioskDriver) -> dict[str, LeadConsent]:
    with kiosk.host.database.sessions() as session:
        return {c.purpose: c for c in session.scalars(select(LeadConsent))}


def lead_count(kiosk: KioskDriver) -> int:
    with kiosk.host.database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Lead)) or 0)

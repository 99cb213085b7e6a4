"""Where the visitor is: the screen stack and its rules, free of Qt so they can be unit-tested.

The shell (Main.qml) only mirrors ``Navigator.stack``. The rules keep a visitor from getting lost
and the stack from growing without bound: Home is always the bottom of a visit, each kind of
screen appears at most once (going to the same screen again returns there; another exhibitor
replaces the earlier one but keeps the path, so Back goes where the visitor came from), and the
attract loop is shown alone, outside any visit.
"""

from __future__ import annotations

from dataclasses import dataclass

ATTRACT = "attract"
HOME = "home"
CONTACT = "contact"  # the lead form ("Business matching / leave your contact")
THANKS = "thanks"


@dataclass(frozen=True)
class Screen:
    """A visitor screen: its QML file in the ``Kiosk`` module and the bridges it requires."""

    name: str
    qml: str
    bridges: tuple[str, ...]
    title: str  # English title, for placeholders and logs (screens translate their own)
    # Shown directly above Home: the screens that led there are finished (Thank you after the
    # lead form), so Back goes Home rather than to an emptied form.
    above_home: bool = False


# Every visitor screen, in the order `kiosk screenshots` renders them. ``bridges`` must match
# the ``required property`` declarations of the screen's root item (the shell passes exactly
# these, since QML rejects properties a component does not declare).
SCREENS: dict[str, Screen] = {
    s.name: s
    for s in (
        Screen(ATTRACT, "AttractScreen.qml", ("app", "eventPage"), "Attract loop"),
        Screen(HOME, "HomeScreen.qml", ("app", "eventPage"), "Home"),
        Screen("directory", "DirectoryScreen.qml", ("directoryPage",), "Exhibitors"),
        Screen(
            "exhibitor", "ExhibitorScreen.qml", ("exhibitorPage", "matching", "here"), "Exhibitor"
        ),
        Screen("products", "ProductsScreen.qml", ("productsPage",), "Products"),
        Screen("map", "MapScreen.qml", ("mapPage", "here"), "Pavilion map"),
        # The lead form; go("contact", exhibitor_id) opens it with that exhibitor added.
        Screen(CONTACT, "LeadFormScreen.qml", ("app", "leadForm", "matching"), "Business matching"),
        Screen(
            THANKS,
            "ThanksScreen.qml",
            ("app", "eventPage", "leadForm", "matching"),
            "Thank you",
            above_home=True,
        ),
        Screen("about", "AboutScreen.qml", ("app", "eventPage"), "About"),
    )
}


@dataclass(frozen=True)
class Entry:
    """One level of the stack: a screen and its argument (e.g. the exhibitor id)."""

    screen: str
    argument: str = ""

    @property
    def key(self) -> str:
        """Identity of the shown item; the shell replaces an item whose key changed."""
        return f"{self.screen}:{self.argument}"


class UnknownScreen(ValueError):
    """A screen name that is not in the registry (a programming error in QML or a bridge)."""


class Navigator:
    """The visitor's screen stack. Every method returns whether the stack changed."""

    def __init__(self, screens: dict[str, Screen] | None = None) -> None:
        self._screens = SCREENS if screens is None else screens
        self._stack: list[Entry] = [Entry(ATTRACT)]

    @property
    def stack(self) -> tuple[Entry, ...]:
        return tuple(self._stack)

    @property
    def current(self) -> Entry:
        return self._stack[-1]

    @property
    def in_visit(self) -> bool:
        """True once the visitor left the attract loop (the idle timer runs only then)."""
        return self.current.screen != ATTRACT

    @property
    def can_go_back(self) -> bool:
        return len(self._stack) > 1

    def go(self, screen: str, argument: str = "") -> bool:
        """Show ``screen``; if it is already in the stack, return to it with the new argument."""
        if screen not in self._screens:
            raise UnknownScreen(f"unknown screen {screen!r}")
        if screen == ATTRACT:
            return self.reset()
        before = list(self._stack)
        if not self.in_visit or screen == HOME or self._screens[screen].above_home:
            self._stack = [Entry(HOME)]
        if screen != HOME:
            entry = Entry(screen, argument)
            if entry in self._stack:
                # The very screen shown before (e.g. the directory): return there.
                del self._stack[self._stack.index(entry) + 1 :]
            else:
                # Another of a kind already in the stack (exhibitor B after exhibitor A, then
                # the map): the older one leaves, the path stays, so Back goes where the
                # visitor came from.
                self._stack = [shown for shown in self._stack if shown.screen != screen]
                self._stack.append(entry)
        return self._stack != before

    def back(self) -> bool:
        """One level up; Home and the attract loop have nothing behind them."""
        if not self.can_go_back:
            return False
        self._stack.pop()
        return True

    def home(self) -> bool:
        return self.go(HOME)

    def restart(self) -> bool:
        """A new visit at Home, nothing of the last one behind it (after "Thank you")."""
        before = list(self._stack)
        self._stack = [Entry(HOME)]
        return self._stack != before

    def reset(self) -> bool:
        """End the visit: the attract loop alone."""
        before = list(self._stack)
        self._stack = [Entry(ATTRACT)]
        return self._stack != before

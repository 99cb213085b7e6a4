"""What the PIN pad holds and asks for. Plain Python: the digits never reach QML (it shows
only how many there are), and the pad's rules are tested without a window.

Modes: ``enter`` (check the PIN) and ``unset`` (no PIN exists yet: staff mode is not set up
on this kiosk, the pad takes no digits). A first PIN is never chosen on the touchscreen: on a
fresh booth whoever found the gesture first would own staff mode. It is set on the PC with
``kiosk set-pin`` (or by the installer).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.staff_pin import MAX_PIN_LENGTH

ENTER = "enter"
UNSET = "unset"


@dataclass(frozen=True)
class Submission:
    """What to do with a submitted entry: "check" ``pin``, or "nothing" (no digits, or no
    PIN to check against)."""

    action: str
    pin: str = ""


class PinEntry:
    def __init__(self, pin_is_set: bool) -> None:
        self.mode = ENTER
        self._digits = ""
        self.restart(pin_is_set)

    @property
    def length(self) -> int:
        return len(self._digits)

    def press(self, digit: str) -> bool:
        """Add one digit; False if it is not a digit, the PIN is already at its longest or
        there is no PIN to enter."""
        if self.mode != ENTER or len(digit) != 1 or not digit.isdigit() or not digit.isascii():
            return False
        if len(self._digits) >= MAX_PIN_LENGTH:
            return False
        self._digits += digit
        return True

    def erase(self) -> bool:
        if not self._digits:
            return False
        self._digits = self._digits[:-1]
        return True

    def clear(self) -> None:
        self._digits = ""

    def restart(self, pin_is_set: bool) -> None:
        """Back to the beginning (a new visit to the pad)."""
        self.mode = ENTER if pin_is_set else UNSET
        self._digits = ""

    def submit(self) -> Submission:
        pin, self._digits = self._digits, ""
        if not pin or self.mode != ENTER:
            return Submission("nothing")
        return Submission("check", pin)

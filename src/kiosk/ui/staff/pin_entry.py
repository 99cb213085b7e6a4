"""What the PIN pad holds and asks for. Plain Python: the digits never reach QML (it shows
only how many there are), and the set-twice rule of a first PIN is tested without a window.

Modes: ``enter`` (check the PIN), ``set`` (a first PIN: no PIN exists yet) and ``confirm``
(the same first PIN again).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.staff_pin import MAX_PIN_LENGTH, pin_problem_code

ENTER = "enter"
SET = "set"
CONFIRM = "confirm"


@dataclass(frozen=True)
class Submission:
    """What to do with a submitted entry.

    ``action``: "check" or "store" ``pin``; "next" (now confirm it); "problem" (``code`` says
    why, a key of ``staff_pin.PIN_PROBLEMS`` or "mismatch"); "nothing" (no digits yet).
    """

    action: str
    pin: str = ""
    code: str = ""


class PinEntry:
    def __init__(self, pin_is_set: bool) -> None:
        self.mode = ENTER
        self._digits = ""
        self._first = ""
        self.restart(pin_is_set)

    @property
    def length(self) -> int:
        return len(self._digits)

    def press(self, digit: str) -> bool:
        """Add one digit; False if it is not a digit or the PIN is already at its longest."""
        if len(digit) != 1 or not digit.isdigit() or not digit.isascii():
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
        self.mode = ENTER if pin_is_set else SET
        self._digits = ""
        self._first = ""

    def submit(self) -> Submission:
        pin, self._digits = self._digits, ""
        if not pin:
            return Submission("nothing")
        if self.mode == ENTER:
            return Submission("check", pin)
        if self.mode == SET:
            code = pin_problem_code(pin)
            if code:
                return Submission("problem", code=code)
            self._first, self.mode = pin, CONFIRM
            return Submission("next")
        first, self._first, self.mode = self._first, "", SET
        if pin != first:
            return Submission("problem", code="mismatch")
        return Submission("store", pin)

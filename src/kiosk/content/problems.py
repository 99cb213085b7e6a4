"""Problems found in a content pack, each located by its JSON path, all reported together.

An organiser fixing a pack should see every mistake in one run, each as
``exhibitors[3].contact.email: "bob@" is not an email address``, so the validator collects
:class:`Problem` objects instead of stopping at the first one, and raises one :class:`PackInvalid`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.errors import KioskError

# Where a problem concerns the file as a whole (syntax, encoding, size) rather than a field.
CONTENT_FILE = "content.json"


@dataclass(frozen=True)
class Problem:
    """One mistake: ``path`` is where (``exhibitors[3].logo``), ``message`` what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class PackInvalid(KioskError):
    """The pack breaks the format; nothing was changed. Carries every problem found."""

    exit_code = 2

    def __init__(self, problems: Iterable[Problem], *, source: str = "") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        where = f"content pack {source}" if source else "content pack"
        count = len(self.problems)
        lines = [f"{where} has {count} problem{'s' if count != 1 else ''}:"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


def join(path: str, key: str) -> str:
    """The path of field ``key`` inside the object at ``path``."""
    return f"{path}.{key}" if path else key


def item(path: str, index: int) -> str:
    """The path of element ``index`` of the list at ``path``."""
    return f"{path}[{index}]"


def quote(value: object, limit: int = 60) -> str:
    """A short JSON rendering of a bad value for a message (long strings are cut)."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit - 1] + "…"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # pragma: no cover - values come from json.loads
        text = repr(value)
    return text if len(text) <= limit + 2 else text[: limit + 1] + "…"


def describe(value: object) -> str:
    """What kind of JSON value this is, for "expected X, got Y" messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"a number ({quote(value)})"
    if isinstance(value, str):
        return f"a string ({quote(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``; did you mean "email"?`` when a choice is close to ``word``, else ``""``."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.7)
    return f'; did you mean "{close[0]}"?' if close else ""

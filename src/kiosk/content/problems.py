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

from kiosk.domain.messages import Message
from kiosk.errors import KioskError

# Where a problem concerns the file as a whole (syntax, encoding, size) rather than a field.
CONTENT_FILE = "content.json"


@dataclass(frozen=True)
class Problem:
    """One mistake: ``path`` is where (``exhibitors[3].logo``), ``message`` what is wrong (a
    code and parameters; ``str()`` gives the English, the staff screen translates it)."""

    path: str
    message: Message

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


def describe(value: object) -> Message:
    """What kind of JSON value this is, for "expected X, got Y" messages."""
    if value is None:
        return Message("value.null")
    if isinstance(value, bool):
        return Message("value.true") if value else Message("value.false")
    if isinstance(value, int | float):
        return Message("value.number", value=quote(value))
    if isinstance(value, str):
        return Message("value.string", value=quote(value))
    if isinstance(value, list):
        return Message("value.list")
    if isinstance(value, dict):
        return Message("value.object")
    return Message("value.other", type=type(value).__name__)  # pragma: no cover


def close_match(word: str, choices: Iterable[str]) -> str | None:
    """The choice close to ``word`` (a misspelt field or id), if one is."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.7)
    return close[0] if close else None

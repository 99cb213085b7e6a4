"""One message pipeline: a user-facing problem is a :class:`Message`, a code and parameters,
from the place it arises to the place it is shown.

The words live once, in :mod:`kiosk.domain.message_texts` (code → English with named
placeholders). The command line shows :func:`english`; the window translates the same English
through Qt Linguist (``Messages.qml``), so a reworded message can never fall out of
translation unnoticed (``tests/unit/test_messages.py``). A parameter that is itself words (a
field's or a section's name, "a list", "a number") is a nested :class:`Message`, translated too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Union

from kiosk.domain.message_texts import TEXTS

Param = Union[str, int, float, "Message"]
Translate = Callable[[str, str], str]  # (code, English) → the words in some language
_GROUPED = re.compile(r"\{(\w+):,\}")  # {count:,}: a number with its digits grouped


def _as_source(_code: str, english: str) -> str:
    return english


class Message:
    """What went wrong, as ``code`` (a key of ``TEXTS``) and the parameters its text names.

    An unknown code fails where the message is made, so a typo cannot reach a screen."""

    __slots__ = ("code", "params")
    code: str
    params: Mapping[str, Param]

    def __init__(self, code: str, /, **params: Param) -> None:
        if code not in TEXTS:
            raise KeyError(f"no message text for code {code!r} (kiosk.domain.message_texts)")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", MappingProxyType(dict(params)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Message is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.code == other.code and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.code!r}{args})"

    def __str__(self) -> str:
        return english(self)


def render(message: Message, translate: Translate = _as_source, locale: str | None = None) -> str:
    """The message's words through ``translate`` (English by default), parameters filled in
    (numbers grouped the ``locale``'s way when given); nested messages are rendered first."""
    values = {
        key: render(value, translate, locale) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    return fill(translate(message.code, TEXTS[message.code]), values, locale)


def english(message: Message) -> str:
    """The message as the command line and the logs show it."""
    return render(message)


def fill(template: str, values: Mapping[str, Any], locale: str | None = None) -> str:
    """``template``'s ``{name}`` placeholders filled in (``str.format`` rules). A grouped
    number ``{n:,}`` reads 20,001 in English and, given a Babel ``locale``, that locale's
    way (Portuguese 20 001)."""
    values = dict(values)
    if locale is not None and ":," in template:
        from babel.numbers import format_decimal  # only the window passes a locale

        for name in _GROUPED.findall(template):
            if isinstance(values.get(name), int | float):
                values[name] = format_decimal(values[name], locale=locale)
        template = _GROUPED.sub(r"{\1}", template)
    return template.format_map(values)


def to_data(message: Message) -> dict[str, Any]:
    """``{"code", "english", "params"}`` with nested messages the same way: what QML receives.

    The English travels with the code so that QML needs no lookup object of its own (Python
    singletons registered in QML broke later engines of the process with PySide6 6.11)."""
    return {
        "code": message.code,
        "english": TEXTS[message.code],
        "params": {
            key: to_data(value) if isinstance(value, Message) else value
            for key, value in message.params.items()
        },
    }

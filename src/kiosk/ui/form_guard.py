"""Slots of the lead form whose failure never costs the visitor what they typed.

An exception that leaves a slot reaches the window's error recovery (``kiosk.ui.recovery``),
which returns to the attract screen and so wipes the form. A visitor who has typed half a
contact (or whose badge scan hit a bug) should instead keep every input: a form slot wrapped in
:func:`keeps_input` logs the failure (its kind and where, never the message, which may quote
what the visitor typed) and returns ``default``; the form's state is left as the slot found it
when the slot restores it (see ``LeadFormBridge._scanned``) or as far as it got otherwise.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger("kiosk.ui.lead_form")

F = TypeVar("F", bound=Callable[..., Any])


def where(exc: BaseException) -> str:
    """``file.py:123 in function`` of the innermost frame (no values)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}"


def keeps_input(default: Any = None) -> Callable[[F], F]:
    """Log and swallow an exception of the wrapped form slot, returning ``default``."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                log.error(
                    "lead form: %s failed (%s at %s); the visitor's input is kept",
                    func.__name__,
                    exc.__class__.__name__,
                    where(exc),
                )
                return default

        return guarded  # type: ignore[return-value]

    return wrap

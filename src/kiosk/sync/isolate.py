"""Finding the rows the pool refuses inside a batch it refused, so the others still go.

PostgreSQL rejects a whole transaction for one bad row and does not say which row it was. The
batch is halved and each half sent in its own transaction, again and again, until every part
either went through or is a single row the pool refuses. One bad row among ``n`` costs about
``2 log2(n)`` small transactions; the good rows are not held back. Only errors that blame a
row (:func:`kiosk.sync.engine.rejects_row`) are chased this way: a lost link propagates at
once, and the caller keeps what was already sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from kiosk.sync.engine import rejects_row

T = TypeVar("T")


def send_isolating(
    items: Sequence[T], send: Callable[[Sequence[T]], object]
) -> list[tuple[T, Exception]]:
    """``send(items)``, in one go if the pool takes them all; else in parts, so that every row
    it takes goes in. Returns the rows it refuses, each with its error, in the order of
    ``items``. Any error that does not blame a row propagates (parts already sent stay sent).
    """
    refused: list[tuple[T, Exception]] = []
    parts: list[Sequence[T]] = [items]
    while parts:
        part = parts.pop()
        try:
            send(part)
            continue
        except Exception as exc:
            if not rejects_row(exc) or not part:
                raise
            error = exc
        if len(part) == 1:
            refused.append((part[0], error))
        else:
            middle = len(part) // 2
            parts += [part[middle:], part[:middle]]
    return refused

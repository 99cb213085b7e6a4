"""Finding the rows the pool refuses inside a batch it refused, so the others still go.

PostgreSQL rejects a whole transaction for one bad row and does not say which row it was. The
batch is halved and each half sent in its own transaction, again and again, until every part
either went through or is a single row the pool refuses. One bad row among ``n`` costs about
``2 log2(n)`` small transactions; the good rows are not held back. Only errors that blame a
row (:func:`kiosk.sync.engine.rejects_row`) are chased this way: a lost link propagates at
once, and the caller keeps what was already sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from kiosk.sync.engine import rejects_row

T = TypeVar("T")


def isolate(
    items: Sequence[T], send: Callable[[Sequence[T]], object], failure: Exception
) -> Iterator[tuple[Sequence[T], Exception | None]]:
    """``send(items)`` failed with ``failure``, an error that blames a row: yields each part that
    ``send`` then took, with None, and each row the pool refuses, alone, with its error.

    Parts come in the order of ``items``. Any error that does not blame a row propagates.
    """
    parts: list[tuple[Sequence[T], Exception | None]] = [(items, failure)]
    while parts:
        part, error = parts.pop()
        if error is None:
            try:
                send(part)
            except Exception as exc:
                if not rejects_row(exc):
                    raise
                error = exc
            else:
                yield part, None
                continue
        if not part:  # nothing left to blame: the failure was not about a row after all
            raise error
        if len(part) == 1:
            yield part, error
            continue
        middle = len(part) // 2
        parts += [(part[middle:], None), (part[:middle], None)]

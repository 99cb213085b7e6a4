"""The parent's side of the workbook writer process (see ``workbook_child``).

One process per export writes every workbook of it. Rows go through a pipe in chunks; each
chunk is answered, and at most ``WINDOW`` chunks are unanswered, so the export's progress is
the writer's, memory stays bounded, and a failure (a full drive) stops the export at once.
The process is started with ``spawn`` (no fork of a Qt process with threads); a frozen bundle
runs it through ``multiprocessing.freeze_support()`` in ``kiosk.__main__``.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.errors import KioskError
from kiosk.services.export.workbook_child import serve

WINDOW = 2  # chunks in flight: the writer works on one while the next is on its way
CHUNK = 1000  # rows per message: 5,000 cost the writer ~40 MB more at its peak
STOP_TIMEOUT_S = 10.0
_POLL_S = 0.5


class WriterStopped(KioskError):
    """The writer process went away (killed, out of memory): nothing it wrote counts."""


class WorkbookProcess:
    """Starts on first use; ``close()`` stops it, ``kill()`` ends it at once (on failure)."""

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Any = None
        self._keys = itertools.count(1)
        self._waiting = 0  # requests sent and not yet answered

    def __enter__(self) -> WorkbookProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.kill()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve, args=(theirs,), name="kiosk-workbook-writer", daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._conn = process, ours

    def _send(self, message: tuple[Any, ...]) -> None:
        if self._process is None:
            self._start()
        try:
            self._conn.send(message)
        except (OSError, EOFError) as exc:
            raise self._stopped() from exc

    def _stopped(self) -> WriterStopped:
        code = self._process.exitcode if self._process is not None else None
        return WriterStopped(
            f"export failed: the workbook writer stopped unexpectedly (exit code {code}); "
            "no leads were marked as exported"
        )

    def _answer(self) -> None:
        """Wait for the oldest answer; raise the writer's failure as the export's."""
        while not self._conn.poll(_POLL_S):
            if not self._process.is_alive() and not self._conn.poll(0):
                raise self._stopped()
        try:
            answer = self._conn.recv()
        except (OSError, EOFError) as exc:
            raise self._stopped() from exc
        self._waiting -= 1
        if answer[0] != "ok":
            _kind, code, strerror, text = answer
            if code is not None:
                raise OSError(code, strerror or text)
            raise KioskError(f"export failed: the workbook could not be written: {text}")

    def _request(self, message: tuple[Any, ...], window: int) -> None:
        while self._waiting >= window:
            self._answer()
        self._send(message)
        self._waiting += 1

    def open(self, path: Path, sheets: Mapping[str, Sequence[str]]) -> int:
        key = next(self._keys)
        self._send(("open", key, str(path), {name: list(h) for name, h in sheets.items()}))
        return key

    def write_rows(self, key: int, sheet: str, rows: Sequence[Sequence[Any]]) -> None:
        for start in range(0, len(rows), CHUNK):
            self._request(("rows", key, sheet, rows[start : start + CHUNK]), WINDOW)

    def finish(self, key: int) -> None:
        """Close one workbook; returns once it is complete on disk (or raises)."""
        self._request(("close", key), 1)
        while self._waiting:
            self._answer()

    def drop(self, key: int) -> None:
        """Forget a workbook without finishing it (its file is never created)."""
        if self._process is not None and self._process.is_alive():
            self._send(("drop", key))

    def close(self) -> None:
        if self._process is None:
            return
        with contextlib.suppress(OSError, EOFError):  # already gone: kill() tidies up
            self._conn.send(("stop",))
        self._process.join(STOP_TIMEOUT_S)
        self.kill()

    def kill(self) -> None:
        if self._process is None:
            return
        if self._process.is_alive():
            self._process.kill()
            self._process.join(STOP_TIMEOUT_S)
        self._conn.close()
        self._process = self._conn = None
        self._waiting = 0

"""Errors that carry a message meant for a person, shown by the CLI and UI without a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.domain.messages import Message


class KioskError(Exception):
    """A failure with a human message; ``exit_code`` is what the CLI exits with.

    Given a :class:`Message`, the CLI prints its English and a staff screen translates it
    (``problem``); given text, it is shown as it is."""

    exit_code = 1

    def __init__(self, message: str | Message, *, exit_code: int | None = None) -> None:
        super().__init__(str(message))
        self.problem: Message | None = None if isinstance(message, str) else message
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self)

"""Errors that carry a message meant for a person, shown by the CLI and UI without a traceback."""


class KioskError(Exception):
    """A failure with a human message; ``exit_code`` is what the CLI exits with."""

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self)

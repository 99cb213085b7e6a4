"""The one rule for the ids of a content pack (events, pavilions, sectors, exhibitors,
consent purposes) and of what leads refer to: 1 to 64 lower-case letters, digits, ``.``,
``_`` or ``-``, starting with a letter or digit.

Matched whole with ``fullmatch``: ``re.match`` with ``$`` lets a trailing newline through
(``"tea\\n"``), which then makes a file name, a CSV cell or a QR code of its own.
"""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def is_identifier(value: object) -> bool:
    """Whether ``value`` is a well-formed id (a string, the whole of it)."""
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None

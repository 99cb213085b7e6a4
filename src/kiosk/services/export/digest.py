"""An order-free fingerprint of a set of lead ids, to compare a file with the database.

Counting rows alone would accept a file that lost one lead and repeated another; the sum of
per-id hashes (mod 2**64) catches that in constant memory, whatever the row order.
"""

from __future__ import annotations

import hashlib

_MASK = (1 << 64) - 1


class IdDigest:
    def __init__(self) -> None:
        self.count = 0
        self._sum = 0

    def add(self, lead_id: str) -> None:
        h = hashlib.blake2b(lead_id.encode("utf-8"), digest_size=8).digest()
        self._sum = (self._sum + int.from_bytes(h, "big")) & _MASK
        self.count += 1

    @property
    def value(self) -> str:
        return f"{self.count}:{self._sum:016x}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IdDigest) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"IdDigest({self.value})"

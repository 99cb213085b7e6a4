"""An order-free fingerprint of a set of lead ids, to compare a file with the database.

Counting rows alone would accept a file that lost one lead and repeated another; the sum of
per-id hashes (mod 2**64) catches that in constant memory, whatever the row order.

The per-id hash is Python's own string hash (SipHash, keyed afresh in each process): both sides
of a comparison are computed in the same export, and hashing 100,000 ids costs milliseconds
where a hashlib call per id cost a quarter of a second. A digest is never stored or compared
across processes.
"""

from __future__ import annotations

from collections.abc import Iterable

_MASK = (1 << 64) - 1


class IdDigest:
    def __init__(self) -> None:
        self.count = 0
        self._sum = 0

    def add(self, lead_id: str) -> None:
        self.add_all((lead_id,))

    def add_all(self, lead_ids: Iterable[str]) -> None:
        ids = lead_ids if isinstance(lead_ids, list | tuple) else list(lead_ids)
        self._sum = (self._sum + sum(map(hash, ids))) & _MASK
        self.count += len(ids)

    @property
    def value(self) -> str:
        return f"{self.count}:{self._sum:016x}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IdDigest) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"IdDigest({self.value})"

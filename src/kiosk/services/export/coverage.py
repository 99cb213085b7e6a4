"""Which lead versions an export holds: packed into its record, read back by wipe and erasure.

A lead's version is the time of its latest change in whole microseconds since 1970 (UTC). The
list is zlib-compressed text, one ``<lead id> <version>`` line per lead.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.models import ExportRecord

# Where an export was written (``medium``), as its record keeps it.
DRIVE, INTERNAL = "drive", "internal"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def version_of(at: datetime) -> int:
    return (at - _EPOCH) // _MICROSECOND


class VersionPacker:
    """Streams (lead id, version) pairs into a compressed blob during the export."""

    def __init__(self) -> None:
        self._zip = zlib.compressobj(1)  # ~1 MB per 100,000 leads; level 6 took 4x longer
        self._chunks: list[bytes] = []
        self.count = 0

    def add(self, pairs: Iterable[tuple[str, int]]) -> None:
        """(lead id, ``version_of`` its newest time) pairs."""
        lines = [f"{lead_id} {version}\n" for lead_id, version in pairs]
        self.count += len(lines)
        self._chunks.append(self._zip.compress("".join(lines).encode("ascii")))

    def finish(self) -> bytes:
        self._chunks.append(self._zip.flush())
        return b"".join(self._chunks)


def unpack(blob: bytes) -> Iterator[tuple[str, int]]:
    for line in zlib.decompress(blob).decode("ascii").splitlines():
        lead_id, _, version = line.partition(" ")
        yield lead_id, int(version)


def counts_for_wipe(record: ExportRecord) -> bool:
    """An export of everything (exhibitors' files leave out most of a lead) written to a drive
    of its own: not a folder on the kiosk's disk, nor one recorded before drives were checked
    (``medium`` missing)."""
    return record.exhibitor_ref is None and (record.files or {}).get("medium") == DRIVE


def wipe_exports(session: Session) -> list[ExportRecord]:
    """The exports a wipe may rely on (see :func:`counts_for_wipe`)."""
    query = select(ExportRecord).where(ExportRecord.exhibitor_ref.is_(None))
    return [record for record in session.scalars(query) if counts_for_wipe(record)]


def covered_versions(session: Session) -> dict[str, int]:
    """Per lead, the newest version held by any export a wipe may rely on."""
    covered: dict[str, int] = {}
    for record in wipe_exports(session):
        for lead_id, version in unpack(record.lead_versions):
            if version > covered.get(lead_id, -1):
                covered[lead_id] = version
    return covered


def exports_holding(session: Session, lead_ids: set[str]) -> list[ExportRecord]:
    """The exports (of any kind) that hold any of ``lead_ids``: who received a visitor's data."""
    found = []
    for record in session.scalars(select(ExportRecord).order_by(ExportRecord.finished_at)):
        if any(lead_id in lead_ids for lead_id, _ in unpack(record.lead_versions)):
            found.append(record)
    return found

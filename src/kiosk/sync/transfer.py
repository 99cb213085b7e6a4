"""Copying whole kiosk databases into the pool: USB sticks (``kiosk merge``) and full replays.

Both go through :func:`kiosk.sync.central.upsert_facts`, the pusher's own path, so a file merged
twice, a stick merged after its kiosk already pushed, or a replay of everything, changes nothing.
A row the pool refuses for its content (:func:`kiosk.sync.engine.rejects_row`) is found by
halving its chunk (:mod:`kiosk.sync.isolate`) and reported in ``CopyReport.refused``; the rest
of the file still goes in, and the refused row stays where it was read from.

A file from a stick is first copied (with its ``-wal`` file, which holds the latest commits) to
a temporary folder and brought to the current schema there: the stick is never written to, and a
kiosk that ran an older version of the software can still be merged.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select

from kiosk.config import sqlite_url
from kiosk.data.engine import make_engine
from kiosk.data.migrate import alembic_config, current_revision, upgrade
from kiosk.data.outbox import FACT_TABLES, FactTable
from kiosk.errors import KioskError
from kiosk.sync.central import upsert_facts
from kiosk.sync.engine import describe_error
from kiosk.sync.isolate import send_isolating

CHUNK = 1000


@dataclass(frozen=True)
class Refused:
    """A row the pool refused for its content, and the pool's reason."""

    table: str
    lead_id: str
    row_id: str
    reason: str


@dataclass
class CopyReport:
    """Rows read per table, how many were new (or newer) in the pool, and whose they were."""

    source: str
    rows: dict[str, int] = field(default_factory=dict)
    new_rows: dict[str, int] = field(default_factory=dict)
    kiosk_ids: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)  # rows the pool would not take

    @property
    def leads(self) -> int:
        return self.rows.get("leads", 0)

    @property
    def total_new(self) -> int:
        return sum(self.new_rows.values())


def copy_facts(source: Engine, central: Engine, *, label: str = "") -> CopyReport:
    """Upsert every fact row of a kiosk database into the pool, a chunk per transaction."""
    report = CopyReport(source=label or str(source.url))
    with source.connect() as reader:
        kiosk_ids = select(FACT_TABLES[0].table.c.kiosk_id).distinct()
        report.kiosk_ids = sorted(reader.execute(kiosk_ids).scalars())
        for fact in FACT_TABLES:
            query = select(fact.table).order_by(*fact.key_columns())
            result = reader.execution_options(yield_per=CHUNK).execute(query)
            read = new = 0
            for chunk in result.partitions():
                rows = [dict(row._mapping) for row in chunk]
                new += _copy_chunk(central, fact, rows, report)
                read += len(rows)
            report.rows[fact.name] = read
            report.new_rows[fact.name] = new
    return report


def _copy_chunk(
    central: Engine, fact: FactTable, rows: list[dict[str, Any]], report: CopyReport
) -> int:
    """Upsert one chunk; rows the pool refuses go to ``report.refused``. Returns rows new."""
    new = 0

    def send(part: Sequence[dict[str, Any]]) -> None:
        nonlocal new
        with central.begin() as writer:
            new += upsert_facts(writer, fact.name, part)

    for row, error in send_isolating(rows, send):
        lead_id, row_id = fact.key_of(row)
        report.refused.append(Refused(fact.name, lead_id, row_id, describe_error(error)))
    return new


def _check_kiosk_file(path: Path) -> None:
    if not path.exists():
        raise KioskError(f"{path}: no such file")
    if not path.is_file():
        raise KioskError(f"{path}: not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise KioskError(f"{path}: cannot read it: {exc.strerror}") from exc
    if header != b"SQLite format 3\x00":
        raise KioskError(f"{path}: not a kiosk database (not a SQLite file)")


def _staged_copy(path: Path, folder: Path) -> Path:
    """Copy the database and its write-ahead log; reading in place could write to the stick."""
    target = folder / "kiosk.db"
    try:
        shutil.copyfile(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise KioskError(f"{path}: cannot copy it for reading: {exc.strerror}") from exc
    return target


def _prepare(path: Path, staged: Path) -> Engine:
    """An engine on the staged copy, at the current kiosk schema; a clear error otherwise."""
    engine = make_engine(sqlite_url(staged))
    try:
        try:
            tables = set(inspect(engine).get_table_names())
            revision = current_revision(engine)
        except Exception as exc:
            cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
            raise KioskError(f"{path}: not a readable kiosk database ({cause})") from exc
        if "leads" not in tables or revision is None:
            raise KioskError(f"{path}: not a kiosk database (it has no lead tables)")
        known = {
            script.revision
            for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
        }
        if revision not in known:
            raise KioskError(
                f"{path}: made by a newer kiosk version (schema {revision}); "
                "update this kiosk's software to merge it"
            )
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def merge_files(
    paths: Iterable[Path],
    central: Engine,
    *,
    progress: Callable[[CopyReport], None] | None = None,
) -> list[CopyReport]:
    """Merge kiosk database files into the pool; every file is checked before any is merged."""
    files = [Path(path) for path in paths]
    for path in files:
        _check_kiosk_file(path)
    reports = []
    for path in files:
        with tempfile.TemporaryDirectory(prefix="kiosk-merge-") as folder:
            engine = _prepare(path, _staged_copy(path, Path(folder)))
            try:
                report = copy_facts(engine, central, label=str(path))
            finally:
                engine.dispose()
        reports.append(report)
        if progress is not None:
            progress(report)
    return reports


def count_facts(engine: Engine, kiosk_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Rows per fact table (only those of leads from ``kiosk_ids`` when given)."""
    wanted = list(kiosk_ids) if kiosk_ids is not None else None
    counts = {}
    with engine.connect() as connection:
        for fact in FACT_TABLES:
            query = select(func.count()).select_from(fact.table)
            if wanted is not None:
                lead_table = FACT_TABLES[0].table
                lead_ids = select(lead_table.c.id).where(lead_table.c.kiosk_id.in_(wanted))
                query = query.where(fact.table.c[fact.lead_key].in_(lead_ids))
            counts[fact.name] = connection.execute(query).scalar_one()
    return counts

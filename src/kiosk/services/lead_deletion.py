"""Deleting many leads without holding up the kiosk, and leaving nothing of them on disk.

Leads are walked by id in batches; each batch is decided and deleted in one short transaction
that holds the write lock from its start, so nothing changes between the decision and the
delete, and a visitor's lead waits at most one batch to be saved. Child rows go with their lead
(foreign keys cascade). Afterwards the database file is rebuilt so the deleted data does not
linger in free pages or the write-ahead log.

Because the batches commit one by one, a deletion killed half-way has deleted part of its
leads: ``delete_audited`` therefore commits an ``<action>.started`` audit entry before the
first batch, so no lead is ever deleted without an entry saying who started what.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Lead
from kiosk.data.transactions import reclaim_space, write_locked
from kiosk.services import audit

BATCH_SIZE = 1000

log = logging.getLogger(__name__)

Chooser = Callable[[Connection, list[str]], list[str]]
Progress = Callable[[int, int], None]  # (leads looked at, leads there were at the start)


@dataclass(frozen=True)
class Deleted:
    deleted: int
    kept: int


def delete_leads(
    sessions: sessionmaker[Session],
    choose: Chooser,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Deleted:
    """Delete the leads ``choose`` picks from each batch of ids (or only count them)."""
    deleted = kept = 0
    last = ""
    total = 0
    if progress is not None:
        with sessions() as session:
            total = session.scalar(select(func.count()).select_from(Lead)) or 0
        progress(0, total)
    while True:
        with write_locked(sessions) as conn:
            query = select(Lead.id).where(Lead.id > last).order_by(Lead.id).limit(BATCH_SIZE)
            ids = list(conn.execute(query).scalars())
            if not ids:
                break
            doomed = choose(conn, ids)
            if doomed and not dry_run:
                conn.execute(delete(Lead).where(Lead.id.in_(doomed)))
            deleted += len(doomed)
            kept += len(ids) - len(doomed)
            last = ids[-1]
        if progress is not None:
            progress(deleted + kept, max(total, deleted + kept))
    return Deleted(deleted, kept)


def compact(sessions: sessionmaker[Session]) -> None:
    """Rebuild the file after a deletion; a busy database only delays it (logged)."""
    try:
        reclaim_space(sessions)
    except SQLAlchemyError as exc:
        log.warning("could not compact the database after deleting leads: %s", exc)


def delete_audited(
    sessions: sessionmaker[Session],
    choose: Chooser,
    *,
    action: str,
    actor: str,
    detail: dict[str, object],
    progress: Progress | None = None,
) -> Deleted:
    """``delete_leads`` between two audit entries: ``<action>.started`` committed before the
    first lead goes, ``action`` with what was deleted and kept once done; then compact."""
    with sessions() as session:
        there = session.scalar(select(func.count()).select_from(Lead)) or 0
    audit.write(sessions, f"{action}.started", actor=actor, detail={**detail, "leads": there})
    result = delete_leads(sessions, choose, progress=progress)
    audit.write(
        sessions,
        action,
        actor=actor,
        detail={**detail, "deleted": result.deleted, "kept": result.kept},
    )
    if result.deleted:
        compact(sessions)
    return result

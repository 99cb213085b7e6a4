"""Wipe leads from the kiosk: only those a verified export holds, or all after a typed warning.

"Held" is strict: the export must be of everything (not one exhibitor's file) and must hold the
lead at its current version; a lead that came back, changed a consent or was captured after the
export stays. Leads are deleted in batches, each decided and deleted under the write lock (so
nothing changes in between, and the kiosk never waits long to save a lead); then the database
file is rebuilt (VACUUM) so the deleted data does not linger, and the wipe is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import ExportRecord, Lead
from kiosk.data.transactions import reclaim_space, write_locked
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.coverage import covered_versions, version_of
from kiosk.services.export.source import load_leads

CONFIRMATION = "DELETE ALL LEADS"
BATCH_SIZE = 1000


@dataclass(frozen=True)
class WipeResult:
    deleted: int
    kept: int  # leads no verified export holds at their current version

    @property
    def summary(self) -> str:
        text = f"{self.deleted} lead(s) wiped"
        if self.kept:
            text += (
                f"; {self.kept} kept because no verified export holds them as they are now"
                " (export again to include them)"
            )
        return text


def wipe_exported(sessions: sessionmaker[Session], *, actor: str) -> WipeResult:
    """Delete every lead that a verified export of all leads holds at its current version."""
    with sessions() as session:
        exported_before = session.scalar(
            select(ExportRecord.id).where(ExportRecord.exhibitor_ref.is_(None)).limit(1)
        )
        covered = covered_versions(session)
    if exported_before is None:
        raise KioskError(
            "wipe refused: no verified export of the leads exists; export them first, or wipe"
            f" everything by typing {CONFIRMATION!r} to confirm that they will be lost"
        )

    def exported(conn: Connection, ids: list[str]) -> list[str]:
        batch = select(Lead.id).where(Lead.id.in_(ids))
        return [
            lead.id
            for lead in load_leads(conn, batch)
            if lead.changed_at is not None
            and covered.get(lead.id, -1) >= version_of(lead.changed_at)
        ]

    result = _delete_in_batches(sessions, exported)
    _finish(sessions, actor, "verified-only", result)
    return result


def wipe_all(sessions: sessionmaker[Session], *, confirmation: str, actor: str) -> WipeResult:
    """Delete every lead, exported or not, once staff typed the confirmation phrase."""
    if confirmation.strip() != CONFIRMATION:
        raise KioskError(
            f"wipe refused: type {CONFIRMATION!r} exactly to confirm that leads not exported"
            " will be lost"
        )
    result = _delete_in_batches(sessions, lambda _conn, ids: ids)
    _finish(sessions, actor, "confirmed", result)
    return result


def _delete_in_batches(
    sessions: sessionmaker[Session],
    choose: Callable[[Connection, list[str]], list[str]],
) -> WipeResult:
    """Walk the leads by id; in each batch delete the ones ``choose`` picks, under the lock."""
    deleted = kept = 0
    last = ""
    while True:
        with write_locked(sessions) as conn:
            ids = list(
                conn.execute(
                    select(Lead.id).where(Lead.id > last).order_by(Lead.id).limit(BATCH_SIZE)
                ).scalars()
            )
            if not ids:
                break
            doomed = choose(conn, ids)
            if doomed:
                conn.execute(delete(Lead).where(Lead.id.in_(doomed)))
            deleted += len(doomed)
            kept += len(ids) - len(doomed)
            last = ids[-1]
    return WipeResult(deleted, kept)


def _finish(sessions: sessionmaker[Session], actor: str, mode: str, result: WipeResult) -> None:
    with sessions.begin() as session:
        audit.record(
            session,
            "leads.wipe",
            actor=actor,
            detail={"mode": mode, "deleted": result.deleted, "kept": result.kept},
        )
    if result.deleted:
        reclaim_space(sessions)

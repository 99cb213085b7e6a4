"""Wipe leads from the kiosk: only those a verified export holds, or all after a typed warning.

"Held" is strict: the export must be of everything (not one exhibitor's file) and must hold the
lead at its current version; a lead that came back, changed a consent or was captured after the
export stays. Deletion is batched and the file compacted (``lead_deletion``); the wipe is
audited.

A kiosk that feeds a central pool refuses to wipe while leads still wait in its outbox: wiped,
they would never reach the pool. Staff sync first (``kiosk sync``, or wait for the pusher).
Rows the pool refused and the pusher set aside count as waiting: their leads are not in the pool.
Each batch also keeps any lead that started waiting after that check (a visitor saving now).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.data.models import ExportRecord, Lead
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.coverage import covered_versions, version_of
from kiosk.services.export.source import load_leads
from kiosk.services.lead_deletion import Chooser, Progress, compact, delete_leads

CONFIRMATION = "DELETE ALL LEADS"


class NoVerifiedExport(KioskError):
    """No verified export of all leads exists: only the typed confirmation can wipe."""


class PoolBacklog(KioskError):
    """Leads still wait for the central pool this kiosk feeds: sync before wiping.

    ``refused`` counts those the pool refused and this kiosk set aside: syncing alone does not
    send them, their cause must be fixed first (the staff screen says so in its own words).
    """

    def __init__(self, message: str, *, refused: int = 0) -> None:
        super().__init__(message)
        self.refused = refused


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


def _exported_leads(sessions: sessionmaker[Session]) -> Chooser:
    """Picks, from a batch, the leads a verified export of everything holds as they are now."""
    with sessions() as session:
        exported_before = session.scalar(
            select(ExportRecord.id).where(ExportRecord.exhibitor_ref.is_(None)).limit(1)
        )
        covered = covered_versions(session)
    if exported_before is None:
        raise NoVerifiedExport(
            "wipe refused: no verified export of the leads exists; export them first, or wipe"
            f" everything by typing {CONFIRMATION!r} to confirm that they will be lost"
        )

    def exported(conn: Connection, ids: list[str]) -> list[str]:
        # ``ids`` are consecutive in id order, and the write lock keeps others out of the range.
        batch = select(Lead.id).where(Lead.id >= ids[0], Lead.id <= ids[-1])
        return [
            lead.id
            for lead in load_leads(conn, batch)
            if lead.changed_at is not None
            and covered.get(lead.id, -1) >= version_of(lead.changed_at)
        ]

    return exported


def check_pool_backlog(sessions: sessionmaker[Session], central_configured: bool) -> None:
    """Refuse (KioskError) while leads wait to reach the central pool this kiosk feeds."""
    if not central_configured:
        return
    with sessions() as session:
        waiting = len(outbox.unsent_leads(session))
        refused = outbox.backlog(session).quarantined_leads if waiting else 0
    if refused:
        raise PoolBacklog(
            f"wipe refused: {waiting} lead(s) have not reached the central pool yet and would"
            f" never get there once wiped; the pool refused rows of {refused} of them (see"
            " 'kiosk sync --status' for why): fix the cause, run 'kiosk sync --replay', then wipe",
            refused=refused,
        )
    if waiting:
        raise PoolBacklog(
            f"wipe refused: {waiting} lead(s) have not reached the central pool yet and would"
            " never get there once wiped; connect the kiosk to the pool and run 'kiosk sync'"
            " (or wait for the running kiosk to send them), then wipe"
        )


def _keeping_unsent(choose: Chooser, central_configured: bool) -> Chooser:
    """``choose``, less leads that wait for the pool (saved after :func:`check_pool_backlog`)."""
    if not central_configured:
        return choose

    def chooser(conn: Connection, ids: list[str]) -> list[str]:
        doomed = choose(conn, ids)
        waiting = outbox.unsent_leads(conn, doomed) if doomed else set()
        return [lead_id for lead_id in doomed if lead_id not in waiting]

    return chooser


def preview(sessions: sessionmaker[Session], *, central_configured: bool = False) -> WipeResult:
    """What ``wipe_exported`` would delete and keep, deleting nothing (for the staff screen)."""
    check_pool_backlog(sessions, central_configured)
    return WipeResult(*astuple(delete_leads(sessions, _exported_leads(sessions), dry_run=True)))


def wipe_exported(
    sessions: sessionmaker[Session],
    *,
    actor: str,
    central_configured: bool = False,
    progress: Progress | None = None,
) -> WipeResult:
    """Delete every lead that a verified export of all leads holds at its current version.

    ``central_configured``: the kiosk feeds a central pool (see the module docstring).
    """
    check_pool_backlog(sessions, central_configured)
    choose = _keeping_unsent(_exported_leads(sessions), central_configured)
    result = WipeResult(*astuple(delete_leads(sessions, choose, progress=progress)))
    _finish(sessions, actor, "verified-only", result)
    return result


def wipe_all(
    sessions: sessionmaker[Session],
    *,
    confirmation: str,
    actor: str,
    central_configured: bool = False,
    progress: Progress | None = None,
) -> WipeResult:
    """Delete every lead, exported or not, once staff typed the confirmation phrase."""
    if confirmation.strip() != CONFIRMATION:
        raise KioskError(
            f"wipe refused: type {CONFIRMATION!r} exactly to confirm that leads not exported"
            " will be lost"
        )
    check_pool_backlog(sessions, central_configured)
    choose = _keeping_unsent(lambda _conn, ids: ids, central_configured)
    result = WipeResult(*astuple(delete_leads(sessions, choose, progress=progress)))
    _finish(sessions, actor, "confirmed", result)
    return result


def _finish(sessions: sessionmaker[Session], actor: str, mode: str, result: WipeResult) -> None:
    with sessions.begin() as session:
        audit.record(
            session,
            "leads.wipe",
            actor=actor,
            detail={"mode": mode, "deleted": result.deleted, "kept": result.kept},
        )
    if result.deleted:
        compact(sessions)

"""Wipe leads from the kiosk: only those a verified export holds, or all after a typed warning.

"Held" is strict: the export must be of everything (not one exhibitor's file) and must hold the
lead at its current version; a lead that came back, changed a consent or was captured after the
export stays. Deletion is batched and the file compacted (``lead_deletion``); the wipe is
audited.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import ExportRecord, Lead
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.coverage import covered_versions, version_of
from kiosk.services.export.source import load_leads
from kiosk.services.lead_deletion import Chooser, compact, delete_leads

CONFIRMATION = "DELETE ALL LEADS"


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
        raise KioskError(
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


def preview(sessions: sessionmaker[Session]) -> WipeResult:
    """What ``wipe_exported`` would delete and keep, deleting nothing (for the staff screen)."""
    return WipeResult(*astuple(delete_leads(sessions, _exported_leads(sessions), dry_run=True)))


def wipe_exported(sessions: sessionmaker[Session], *, actor: str) -> WipeResult:
    """Delete every lead that a verified export of all leads holds at its current version."""
    result = WipeResult(*astuple(delete_leads(sessions, _exported_leads(sessions))))
    _finish(sessions, actor, "verified-only", result)
    return result


def wipe_all(sessions: sessionmaker[Session], *, confirmation: str, actor: str) -> WipeResult:
    """Delete every lead, exported or not, once staff typed the confirmation phrase."""
    if confirmation.strip() != CONFIRMATION:
        raise KioskError(
            f"wipe refused: type {CONFIRMATION!r} exactly to confirm that leads not exported"
            " will be lost"
        )
    result = WipeResult(*astuple(delete_leads(sessions, lambda _conn, ids: ids)))
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

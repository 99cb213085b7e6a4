"""Wipe leads from the kiosk: only those a verified export holds, or all after a typed warning.

"Held" is strict: the export must be of everything (not one exhibitor's file), written to a
drive of its own (not a folder on the kiosk's disk: ``export.medium``), and must hold the lead
at its current version; a lead that came back, changed a consent or was captured after the
export stays. Deletion is batched and the file compacted (``lead_deletion``); the wipe is
audited before its first lead goes and again when done.

A kiosk that feeds a central pool refuses to wipe while leads still wait in its outbox: wiped,
they would never reach the pool. Whether it feeds one is read from the database, not from the
command line: a configured pool, or any outbox row the pool has taken or refused, or a push
error on record. Staff sync first (``kiosk sync``, or wait for the pusher). Rows the pool
refused and the pusher set aside count as waiting: their leads are not in the pool. Each batch
also keeps any lead that started waiting after that check (a visitor saving now).

The same guards serve ``rights.purge`` (``guarded``).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.data.models import ExportRecord, Lead, Setting
from kiosk.domain.wipe_phrase import CONFIRMATION
from kiosk.errors import KioskError
from kiosk.services.export.coverage import covered_versions, version_of, wipe_exports
from kiosk.services.export.source import load_leads
from kiosk.services.lead_deletion import Chooser, Progress, delete_audited, delete_leads

# The pusher's record of its last failed push (``kiosk.sync.pusher.LAST_ERROR``): a kiosk
# that tried to reach a pool feeds one.
_PUSH_ERROR = "sync.last_error"


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


def _exported_leads(sessions: sessionmaker[Session], *, required: bool = True) -> Chooser:
    """Picks, from a batch, the leads a verified export of everything holds as they are now.

    ``required``: refuse (``NoVerifiedExport``) when no export a wipe may rely on exists.
    """
    with sessions() as session:
        relied_on = bool(wipe_exports(session))
        covered = covered_versions(session) if relied_on else {}
        others = session.scalar(select(ExportRecord.id).limit(1)) is not None
    if required and not relied_on:
        why = (
            "; exports to a folder on the kiosk's own disk (--internal), of one exhibitor, or"
            " made before drives were checked do not count"
            if others
            else ""
        )
        raise NoVerifiedExport(
            "wipe refused: no verified export of the leads to a drive exists; export them"
            f" first, or wipe everything by typing {CONFIRMATION!r} to confirm that they will"
            f" be lost{why}"
        )

    def exported(conn: Connection, ids: list[str]) -> list[str]:
        if not covered:
            return []
        # ``ids`` come from one batch in id order; the write lock keeps others out of the range.
        # Leads of the range not in ``ids`` may be picked too: callers choose among ``ids``.
        batch = select(Lead.id).where(Lead.id >= min(ids), Lead.id <= max(ids))
        return [
            lead.id
            for lead in load_leads(conn, batch)
            if lead.changed_at is not None
            and covered.get(lead.id, -1) >= version_of(lead.changed_at)
        ]

    return exported


def feeds_pool(session: Session, central_configured: bool = False) -> bool:
    """Whether this kiosk feeds a central pool, as its database shows (or the options say)."""
    if central_configured:
        return True
    table = outbox.OUTBOX
    reached = select(table.c.id).where(
        table.c.sent_at.is_not(None) | table.c.quarantined_at.is_not(None)
    )
    if session.execute(reached.limit(1)).first() is not None:
        return True
    return session.get(Setting, _PUSH_ERROR) is not None


def check_pool_backlog(sessions: sessionmaker[Session], central_configured: bool = False) -> bool:
    """Refuse (KioskError) while leads wait to reach the central pool this kiosk feeds.

    Returns whether the kiosk feeds a pool (then each batch keeps leads that start waiting).
    """
    with sessions() as session:
        if not feeds_pool(session, central_configured):
            return False
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
    return True


def keeping_unsent(choose: Chooser, pool: bool) -> Chooser:
    """``choose``, less leads that wait for the pool (saved after :func:`check_pool_backlog`)."""
    if not pool:
        return choose

    def chooser(conn: Connection, ids: list[str]) -> list[str]:
        doomed = choose(conn, ids)
        waiting = outbox.unsent_leads(conn, doomed) if doomed else set()
        return [lead_id for lead_id in doomed if lead_id not in waiting]

    return chooser


def guarded(
    sessions: sessionmaker[Session],
    choose: Chooser,
    *,
    exported_only: bool = True,
    central_configured: bool = False,
) -> Chooser:
    """``choose`` under the wipe's guards, for other deletions (purge): never a lead waiting
    for the pool this kiosk feeds, and (``exported_only``) only leads a verified export to a
    drive holds as they are now. Nothing is refused: what the guards keep is counted as kept."""
    with sessions() as session:
        pool = feeds_pool(session, central_configured)
    exported = _exported_leads(sessions, required=False) if exported_only else None

    def chooser(conn: Connection, ids: list[str]) -> list[str]:
        doomed = choose(conn, ids)
        if exported is not None and doomed:
            held = set(exported(conn, doomed))
            doomed = [lead_id for lead_id in doomed if lead_id in held]
        return doomed

    return keeping_unsent(chooser, pool)


def preview(sessions: sessionmaker[Session], *, central_configured: bool = False) -> WipeResult:
    """What ``wipe_exported`` would delete and keep, deleting nothing (for the staff screen)."""
    check_pool_backlog(sessions, central_configured)
    return WipeResult(*astuple(delete_leads(sessions, _exported_leads(sessions), dry_run=True)))


def wipe_exported(
    sessions: sessionmaker[Session],
    *,
    actor: str,
    central_configured: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> WipeResult:
    """Delete every lead that a verified export of all leads holds at its current version.

    ``central_configured``: a pool is configured (the database may show one regardless: see
    the module docstring). ``dry_run``: only count what would go and stay.
    """
    pool = check_pool_backlog(sessions, central_configured)
    choose = keeping_unsent(_exported_leads(sessions), pool)
    return _run(sessions, choose, actor, "verified-only", dry_run, progress)


def wipe_all(
    sessions: sessionmaker[Session],
    *,
    confirmation: str,
    actor: str,
    central_configured: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> WipeResult:
    """Delete every lead, exported or not, once staff typed the confirmation phrase."""
    if confirmation.strip() != CONFIRMATION:
        raise KioskError(
            f"wipe refused: type {CONFIRMATION!r} exactly to confirm that leads not exported"
            " will be lost"
        )
    pool = check_pool_backlog(sessions, central_configured)
    choose = keeping_unsent(lambda _conn, ids: ids, pool)
    return _run(sessions, choose, actor, "confirmed", dry_run, progress)


def _run(
    sessions: sessionmaker[Session],
    choose: Chooser,
    actor: str,
    mode: str,
    dry_run: bool,
    progress: Progress | None,
) -> WipeResult:
    if dry_run:
        return WipeResult(*astuple(delete_leads(sessions, choose, dry_run=True)))
    result = delete_audited(
        sessions, choose, action="leads.wipe", actor=actor, detail={"mode": mode}, progress=progress
    )
    return WipeResult(*astuple(result))

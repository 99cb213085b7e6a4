"""The audit log: what staff or the command line did to leads, content and settings.

An entry is written in the same transaction as the change it describes (``record``), so a
change and its entry are committed together or not at all. Details never hold a PIN or the
personal data a request asked to erase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import AuditEntry
from kiosk.data.settings_repo import KIOSK_ID, get_setting
from kiosk.data.types import utcnow

# Who acted: the staff screens or a command on the machine.
ACTOR_STAFF = "staff"
ACTOR_CLI = "cli"


@dataclass(frozen=True)
class AuditView:
    """One entry as the staff screen and ``kiosk audit`` show it."""

    id: int
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]
    kiosk_id: str | None


def record(
    session: Session,
    action: str,
    *,
    actor: str,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Add an entry to ``session``; it commits with the caller's change."""
    entry = AuditEntry(
        at=at or utcnow(),
        actor=actor,
        action=action,
        detail=detail or {},
        kiosk_id=get_setting(session, KIOSK_ID),
    )
    session.add(entry)
    return entry


def write(
    sessions: sessionmaker[Session],
    action: str,
    *,
    actor: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Record an entry on its own (for events with no other change, e.g. a failed export)."""
    with sessions.begin() as session:
        record(session, action, actor=actor, detail=detail)


def entries(
    sessions: sessionmaker[Session],
    *,
    limit: int = 100,
    offset: int = 0,
    action_prefix: str | None = None,
) -> list[AuditView]:
    """The newest entries first."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
    with sessions() as session:
        rows = session.scalars(query.limit(limit).offset(offset)).all()
        return [
            AuditView(r.id, r.at, r.actor, r.action, dict(r.detail or {}), r.kiosk_id) for r in rows
        ]


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def describe(entry: AuditView) -> str:
    """One line for a list: ``2026-11-05 09:00:00Z staff export.verified leads=120 ...``."""
    detail = " ".join(f"{key}={value}" for key, value in sorted(entry.detail.items()))
    stamp = entry.at.strftime("%Y-%m-%d %H:%M:%SZ")
    return f"{stamp} {entry.actor} {entry.action}" + (f" {detail}" if detail else "")

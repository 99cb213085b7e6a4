"""Key/value settings stored in the database (so staff changes survive restarts)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.data.models import Setting
from kiosk.data.types import utcnow

ACTIVE_EVENT = "content.active_event_id"
KIOSK_ID = "kiosk.id"


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=utcnow()))
    else:
        row.value = value
        row.updated_at = utcnow()


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)

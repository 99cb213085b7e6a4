"""Settings staff change on the kiosk itself: the idle timeout, the kiosk id and the cursor.

They live in the database (so they survive a restart and need no config file on the booth PC)
and win over the environment and command line (``config.py``): the person at the booth has the
last word. ``apply`` lays them over a ``Settings`` at start; ``save`` validates, stores and
audits a change in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.data.settings_repo import KIOSK_ID, get_setting, set_setting
from kiosk.domain.messages import Message
from kiosk.errors import KioskError
from kiosk.services import audit, identity

IDLE_TIMEOUT = "kiosk.idle_timeout_s"
SHOW_CURSOR = "kiosk.show_cursor"

MIN_IDLE_S = 30
MAX_IDLE_S = 900
MAX_KIOSK_ID = 40
_KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

# Why a value is refused, by code: the staff screen says it in the staff's language, the
# command line in English (kiosk.domain.message_texts).
PROBLEMS = {
    "kiosk_id_empty": Message("settings.kiosk_id_empty"),
    "kiosk_id_chars": Message("settings.kiosk_id_chars"),
    "kiosk_id_long": Message("settings.kiosk_id_long", max=MAX_KIOSK_ID),
    "idle_range": Message("settings.idle_range", min=MIN_IDLE_S, max=MAX_IDLE_S),
}


@dataclass(frozen=True)
class KioskPrefs:
    kiosk_id: str
    idle_timeout_s: int
    show_cursor: bool


def problem(prefs: KioskPrefs) -> str | None:
    """The first reason ``prefs`` cannot be saved (a key of ``PROBLEMS``), or None."""
    kiosk = prefs.kiosk_id.strip()
    if not kiosk:
        return "kiosk_id_empty"
    if len(kiosk) > MAX_KIOSK_ID:
        return "kiosk_id_long"
    if not _KIOSK_ID.fullmatch(kiosk):
        return "kiosk_id_chars"
    if not MIN_IDLE_S <= prefs.idle_timeout_s <= MAX_IDLE_S:
        return "idle_range"
    return None


def _stored(session: Session, settings: Settings) -> tuple[int, bool]:
    raw_idle = get_setting(session, IDLE_TIMEOUT)
    raw_cursor = get_setting(session, SHOW_CURSOR)
    idle = int(raw_idle) if raw_idle and raw_idle.isdigit() else settings.idle_timeout_s
    cursor = raw_cursor == "1" if raw_cursor in ("0", "1") else not settings.hide_cursor
    return idle, cursor


def load(sessions: sessionmaker[Session], settings: Settings) -> KioskPrefs:
    """What is in force: stored values, else those ``settings`` came with."""
    kiosk = identity.kiosk_id(sessions)
    with sessions() as session:
        idle, cursor = _stored(session, settings)
    return KioskPrefs(kiosk, idle, cursor)


def apply(settings: Settings, sessions: sessionmaker[Session]) -> Settings:
    """``settings`` with the stored staff choices laid over them."""
    with sessions() as session:
        idle, cursor = _stored(session, settings)
    return replace(settings, idle_timeout_s=idle, hide_cursor=not cursor)


def save(
    sessions: sessionmaker[Session], prefs: KioskPrefs, settings: Settings, *, actor: str
) -> list[str]:
    """Store what changed (names of the changed fields); an invalid value changes nothing."""
    code = problem(prefs)
    if code:
        raise KioskError(str(PROBLEMS[code]))
    before = load(sessions, settings)
    kiosk = prefs.kiosk_id.strip()
    changed: dict[str, object] = {}
    with sessions.begin() as session:
        if kiosk != before.kiosk_id:
            set_setting(session, KIOSK_ID, kiosk)
            changed["kiosk_id"] = kiosk
        if prefs.idle_timeout_s != before.idle_timeout_s:
            set_setting(session, IDLE_TIMEOUT, str(prefs.idle_timeout_s))
            changed["idle_timeout_s"] = prefs.idle_timeout_s
        if prefs.show_cursor != before.show_cursor:
            set_setting(session, SHOW_CURSOR, "1" if prefs.show_cursor else "0")
            changed["show_cursor"] = prefs.show_cursor
        if changed:
            audit.record(session, "settings.changed", actor=actor, detail=changed)
    return list(changed)


def save_kiosk_id(
    sessions: sessionmaker[Session], kiosk_id: str, settings: Settings, *, actor: str
) -> bool:
    """Store a new kiosk id (``kiosk run --kiosk-id``), the other settings as they are;
    True if it changed. Validated and audited as on the staff screen."""
    current = load(sessions, settings)
    return bool(save(sessions, replace(current, kiosk_id=kiosk_id), settings, actor=actor))


def kiosk_id_problem(kiosk_id: str) -> str | None:
    """Why ``kiosk_id`` cannot be this kiosk's id (in English), or None."""
    code = problem(KioskPrefs(kiosk_id, MIN_IDLE_S, False))
    return str(PROBLEMS[code]) if code else None

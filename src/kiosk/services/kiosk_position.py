"""Where this kiosk stands: one of the named positions of the content pack's maps.

The pack names the places on each pavilion map where a kiosk may stand (``positions``); staff
pick this kiosk's in Settings (or ``kiosk position``), and the map screens mark it "You are
here". It is a kiosk setting, not content: it lives in the settings table and survives a new
content pack as long as the pack still has that position (a position that is gone shows
nothing rather than a marker in the wrong place).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import delete_setting, get_setting, set_setting
from kiosk.domain.messages import Message
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.catalog import active_event

POSITION = "kiosk.position"  # "<pavilion id>/<position id>"
AUDIT_ACTION = "settings.position"


@dataclass(frozen=True)
class KioskPosition:
    pavilion_id: str
    position_id: str

    @property
    def key(self) -> str:
        return f"{self.pavilion_id}/{self.position_id}"

    @classmethod
    def parse(cls, key: str) -> KioskPosition | None:
        pavilion, sep, position = key.strip().partition("/")
        return cls(pavilion, position) if sep and pavilion and position else None


def stored(sessions: sessionmaker[Session]) -> KioskPosition | None:
    """The position staff chose, whether or not the content still has it."""
    with sessions() as session:
        raw = get_setting(session, POSITION)
    return KioskPosition.parse(raw) if raw else None


def known_positions(session: Session) -> dict[str, str]:
    """``pavilion/position`` → its English label, for every position of the active event."""
    event = active_event(session)
    found: dict[str, str] = {}
    for pavilion in event.pavilions if event is not None else ():
        for raw in pavilion.positions or ():
            label = raw.get("label") or {}
            found[f"{pavilion.slug}/{raw['id']}"] = str(label.get("en") or raw["id"])
    return found


def choose(sessions: sessionmaker[Session], key: str, *, actor: str) -> KioskPosition | None:
    """Store ``key`` (``pavilion/position``) as this kiosk's position; ``""`` forgets it.
    A position the loaded content does not have is refused, naming those it has."""
    position = KioskPosition.parse(key) if key.strip() else None
    if key.strip() and position is None:
        raise KioskError(Message("position.malformed", value=f'"{key}"'))
    with sessions.begin() as session:
        if position is not None:
            known = known_positions(session)
            if position.key not in known:
                value = f'"{position.key}"'
                raise KioskError(
                    Message("position.unknown", value=value, known=", ".join(sorted(known)))
                    if known
                    else Message("position.none_known", value=value)
                )
            set_setting(session, POSITION, position.key)
        else:
            delete_setting(session, POSITION)
        audit.record(
            session,
            AUDIT_ACTION,
            actor=actor,
            detail={"position": position.key if position else None},
        )
    return position

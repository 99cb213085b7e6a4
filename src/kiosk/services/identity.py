"""The kiosk's identity: a stable id recorded on every lead, consent and analytics event."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import KIOSK_ID, get_setting, set_setting


def kiosk_id(sessions: sessionmaker[Session]) -> str:
    """The configured id, or a new random one (``kiosk-3f9a1c``) stored on first use."""
    with sessions.begin() as session:
        current = get_setting(session, KIOSK_ID)
        if current:
            return current
        new_id = f"kiosk-{secrets.token_hex(3)}"
        set_setting(session, KIOSK_ID, new_id)
        return new_id

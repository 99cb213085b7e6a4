"""What ``kiosk run`` does before the window opens: make sure there is something to show.

A fresh install has an empty database; the bundled sample pack is loaded so the kiosk starts
on real-looking content. A missing or broken sample pack must not stop the kiosk: the problem
is returned (and logged) for the operator, and the kiosk starts on its empty state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.errors import KioskError
from kiosk.services import catalog

log = logging.getLogger(__name__)


def sample_event_id() -> str | None:
    """The event id of the bundled sample pack (None if the pack is missing or unreadable):
    while it is the active event, visitors see made-up exhibitors (``kiosk doctor`` says so)."""
    import json

    from kiosk.resources import sample_pack_dir

    try:
        data = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))
        event_id = data["event"]["id"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return event_id if isinstance(event_id, str) else None


def ensure_content(
    database: Database, settings: Settings, *, pack_dir: Path | None = None
) -> str | None:
    """Import the sample pack when no event is active; a line for the operator, or None."""
    if catalog.summary(database.sessions).event_id is not None:
        return None
    from kiosk.content.importer import load_pack
    from kiosk.content.sample_dates import event_today, moved_to
    from kiosk.data.types import utcnow
    from kiosk.resources import sample_pack_dir
    from kiosk.services.content_packs import check_pack

    pack_dir = sample_pack_dir() if pack_dir is None else pack_dir
    try:
        pack = check_pack(pack_dir)  # the content checks and the QR codes' fit
        # the sample's event lies ahead, so its meeting slots can be booked (sample_dates)
        pack = moved_to(pack, event_today(pack, utcnow()))
        report = load_pack(database.sessions, pack, settings.content_dir, actor="startup")
    except KioskError as exc:
        message = (
            f"warning: no content loaded and the sample pack could not be imported; "
            f"the kiosk starts empty. Load a pack with 'kiosk import-content PATH'.\n{exc}"
        )
        log.warning("%s", message)
        return message
    message = f"sample content pack loaded: {report.summary()}"
    log.info("%s", message)
    return message

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


def ensure_content(
    database: Database, settings: Settings, *, pack_dir: Path | None = None
) -> str | None:
    """Import the sample pack when no event is active; a line for the operator, or None."""
    if catalog.summary(database.sessions).event_id is not None:
        return None
    from kiosk.content.importer import import_pack
    from kiosk.resources import sample_pack_dir

    pack_dir = sample_pack_dir() if pack_dir is None else pack_dir
    try:
        report = import_pack(database.sessions, pack_dir, settings.content_dir, actor="startup")
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

"""The pusher inside ``kiosk run``: started with the window, stopped when it closes.

Starting costs the UI thread nothing that can wait on the network: the URL is parsed (a
malformed one is a clear error at start, like any other bad setting) and a thread is started;
the first connection, and the pool's tables on a new pool, happen on that thread. Stopping
waits a few seconds for a batch in flight; a batch stuck on a frozen link is left to its own
deadline on the daemon thread (if the process ends first, the batch is simply sent again at
the next start: pushes are idempotent).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.data.database import Database

if TYPE_CHECKING:
    from kiosk.sync.pusher import Pusher

log = logging.getLogger("kiosk.sync")

STOP_TIMEOUT_S = 3.0


def start_background_sync(database: Database, settings: Settings) -> Pusher | None:
    """A started pusher when ``settings.central_database_url`` is set, else None (the kiosk
    works alone). Returns at once; never connects on the caller's thread."""
    url = settings.central_database_url
    if not url:
        return None
    # Imported here: a kiosk without a pool never pays for the pusher's imports at start.
    from kiosk.services.identity import kiosk_id
    from kiosk.services.matching import set_pooled
    from kiosk.sync.engine import describe, make_central_engine
    from kiosk.sync.matching_pool import LeaseKeeper
    from kiosk.sync.pusher import Pusher

    central = make_central_engine(url)
    kiosk = kiosk_id(database.sessions)
    set_pooled(database.sessions, True)  # from now on it books only the tables it leases
    keeper = LeaseKeeper(database.sessions, central, kiosk)
    pusher = Pusher(database.sessions, central, kiosk, after_drain=keeper)
    pusher.start()
    log.info("pushing leads to the central pool %s", describe(central.url))
    return pusher


def stop_background_sync(pusher: Pusher | None, timeout: float = STOP_TIMEOUT_S) -> None:
    """Stop the pusher (waiting at most ``timeout`` for a batch in flight) and its engine."""
    if pusher is None:
        return
    if not pusher.stop(timeout):
        log.warning("a push to the central pool was still in flight at quit; it will be sent again")
    pusher.central.dispose()
    log.info("stopped pushing to the central pool")

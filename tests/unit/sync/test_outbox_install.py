"""Every session factory queues its leads, however many came and went before it."""

from __future__ import annotations

import gc

from factories import add_visit
from sqlalchemy import func, select

from kiosk.data import outbox
from kiosk.data.engine import make_session_factory
from kiosk.data.models import SyncOutbox


def test_a_new_factory_at_a_recycled_address_still_queues(make_kiosk) -> None:
    """SQLAlchemy keys listeners by ``id()``; a factory whose session class reuses a collected
    one's address once looked installed and queued nothing (a CI failure, 1 run in ~10)."""
    kiosk = make_kiosk("a")
    for n in range(40):
        sessions = make_session_factory(kiosk.engine)
        with sessions.begin() as session:
            add_visit(session, email=f"p{n}@example.com")
        with sessions() as session:
            queued = session.scalar(
                select(func.count()).select_from(SyncOutbox).where(SyncOutbox.table_name == "leads")
            )
        assert queued == n + 1, f"factory {n} queued nothing"
        del sessions, session
        gc.collect()  # free the factory's session class so its address can be reused


def test_installing_twice_queues_each_row_once(make_kiosk) -> None:
    kiosk = make_kiosk("a")
    outbox.install(kiosk.sessions)
    outbox.install(kiosk.sessions)
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com")
    with kiosk.sessions() as session:
        assert outbox.backlog(session).rows == 4  # the lead, its visit, its two consents

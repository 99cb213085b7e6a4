"""One kiosk process of the matching scenario test (run as a script, never collected by pytest).

It loads the scenario's content pack into its own SQLite file, shares the central pool (table
leases refreshed after each push, the background pusher sending meetings through the outbox)
and books the meetings of its plan one by one through the lead service, as the kiosk's form
does: within its leased tables, and while the pool answers, taking one more table of a slot it
has filled. A visit already saved (the process was killed and restarted) is skipped. It creates
``started`` beside ``DONE`` once its pusher runs and ``DONE`` when the plan is done; when
``STOP`` appears it drains its outbox and exits 0 (3 if the outbox did not drain).

    python matching_worker.py DATA_DIR CENTRAL_URL KIOSK_ID PACK_DIR PLAN.json DONE STOP
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data import outbox
from kiosk.data.database import open_database
from kiosk.data.models import LeadVisit
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.domain.leads import LeadDraft
from kiosk.domain.matching import BookingRefused
from kiosk.services.catalog import active_event
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest, set_pooled
from kiosk.sync.engine import make_central_engine
from kiosk.sync.matching_pool import LeaseKeeper, take_table
from kiosk.sync.pusher import Backoff, Pusher


def main(data_dir: str, url: str, kiosk: str, pack: str, plan: str, done: str, stop: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(relativeCreated)6d ms %(message)s")
    settings = Settings(data_dir=Path(data_dir))
    database = open_database(settings)
    with database.sessions() as session:
        loaded = active_event(session) is not None
    if not loaded:
        import_pack(database.sessions, pack, settings.content_dir)
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, kiosk)
    set_pooled(database.sessions, True)
    central = make_central_engine(url, connect_timeout_s=2)
    keeper = LeaseKeeper(database.sessions, central, kiosk, interval_s=0.5, kiosks=3)
    pusher = Pusher(
        database.sessions,
        central,
        kiosk,
        batch_size=40,
        poll_interval_s=0.3,
        batch_deadline_s=1.5,
        backoff=Backoff(first=0.1, cap=0.8),
        after_drain=keeper,
    )
    try:  # a kiosk books only tables it holds: take its share before the first visitor
        keeper()
    except Exception as error:  # the pool is unreachable: the leases held already serve
        logging.info("leases not refreshed at start: %s", error)
    pusher.start()
    Path(done).with_name("started").touch()
    rules = active_lead_rules(database.sessions)
    assert rules is not None
    booked = refused = more = 0
    exhausted: set[tuple[str, str]] = set()  # slots the pool had no table left of
    for visit in json.loads(Path(plan).read_text()):
        with database.sessions() as session:
            seen = session.scalar(select(LeadVisit.id).where(LeadVisit.email == visit["email"]))
        if seen is not None:
            continue
        request = MeetingRequest(visit["exhibitor"], datetime.fromisoformat(visit["at"]))
        draft = LeadDraft(
            name=visit["name"], email=visit["email"], consents={"share-with-exhibitors": True}
        )
        for attempt in range(2):
            try:
                submit_lead(
                    database.sessions,
                    draft,
                    rules=rules,
                    kiosk_id=kiosk,
                    language="en",
                    meetings=[request],
                )
                booked += 1
                break
            except BookingRefused as exc:
                online = pusher.status().state != "offline"
                slot = (visit["exhibitor"], visit["at"])
                if exc.code != "slot_full" or attempt or not online or slot in exhausted:
                    refused += 1
                    break
                try:
                    table = take_table(
                        database.sessions,
                        central,
                        kiosk,
                        request.exhibitor,
                        rules_utc(database, request),
                    )
                except Exception as error:  # the link went down meanwhile
                    logging.info("no more tables now: %s", error)
                    table = None
                if table is None:
                    exhausted.add(slot)
                    refused += 1
                    break
                more += 1
        time.sleep(visit["pause"])
    logging.info("plan done: %d booked, %d refused, %d tables taken online", booked, refused, more)
    Path(done).touch()
    while not Path(stop).exists():
        time.sleep(0.1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pusher.wake()
        with database.sessions() as session:
            if outbox.backlog(session).rows == 0:
                break
        time.sleep(0.2)
    pusher.stop()
    with database.sessions() as session:
        drained = outbox.backlog(session).rows == 0
    database.dispose()
    return 0 if drained else 3


def rules_utc(database, request: MeetingRequest) -> datetime:
    from kiosk.services.matching import active_program

    with database.sessions() as session:
        program = active_program(session)
        assert program is not None
        return program.to_utc(request.starts_at)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

"""One kiosk process of the sync scenario test (run as a script, never collected by pytest).

It opens its own SQLite file, runs the background pusher against the central URL, and writes the
visits of its plan (JSON) one by one, as the lead service would, skipping visits already saved
(so a kiosk killed and restarted on its file carries on). It creates ``started`` beside ``DONE``
once its pusher runs and ``DONE`` when the plan is written; when the file ``STOP`` appears it
waits for its outbox to drain, stops the pusher and exits 0 (3 if the outbox did not drain).

    python sync_worker.py DATA_DIR CENTRAL_URL KIOSK_ID PLAN.json DONE STOP
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from factories import add_visit, seeded_id

from kiosk.config import Settings
from kiosk.data import outbox
from kiosk.data.database import open_database
from kiosk.data.models import LeadVisit
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.sync.engine import make_central_engine
from kiosk.sync.pusher import Backoff, Pusher


def main(data_dir: str, url: str, kiosk: str, plan_path: str, done: str, stop: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(relativeCreated)6d ms %(message)s")
    database = open_database(Settings(data_dir=Path(data_dir)))
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, kiosk)
    central = make_central_engine(url, connect_timeout_s=2)
    pusher = Pusher(
        database.sessions,
        central,
        kiosk,
        batch_size=40,
        poll_interval_s=0.3,
        batch_deadline_s=1.5,
        backoff=Backoff(first=0.1, cap=0.8),
    )
    pusher.start()
    Path(done).with_name("started").touch()
    for visit in json.loads(Path(plan_path).read_text()):
        with database.sessions.begin() as session:
            if session.get(LeadVisit, seeded_id(visit["seed"], "visit")) is None:
                add_visit(
                    session,
                    event_id=visit["event"],
                    kiosk_id=kiosk,
                    name=visit["name"],
                    email=visit["email"],
                    phone=visit["phone"],
                    lead_id=seeded_id(f"{kiosk}:{visit['event']}:{visit['person']}", "lead"),
                    seed=visit["seed"],
                    exhibitors=visit["exhibitors"],
                    consents=[("contact", True), ("newsletter", visit["newsletter"])],
                )
        time.sleep(visit["pause"])
    Path(done).touch()
    while not Path(stop).exists():
        time.sleep(0.05)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with database.sessions() as session:
            if outbox.backlog(session).rows == 0:
                break
        pusher.wake()
        time.sleep(0.1)
    pusher.stop(timeout=5)
    with database.sessions() as session:
        waiting = outbox.backlog(session).rows
    central.dispose()
    database.dispose()
    print(f"{kiosk}: exit with {waiting} rows waiting", flush=True)
    return 0 if waiting == 0 else 3


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:7]))

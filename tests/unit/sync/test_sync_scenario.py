"""Three kiosk processes, one pool, and everything going wrong at once.

Each kiosk is its own process with its own SQLite file, writing the visits of a plan (the same
visitors at several kiosks, email case and space variants, phone-only and email-only visits of
one person, a second event, returning visitors) while its background pusher sends them through a
fault proxy. Meanwhile the link is cut, then frozen, PostgreSQL is crashed and restarted, and
one kiosk is SIGKILLed and restarted on its file. At the end: leads and consents in every kiosk
equal those in the pool, every outbox is drained, the merged people equal the number of distinct
visitors of the plan (counted from the plan, not by the merge code), and replaying all three
files changes nothing.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from faultproxy import CUT, FREEZE, UP, FaultProxy
from kiosk_workers import KioskProcess, wait_for
from pgcluster import PostgresCluster
from sqlalchemy import Engine, select

from kiosk.config import Settings
from kiosk.data import outbox
from kiosk.data.database import open_database
from kiosk.data.models import Lead, LeadConsent
from kiosk.sync import central as pool
from kiosk.sync.people import merge_people
from kiosk.sync.transfer import merge_files

KIOSKS = ("kiosk-1", "kiosk-2", "kiosk-3")
WRITE_SECONDS = 8.0


def make_plan(seed: int = 7) -> tuple[dict[str, list[dict]], int]:
    """Visits per kiosk, and how many distinct people (event, visitor) they come from."""
    rng = random.Random(seed)
    plans: dict[str, list[dict]] = {kiosk: [] for kiosk in KIOSKS}
    people: set[tuple[str, int]] = set()
    for person in range(36):
        event = "macao-week" if person % 9 == 8 else "ciie-2026"
        email = f"visitor{person}@expo.mo"
        phone = f"+8536{person:07d}"
        variants = [email, email.upper(), f"  {email} ", email.capitalize()]
        for visit in range(1 + person % 3):
            mode = ("email", "phone", "both")[person % 3]
            if mode == "both":  # three visits: both, then email only, then phone only
                mode = ("both", "email", "phone")[visit]
            plans[rng.choice(KIOSKS)].append(
                {
                    "seed": f"p{person}v{visit}",
                    "person": person,
                    "event": event,
                    "name": f"Visitor {person}",
                    "email": rng.choice(variants) if mode in ("email", "both") else None,
                    "phone": phone if mode in ("phone", "both") else None,
                    "exhibitors": [f"ex-{rng.randrange(5)}"],
                    "newsletter": rng.random() < 0.5,
                }
            )
        people.add((event, person))
    for visits in plans.values():
        rng.shuffle(visits)
        for visit in visits:
            visit["pause"] = WRITE_SECONDS / len(visits)
    return plans, len(people)


def key_set(rows) -> set[str]:
    return {str(row[0]) for row in rows}


@pytest.mark.slow
def test_three_kiosks_survive_cuts_freezes_a_server_crash_and_a_killed_kiosk(
    pg_cluster: PostgresCluster, central_url: str, central: Engine, tmp_path: Path
) -> None:
    plans, expected_people = make_plan()
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        kiosks = []
        for name in KIOSKS:
            folder = tmp_path / name
            folder.mkdir()
            (folder / "plan.json").write_text(json.dumps(plans[name]))
            kiosks.append(
                KioskProcess(
                    name, folder, pg_cluster.url(database, port=proxy.port), "sync_worker.py"
                )
            )
        try:
            for kiosk in kiosks:
                kiosk.start()
            for kiosk in kiosks:  # the faults start once every kiosk is writing
                wait_for((kiosk.folder / "started").exists, 60, lambda: "the kiosks to start")
            started = time.monotonic()

            def at(seconds: float) -> None:
                time.sleep(max(0.0, started + seconds - time.monotonic()))

            at(0.7)
            proxy.set_mode(CUT)
            at(1.7)
            proxy.set_mode(UP)
            at(2.2)
            kiosks[1].kill()  # wherever it was: mid-save, mid-push or asleep
            kiosks[1].start()
            at(3.0)
            proxy.set_mode(FREEZE)
            at(5.0)
            proxy.set_mode(UP)
            at(5.5)
            pg_cluster.crash()
            at(6.5)
            pg_cluster.start()

            for kiosk in kiosks:
                wait_for(
                    (kiosk.folder / "done").exists,
                    40,
                    lambda kiosk=kiosk: f"{kiosk.name} to write its plan:\n{kiosk.logs()}",
                )
                (kiosk.folder / "stop").touch()
            for kiosk in kiosks:
                assert kiosk.process is not None
                code = kiosk.process.wait(45)
                assert code == 0, f"{kiosk.name} exited {code}:\n{kiosk.logs()}"
        finally:
            for kiosk in kiosks:
                if kiosk.process is not None and kiosk.process.poll() is None:
                    kiosk.kill()
            if not (pg_cluster.datadir / "postmaster.pid").exists():
                pg_cluster.start()
    assert proxy.accepted > 3  # the kiosks really reconnected through the faults
    assert all("central pool unreachable" in kiosk.logs() for kiosk in kiosks)
    assert kiosks[1].starts == 2

    files = [kiosk.folder / "data" / "kiosk.db" for kiosk in kiosks]
    for kiosk, path in zip(kiosks, files, strict=True):
        local = open_database(Settings(data_dir=path.parent))
        try:
            with local.sessions() as session:
                assert outbox.backlog(session).rows == 0, f"{kiosk.name} still has rows waiting"
                local_leads = key_set(session.execute(select(Lead.id)))
                local_consents = key_set(session.execute(select(LeadConsent.id)))
                visits = sum(lead.visit_count for lead in session.scalars(select(Lead)))
        finally:
            local.dispose()
        assert visits == len(plans[kiosk.name])  # the restarted kiosk lost and doubled nothing
        with central.connect() as connection:
            pooled_leads = key_set(
                connection.execute(
                    select(pool.leads.c.id).where(pool.leads.c.kiosk_id == kiosk.name)
                )
            )
            pooled_consents = key_set(
                connection.execute(
                    select(pool.lead_consents.c.id).where(
                        pool.lead_consents.c.kiosk_id == kiosk.name
                    )
                )
            )
        assert pooled_leads == local_leads
        assert pooled_consents == local_consents

    merged = merge_people(central)
    assert merged.people == expected_people
    assert merged.leads == sum(len({(v["event"], v["person"]) for v in plans[k]}) for k in KIOSKS)

    def everything() -> dict[str, list[tuple]]:
        with central.connect() as connection:
            return {
                name: sorted(tuple(row) for row in connection.execute(select(table)))
                for name, table in pool.FACTS.items()
            }

    before = everything()
    replay = merge_files(files, central)
    assert sum(report.total_new for report in replay) == 0
    assert everything() == before
    assert merge_people(central) == merged

"""A lead whose save returned survives the process being killed at any moment.

A child process saves leads in a loop (new visitors and returning ones) and prints each visit id
once ``submit_lead`` has returned; it is killed with SIGKILL at a random moment after its first
few saves, twenty times
(twenty processes, forked from one that has done the imports).
Every printed visit must then be in the database, whole, and SQLite's integrity check must pass.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import insert_event
from sqlalchemy import select, text

import kiosk
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.data.models import Lead, LeadVisit

RUNS = 20

# A "zygote" imports the kiosk once and forks one worker per run, so that twenty runs do not pay
# twenty interpreter start-ups. Each worker is a real process that opens its own database
# connection, saves leads in a loop and is killed with SIGKILL by the test.
CHILD = r"""
import os, sys
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.services.leads import active_lead_rules, submit_lead
from factories import draft

def save_forever(url, run):
    sessions = make_session_factory(make_engine(url))
    rules = active_lead_rules(sessions)
    sys.stdout.write(f"ready {os.getpid()}\n")
    sys.stdout.flush()
    i = 0
    while True:
        n = i - 1 if i % 3 == 2 else i  # every third submit is a returning visitor
        result = submit_lead(
            sessions,
            draft(email=f"r{run}-{n}@example.com", phone="", message="m" * (i % 400)),
            rules=rules,
            kiosk_id="crash-test",
            language="en",
        )
        # one write() of less than PIPE_BUF bytes: the line arrives whole or not at all
        sys.stdout.write(f"{result.visit_id} {result.lead_id}\n")
        sys.stdout.flush()
        i += 1

url = sys.argv[1]
for command in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            save_forever(url, int(command))
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(f"\nend {status}\n")
    sys.stdout.flush()
"""


def _child_env() -> dict[str, str]:
    paths = [str(Path(kiosk.__file__).parents[1]), str(Path(__file__).parents[1])]  # tests/
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    return env


def _run_and_kill(
    zygote: subprocess.Popen, run: int, first: int, delay: float
) -> list[tuple[str, str]]:
    """Start a worker, kill it ``delay`` s after its ``first`` saves returned, and return the
    visits it reported. Counting saves rather than time since start keeps the kill inside the
    save loop however slow a loaded machine makes the first save."""
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote.stdin.write(f"{run}\n".encode())
    zygote.stdin.flush()
    ready = zygote.stdout.readline().decode().split()
    assert ready[:1] == ["ready"], f"the worker did not start: {ready}"
    visits = []
    while len(visits) < first:
        words = zygote.stdout.readline().decode().split()
        assert len(words) == 2, f"the worker stopped saving: {words}"
        visits.append((words[0], words[1]))
    time.sleep(delay)
    os.kill(int(ready[1]), signal.SIGKILL)
    for line in iter(zygote.stdout.readline, b""):
        words = line.decode().split()
        if words[:1] == ["end"]:
            status = int(words[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                "the worker died before it was killed"
            )
            return visits
        if words:
            visits.append((words[0], words[1]))
    raise AssertionError("the zygote process ended")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_every_returned_save_survives_sigkill(settings: Settings, database: Database) -> None:
    insert_event(database.sessions)
    database.dispose()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: list[tuple[str, str]] = []
    zygote = subprocess.Popen(
        [sys.executable, "-c", CHILD, settings.effective_database_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_child_env(),
    )
    try:
        for run in range(RUNS):
            reported += _run_and_kill(zygote, run, rng.randint(1, 4), rng.uniform(0.0, 0.3))
    finally:
        zygote.kill()
        zygote.communicate()
    assert len(reported) > RUNS, f"too few saves to mean anything (seed {seed})"

    engine = make_engine(settings.effective_database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        with make_session_factory(engine)() as session:
            visits = dict(session.execute(select(LeadVisit.id, LeadVisit.lead_id)).all())
            missing = [v for v, lead in reported if visits.get(v) != lead]
            assert not missing, f"{len(missing)} returned saves lost (seed {seed})"
            for lead in session.scalars(select(Lead)):  # nothing half-written
                assert lead.visit_count == len(lead.visits), f"seed {seed}"
                assert len(lead.consents) == 3 * len(lead.visits), f"seed {seed}"
    finally:
        engine.dispose()

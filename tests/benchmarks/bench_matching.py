"""Business matching: slot picker open and booking save, on a real SQLite file.

    PYTHONPATH=src python tests/benchmarks/bench_matching.py [--bookings 300] [--dir DIR]

The event has 50 exhibitors taking part, 6 days of 16 half-hour slots each (4,800 slots, two
tables each). "Picker open" reads every slot with its bookings and builds the picker
(``open_picker``), with a third of the tables already booked. "Booking save" is a whole
lead submit with one meeting (validation, duplicate look-up, the booking rule, one durable
commit with fsync). Targets: picker open <= 100 ms, booking save median <= 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from figures import record
from packs import full_days_content, write_pack

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data.database import open_database
from kiosk.domain.leads import LeadDraft
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest
from kiosk.services.matching_picker import open_picker

EXHIBITORS, DAYS, SLOTS = 50, 6, 16
NOW = datetime(2026, 12, 6, 0, 0, tzinfo=UTC)
FIRST = date(2026, 12, 7)


def content() -> dict:
    return full_days_content(
        EXHIBITORS, FIRST, DAYS, capacity=2, place={"en": "Business Matching Area"}
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        settings = Settings(data_dir=folder / "data")
        database = open_database(settings)
        import_pack(database.sessions, write_pack(folder / "pack", content()), settings.content_dir)
        rules = active_lead_rules(database.sessions)
        assert rules is not None
        rng = random.Random(1)
        slots = [
            datetime.combine(FIRST + timedelta(days=d), datetime.min.time())
            + timedelta(hours=9, minutes=30 * s)
            for d in range(DAYS)
            for s in range(SLOTS)
        ]
        pairs = [(e, s) for e in range(EXHIBITORS) for s in slots for _table in range(2)]
        rng.shuffle(pairs)
        saves = []
        for n, (e, when) in enumerate(pairs[: args.bookings]):
            draft = LeadDraft(
                name=f"Visitor {n}",
                email=f"v{n}@example.com",
                consents={"share-with-exhibitors": True},
            )
            started = time.perf_counter()
            submit_lead(
                database.sessions,
                draft,
                rules=rules,
                kiosk_id="bench",
                language="en",
                now=NOW,
                meetings=[MeetingRequest(f"exhibitor-{e:04d}", when)],
            )
            saves.append((time.perf_counter() - started) * 1000)
        opens = []
        for _ in range(10):
            started = time.perf_counter()
            picker = open_picker(database.sessions, NOW)
            opens.append((time.perf_counter() - started) * 1000)
        assert picker is not None and len(picker.states) == EXHIBITORS
        database.dispose()
    print(
        f"slots: {EXHIBITORS} exhibitors x {DAYS} days x {SLOTS} = "
        f"{EXHIBITORS * DAYS * SLOTS:,}, {args.bookings} bookings"
    )
    print(
        f"picker open: median {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms "
        "(target <= 100 ms)"
    )
    print(
        f"booking save: median {statistics.median(saves):.1f} ms, "
        f"p95 {sorted(saves)[int(len(saves) * 0.95)]:.1f} ms (target median <= 20 ms)"
    )
    record(
        "bench_matching",
        {
            "slots": f"{EXHIBITORS} exhibitors × {DAYS} days × {SLOTS} = "
            f"{EXHIBITORS * DAYS * SLOTS:,}, {args.bookings} bookings",
            "slot picker open, median / max": f"{statistics.median(opens):.1f} ms / "
            f"{max(opens):.1f} ms (target ≤ 100 ms)",
            "save of a lead with a booking, median / p95": f"{statistics.median(saves):.1f} ms / "
            f"{sorted(saves)[int(len(saves) * 0.95)]:.1f} ms (target median ≤ 20 ms)",
        },
    )


if __name__ == "__main__":
    main()

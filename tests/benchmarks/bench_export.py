"""Export of 100,000 leads: time and peak memory, CSV and XLSX.

    python tests/benchmarks/bench_export.py [--leads N] [--keep DIR]

Builds a database of N leads as the kiosk would hold them after a busy event (each with one
visit, three consent answers, one to three of 40 exhibitors, one sector, and a matching request
for one in five), then runs each case in a fresh process so its peak resident memory is its
own: the organiser's CSV alone, the organiser's XLSX alone, the full export (both formats
plus one file per exhibitor) and the organiser's two CRM files. Times include reading the
database, writing, fsync, reading every file back and recording the export; CPU seconds are
shown too, as the wall time on a shared machine depends on its load, and so are the workbook
writer process's CPU and peak memory (it runs beside the export: the memory of the two
together is the sum). Targets: CSV ≤ 3 s,
XLSX ≤ 25 s, peak ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

CASES = {
    "csv": {"formats": ("csv",), "exhibitor_files": False},
    "xlsx": {"formats": ("xlsx",), "exhibitor_files": False},
    "full": {"formats": ("csv", "xlsx"), "exhibitor_files": True},
    "crm": {"formats": ("salesforce", "hubspot"), "exhibitor_files": False},
}
NAMES = ["陳大文", "Ana Sofia Pereira", "李小龍", "João Gonçalves", "Maria da Conceição", "王芳"]
PURPOSES = ("share-with-exhibitors", "transfer-to-macao", "organiser-news")


def build(data_dir: Path, count: int) -> None:
    from sqlalchemy import insert

    from kiosk.config import Settings
    from kiosk.data.database import open_database
    from kiosk.data.models import (
        Lead,
        LeadConsent,
        LeadExhibitor,
        LeadSector,
        LeadVisit,
        MatchingRequest,
    )
    from kiosk.data.settings_repo import KIOSK_ID, set_setting

    rng = random.Random(20261105)
    db = open_database(Settings(data_dir=data_dir))
    start = datetime(2026, 11, 5, 1, 0, tzinfo=UTC)
    exhibitors = [f"exhibitor-{i:02d}" for i in range(40)]
    with db.sessions.begin() as session:
        set_setting(session, KIOSK_ID, "kiosk-bench")
    for first in range(0, count, 5000):
        leads, visits, consents, interests, sectors, meetings = [], [], [], [], [], []
        for i in range(first, min(count, first + 5000)):
            lead_id, visit_id = str(uuid.uuid4()), str(uuid.uuid4())
            at = start + timedelta(seconds=i * 4)
            name = f"{rng.choice(NAMES)} {i}"
            email = f"visitor{i}@example.com"
            phone = f"+8536{i:07d}"
            company = rng.choice(["澳門貿易有限公司", "Lusa Trading Lda", "=SUM(1+1)", "ACME"])
            lang = rng.choice(["zh-Hant", "zh-Hans", "pt", "en"])
            message = None if i % 3 else "想了解更多產品資料"
            leads.append(
                dict(id=lead_id, event_id="ciie-2026", kiosk_id="kiosk-bench", source="kiosk",
                     name=name, company=company, job_title="Buyer", email=email,
                     email_key=email, phone_raw=phone, phone_e164=phone, country="MO",
                     language=lang, created_at=at, updated_at=at, visit_count=1)
            )  # fmt: skip
            visits.append(
                dict(id=visit_id, lead_id=lead_id, at=at, event_id="ciie-2026",
                     kiosk_id="kiosk-bench", source="kiosk", language=lang, name=name,
                     company=company, email=email, phone_raw=phone, phone_e164=phone,
                     country="MO", message=message)
            )  # fmt: skip
            for purpose in PURPOSES:
                consents.append(
                    dict(id=str(uuid.uuid4()), lead_id=lead_id, visit_id=visit_id, purpose=purpose,
                         granted=rng.random() < 0.9, consent_version="2026-11-01",
                         language=lang, at=at, kiosk_id="kiosk-bench")
                )  # fmt: skip
            for ref in rng.sample(exhibitors, rng.randint(1, 3)):
                interests.append(dict(lead_id=lead_id, exhibitor_ref=ref, added_at=at))
            sectors.append(dict(lead_id=lead_id, sector_ref="food-beverage", added_at=at))
            if i % 5 == 0:
                meetings.append(
                    dict(id=str(uuid.uuid4()), lead_id=lead_id, visit_id=visit_id,
                         exhibitor_ref=interests[-1]["exhibitor_ref"],
                         preferred_date=date(2026, 11, 6), slot="am", created_at=at)
                )  # fmt: skip
        with db.sessions.begin() as session:
            for model, rows in (
                (Lead, leads),
                (LeadVisit, visits),
                (LeadConsent, consents),
                (LeadExhibitor, interests),
                (LeadSector, sectors),
                (MatchingRequest, meetings),
            ):
                if rows:
                    session.execute(insert(model), rows)
    with db.engine.connect() as conn:  # as a kiosk's database is: the log folded into the file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


def peak_mb(pid: int) -> float:
    """A process's peak resident memory (Linux ``VmHWM``).

    Not ``ru_maxrss``: Linux carries it across ``exec``, so a child started by a large parent
    (the writer, or this case after the build) would report the parent's size as its own.
    """
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class WriterWatch:
    """Samples the workbook writer process's peak memory while the export runs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            for child in multiprocessing.active_children():
                with contextlib.suppress(OSError):
                    self.peak = max(self.peak, peak_mb(child.pid or 0))

    def __enter__(self) -> WriterWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_case(data_dir: Path, out: Path, case: str) -> dict[str, object]:
    """One export in this process; prints a JSON line with its figures."""
    from kiosk.config import Settings
    from kiosk.data.database import open_database
    from kiosk.services.export import ExportRequest, export_leads

    db = open_database(Settings(data_dir=data_dir))
    before = resource.getrusage(resource.RUSAGE_SELF)
    opened = peak_mb(os.getpid())
    out.mkdir(parents=True, exist_ok=True)
    watch = WriterWatch()
    started = time.perf_counter()
    with watch:
        # A folder next to the data: on the kiosk's disk, so an internal export.
        request = ExportRequest(out, internal=True, **CASES[case])  # type: ignore[arg-type]
        result = export_leads(db.sessions, request)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    writer = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workbook writer, if started
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = peak_mb(os.getpid())
    db.dispose()
    return {
        "case": case,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "writer_cpu_seconds": round(writer.ru_utime + writer.ru_stime, 2),
        "peak_rss_mb": round(peak, 1),
        "writer_peak_rss_mb": round(watch.peak, 1),
        "export_rss_mb": round(peak - opened, 1),
        "files": len(result.files),
        "leads": result.lead_count,
        "bytes": sum(f.size for f in result.files),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build/keep the database in this folder")
    parser.add_argument("--case", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:  # child process
        print(json.dumps(run_case(args.data_dir, args.data_dir / "out" / args.case, args.case)))
        return 0
    from figures import record

    written: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        data_dir = args.keep or Path(tmp)
        if not (data_dir / "kiosk.db").exists():
            started = time.perf_counter()
            build(data_dir, args.leads)
            print(f"built {args.leads:,} leads in {time.perf_counter() - started:.1f} s")
        for case in CASES:
            child = subprocess.run(
                [sys.executable, __file__, "--case", case, "--data-dir", str(data_dir)],
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode != 0:
                print(f"{case}: failed\n{child.stderr}", file=sys.stderr)
                return 1
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            writer = (
                f" + writer {figures['writer_cpu_seconds']:.2f} s CPU, "
                f"peak {figures['writer_peak_rss_mb']:.1f} MB"
                if figures["writer_cpu_seconds"]
                else ""
            )
            print(
                f"{case:5} {figures['leads']:>8,} leads  {figures['seconds']:>6.2f} s wall  "
                f"export {figures['cpu_seconds']:.2f} s CPU, peak RSS "
                f"{figures['peak_rss_mb']:.1f} MB{writer}  "
                f"{figures['files']} files, {figures['bytes'] / 1e6:.1f} MB"
            )
            written[f"{case}: {figures['leads']:,} leads, {figures['files']} files"] = (
                f"{figures['seconds']:.1f} s wall, {figures['cpu_seconds']:.1f} s CPU, "
                f"peak {figures['peak_rss_mb']:.0f} MB{writer}"
            )
    record("bench_export", written)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: a 5,000-exhibitor content workbook: write, validate, import (no images).

Run: python tests/benchmarks/bench_workbook.py [--exhibitors N] [--keep DIR]

The workbook is written by the kiosk's own export (``write_workbook``) from a generated pack
document: every exhibitor with its name, summary and description in four languages, three
sectors, a booth on the map, two products and a contact. Validation and import run in a child
process, so its peak memory (max RSS) is theirs, not the generator's. Targets: validation
≤ 10 s, import ≤ 15 s, memory ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import copy
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for packs.py

from figures import record
from packs import BASE, exhibitor

LANGS = ("en", "pt", "zh-Hant", "zh-Hans")


def document(exhibitors: int) -> dict:
    content = copy.deepcopy(BASE)
    content["brand"].pop("logo")
    content["brand"].pop("attract")
    content["pavilions"][0].pop("map")
    content["pavilions"][0].pop("positions")  # they are points on the map
    content["sectors"] += [{"id": f"sector-{i}", "name": {"en": f"Sector {i}"}} for i in range(20)]
    for index in range(exhibitors):
        item = exhibitor(index, pavilion="food" if index % 2 else "services")
        item["name"] = {lang: f"{lang} company {index} 澳門" for lang in LANGS}
        item["summary"] = {lang: f"{lang}: one line for the card of {index}" for lang in LANGS}
        item["description"] = {lang: f"{lang}: paragraphs about {index}. " * 8 for lang in LANGS}
        item["sectors"] = ["food-beverage", f"sector-{index % 20}", f"sector-{(index + 7) % 20}"]
        item["products"].append(
            {"name": {"en": f"Product {index}", "pt": "Produto"}, "origin": "BR"}
        )
        content["exhibitors"].append(item)
    return content


def measure(workbook: Path, data_dir: Path) -> None:
    """In the child process: validate, import (as the commands do: the format and the kiosk's
    own checks); print figures."""
    from kiosk.config import Settings
    from kiosk.data.database import open_database
    from kiosk.services.content_packs import check_pack, import_pack

    started, cpu = time.perf_counter(), time.process_time()
    pack = check_pack(workbook)
    validate_s, validate_cpu = time.perf_counter() - started, time.process_time() - cpu
    count = len(pack.exhibitors)
    print(
        f"validate-content : {validate_s:6.2f} s  (target ≤ 10 s; {validate_s / count * 1000:.2f} "
        f"ms/exhibitor; CPU {validate_cpu:.2f} s)"
    )
    settings = Settings(data_dir=data_dir)
    database = open_database(settings)
    cpu = time.process_time()
    try:
        report = import_pack(database.sessions, workbook, settings.content_dir)
    finally:
        database.dispose()
    import_cpu = time.process_time() - cpu
    print(
        f"import-content   : {report.seconds:6.2f} s  (target ≤ 15 s; check "
        f"{report.validate_seconds:.2f} s, database {report.database_seconds:.2f} s; "
        f"CPU {import_cpu:.2f} s; {report.exhibitors:,} exhibitors, "
        f"{report.products:,} products)"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory      : {peak_mb:6.0f} MB (target ≤ 400 MB; max RSS of that process)")
    size_mb = workbook.stat().st_size / 1024 / 1024
    record(
        "bench_workbook",
        {
            "workbook": f"{count:,} exhibitors, {report.products:,} products, {size_mb:.1f} MB",
            "validate (wall / CPU)": f"{validate_s:.1f} s / {validate_cpu:.1f} s (target ≤ 10 s)",
            "import (wall / CPU)": f"{report.seconds:.1f} s / {import_cpu:.1f} s (target ≤ 15 s;"
            f" database {report.database_seconds:.1f} s)",
            "peak memory (validating and importing process)": f"{peak_mb:.0f} MB (target ≤ 400 MB)",
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibitors", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="write into this folder and keep it")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return
    from kiosk.content.workbook_write import write_workbook

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        workbook = root / "event.xlsx"
        content = document(args.exhibitors)
        started = time.perf_counter()
        write_workbook(workbook, content)
        print(
            f"written          : {time.perf_counter() - started:6.2f} s  ({args.exhibitors:,} "
            f"exhibitors, {workbook.stat().st_size / 1024 / 1024:.1f} MB, by write_workbook)"
        )
        load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
        print(f"cores            : {os.cpu_count()} (load average {load})")
        subprocess.run(
            [sys.executable, __file__, "--measure", str(workbook), str(root / "data")], check=True
        )


if __name__ == "__main__":
    main()

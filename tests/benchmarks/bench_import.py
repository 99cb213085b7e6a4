"""Benchmark: validate and import a 5,000-exhibitor content pack.

Run: python tests/benchmarks/bench_import.py [--exhibitors N] [--products N] [--keep DIR]

The pack is generated in a temporary folder: N exhibitors with a transparent PNG logo each
(400×200, so the 256 px thumbnail is a real resize), product photos (800×600 JPEG), two
3000×2000 pavilion maps and three attract images. Validation, first import and re-import (which
replaces the event) run in a child process, so its peak memory (max RSS) is the import's, not
the generator's.
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
from packs import BASE, Look, exhibitor, write_pack

# Sizes as an organiser's files come: the 256 px logo thumbnail is a real resize, and logos
# are transparent, like most.
LARGE = Look(
    {
        "brand": (600, 300),
        "attract": (2560, 1440),
        "map": (3000, 2000),
        "logo": (400, 200),
        "product": (800, 600),
    },
    drawn=True,
    transparent=("logo",),
)


def generate(folder: Path, exhibitors: int, products: int) -> None:
    content = copy.deepcopy(BASE)
    content["brand"]["attract"] = [f"images/attract/{i}.jpg" for i in range(3)]
    content["pavilions"][1]["map"] = "images/maps/services.png"
    for index in range(exhibitors):
        item = exhibitor(index, pavilion="food" if index % 2 else "services")
        item["logo"] = f"images/exhibitors/{item['id']}.png"
        if index < products:
            item["products"][0]["image"] = f"images/products/{item['id']}.jpg"
        content["exhibitors"].append(item)
    write_pack(folder, content, look=LARGE)


def measure(pack: Path, data_dir: Path) -> None:
    """In the child process: validate, import, re-import; print figures."""
    from kiosk.config import Settings
    from kiosk.content.images import MAX_WORKERS
    from kiosk.content.importer import import_pack
    from kiosk.content.validate import validate_pack
    from kiosk.data.database import open_database

    settings = Settings(data_dir=data_dir)
    figures: dict[str, str] = {}
    print(f"cores            : {os.cpu_count()} (image work runs on up to {MAX_WORKERS} threads)")
    started, cpu = time.perf_counter(), time.process_time()
    result = validate_pack(pack)
    validate_s, validate_cpu = time.perf_counter() - started, time.process_time() - cpu
    count = len(result.exhibitors)
    print(
        f"validate-content : {validate_s:6.2f} s  ({validate_s / count * 1000:.2f} ms/exhibitor; "
        f"CPU {validate_cpu:.2f} s)"
    )
    figures["pack"] = f"{count:,} exhibitors (generated: a logo each, product photos, maps)"
    figures["validate (wall / CPU)"] = f"{validate_s:.1f} s / {validate_cpu:.1f} s (target ≤ 10 s)"
    database = open_database(settings)
    try:
        for label in ("import (first)  ", "import (replace)"):
            cpu = time.process_time()
            report = import_pack(database.sessions, pack, settings.content_dir)
            import_cpu = time.process_time() - cpu
            print(
                f"{label} : {report.seconds:6.2f} s  ({report.seconds / count * 1000:.2f} "
                f"ms/exhibitor; check {report.validate_seconds:.2f} s, images "
                f"{report.files_seconds:.2f} s, database {report.database_seconds:.2f} s; "
                f"CPU {import_cpu:.2f} s; {report.files_written:,} files written)"
            )
            figures[f"{label.strip()} (wall / CPU)"] = (
                f"{report.seconds:.1f} s / {import_cpu:.1f} s (target ≤ 15 s; images "
                f"{report.files_seconds:.1f} s, database {report.database_seconds:.1f} s)"
            )
    finally:
        database.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory      : {peak_mb:6.0f} MB (max RSS of the validating/importing process)")
    figures["peak memory (validating and importing process)"] = (
        f"{peak_mb:.0f} MB (target ≤ 400 MB)"
    )
    record("bench_import", figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibitors", type=int, default=5000)
    parser.add_argument("--products", type=int, default=2000, help="exhibitors with a photo")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        pack = root / "pack"
        started = time.perf_counter()
        if not (args.keep and (pack / "content.json").exists()):  # --keep reuses its pack
            generate(pack, args.exhibitors, args.products)
        size_mb = (pack / "content.json").stat().st_size / 1024 / 1024
        images = sum(1 for p in pack.rglob("*") if p.is_file()) - 1
        print(
            f"generated        : {args.exhibitors:,} exhibitors, {images:,} images, "
            f"content.json {size_mb:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        subprocess.run(
            [sys.executable, __file__, "--measure", str(pack), str(root / "data")], check=True
        )


if __name__ == "__main__":
    main()

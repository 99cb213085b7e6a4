"""The lead form's bridge on the UI thread: submit, keystrokes, picker search. Is it under a frame?

    PYTHONPATH=src python tests/benchmarks/bench_lead_form.py [--submits 500] [--exhibitors 5000]

Everything runs as the kiosk runs it: a real SQLite file with the kiosk's pragmas (WAL,
synchronous=FULL, so every submit pays an fsync), the real ``LeadFormBridge`` (Qt signals and
all, no window), the catalogue loaded by ``load_catalog``. Figures in milliseconds; a frame at
60 Hz is 16.7 ms. ``submit`` is what the visitor waits for between pressing Send and Thank you;
``keystroke`` is one ``setValue`` while errors are shown (each re-checks the form);
``search`` is one keystroke in the exhibitor picker over the whole catalogue; ``switch`` a
change of language with the form open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data.database import open_database
from kiosk.services.catalog import load_catalog
from kiosk.ui.lead_form import LeadFormBridge


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def report(name: str, values: list[float]) -> None:
    print(
        f"{name:<10} n={len(values):<6} median {statistics.median(values):7.2f} ms   "
        f"p99 {percentile(values, 99):7.2f} ms   max {max(values):7.2f} ms"
    )


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submits", type=int, default=500)
    parser.add_argument("--exhibitors", type=int, default=5000)
    parser.add_argument("--dir", type=Path, help="folder for the database (default: a temp dir)")
    args = parser.parse_args()

    from packs import valid_content, write_pack  # tests/packs.py: a valid pack of any size

    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        settings = Settings(data_dir=Path(folder))
        database = open_database(settings)
        pack = write_pack(Path(folder) / "pack", valid_content(args.exhibitors))
        import_pack(database.sessions, pack, settings.content_dir)
        catalog = load_catalog(database.sessions, settings.content_dir)
        assert catalog is not None
        started = time.perf_counter()
        bridge = LeadFormBridge(database.sessions, catalog)
        print(
            f"bridge created in {(time.perf_counter() - started) * 1000:.0f} ms "
            f"({len(catalog.exhibitors)} exhibitors)"
        )
        purposes = [p["id"] for p in bridge.consentPurposes if p["required"]]
        exhibitor = catalog.exhibitors[0].id

        submits, keystrokes, searches = [], [], []
        for i in range(args.submits):
            bridge.submit()  # empty: every error shows, so each keystroke re-checks the form
            for count, _char in enumerate(f"visitor{i}@example.org", 1):
                text = f"visitor{i}@example.org"[:count]
                keystrokes.append(timed(lambda text=text: bridge.setValue("email", text)))
            bridge.setValue("family_name", f"Visitor {i} 陳")
            bridge.setValue("given_name", "大文")
            bridge.setValue("message", "Please send your catalogue. " * (i % 12))
            bridge.addExhibitor(exhibitor)
            for purpose in purposes:
                bridge.setConsent(purpose, True)
            submits.append(timed(lambda: bridge.submit() or sys.exit("submit failed")))
            app.processEvents()
        first_open = timed(lambda: bridge.exhibitorChoices.filter(""))  # makes the haystacks
        print(f"exhibitor picker's first opening {first_open:.0f} ms (search texts made)")
        for query in ("m", "ma", "mac", "maca", "macau", "澳", "澳門", "p", "po", "por"):
            searches.append(timed(lambda q=query: bridge.exhibitorChoices.filter(q)))
        switches = [timed(lambda t=t: bridge.set_language(t)) for t in ("pt", "zh-Hant", "en") * 5]
        report("submit", submits)
        report("keystroke", keystrokes)
        report("search", searches)
        report("switch", switches)
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
